package io.proxima.runtime.internal.reference;

import io.proxima.ObjectId;
import io.proxima.OneWay;
import io.proxima.Remote;
import io.proxima.Timeout;
import java.util.List;

/**
 * The service every node exports at a well-known id, through which other nodes hold leases on
 * the objects it exported to them. Calls are batched: one per holding node per renewal period.
 */
@Remote
@Timeout(millis = 10_000)
public interface LeaseService {
  /** The object id of every node's lease service. */
  ObjectId WELL_KNOWN_ID = new ObjectId(0, 1);

  /**
   * Renews the leases of node incarnation {@code holder} on {@code objects} (unknown ones are
   * ignored).
   *
   * @return the lease time in milliseconds: renew again well within it
   */
  long renew(long holder, List<ObjectId> objects);

  /** Returns those of {@code objects} that this node does not export (any more). */
  List<ObjectId> unknown(List<ObjectId> objects);

  /** Ends the leases of {@code holder} on {@code objects}: it holds no proxy for them any more. */
  @OneWay
  void release(long holder, List<ObjectId> objects);
}
