package io.proxima.runtime.internal.transport;

import io.proxima.ObjectId;

/**
 * What a request names on the server: the object, the server incarnation the caller expects,
 * and the caller's fingerprint of the interface.
 */
public record RequestTarget(long incarnation, ObjectId objectId, long fingerprint) {}
