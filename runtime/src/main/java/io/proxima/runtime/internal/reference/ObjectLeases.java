package io.proxima.runtime.internal.reference;

import java.util.HashMap;
import java.util.Map;

/**
 * The leases on one exported object: an expiry per holding node, plus a hold that keeps the
 * object while a reference to it is on its way to a node that has not renewed yet. Times are
 * {@link System#nanoTime()} values.
 *
 * <p>Thread-safe; {@link LeaseTable} also locks it to decide and unexport in one step.
 */
final class ObjectLeases {
  private final Map<Long, Long> expiryByHolder = new HashMap<>();
  private long heldUntil;
  private boolean collected;

  synchronized void hold(long until) {
    if (until - heldUntil > 0) {
      heldUntil = until;
    }
  }

  /** Renews {@code holder}'s lease; false if the object was already collected. */
  synchronized boolean renew(long holder, long until) {
    if (!collected) {
      expiryByHolder.put(holder, until);
    }
    return !collected;
  }

  synchronized void release(long holder) {
    expiryByHolder.remove(holder);
  }

  synchronized int live(long now) {
    return (int) expiryByHolder.values().stream().filter(expiry -> expiry - now > 0).count();
  }

  /** Forgets expired leases; returns whether no lease and no hold remains. */
  synchronized boolean unreferenced(long now) {
    expiryByHolder.values().removeIf(expiry -> expiry - now <= 0);
    return expiryByHolder.isEmpty() && heldUntil - now <= 0;
  }

  synchronized void markCollected() {
    collected = true;
  }
}
