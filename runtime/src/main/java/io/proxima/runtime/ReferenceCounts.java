package io.proxima.runtime;

/**
 * What a node's remote reference module holds at one moment.
 *
 * @param exportedObjects objects the node exports, pinned or on demand (its own services excluded)
 * @param importedProxies proxies the node holds for other nodes' objects (one per remote object)
 * @param liveLeases leases other nodes hold now on the node's objects, one per holder and object
 */
public record ReferenceCounts(int exportedObjects, int importedProxies, int liveLeases) {}
