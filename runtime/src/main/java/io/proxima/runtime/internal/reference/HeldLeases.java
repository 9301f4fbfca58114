package io.proxima.runtime.internal.reference;

import io.proxima.ObjectId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What this node holds on one other node: the objects it has proxies for, the releases not sent
 * yet, and when to renew next. Times are {@link System#nanoTime()} values.
 *
 * <p>Thread-safe.
 */
final class HeldLeases {
  /** How long to wait before trying again a node whose renewal failed, when its lease time is not known. */
  private static final long RETRY_NANOS = 1_000_000_000L;
  /**
   * How long a new proxy waits for its first lease: proxies made together take theirs in one
   * call, and a node's first call to another is not raced by the lease of the proxy it is made
   * on (in a fresh JVM the two had both nodes build a codec each and load the same classes at
   * once). The exporting node holds a reference it sent for a whole lease time, 500 ms at the
   * least, so the lease comes well before that hold ends.
   */
  static final long FIRST_LEASE_DELAY_NANOS = 100_000_000L;

  /** One message's worth of work for the node: objects to renew (may be empty) and to release. */
  record Batch(List<ObjectId> renew, List<ObjectId> release) {}

  final LeaseService service;
  private final Set<ObjectId> held = new LinkedHashSet<>();
  private final Set<ObjectId> toRelease = new LinkedHashSet<>();
  /** Whether a proxy waits for its first lease, which is due at {@link #firstLeaseAt}. */
  private boolean fresh;
  private long firstLeaseAt;
  private boolean inFlight;
  private long leaseNanos;
  private long renewAt;

  /** @param now when this node began to hold objects of the node: no renewal is due before its first lease */
  HeldLeases(LeaseService service, long now) {
    this.service = service;
    this.renewAt = now + FIRST_LEASE_DELAY_NANOS;
  }

  synchronized void imported(ObjectId id, long now) {
    toRelease.remove(id); // a release not yet sent would end the lease the new proxy needs
    if (held.add(id) && !fresh) {
      fresh = true;
      firstLeaseAt = now + FIRST_LEASE_DELAY_NANOS;
    }
  }

  synchronized void released(ObjectId id) {
    if (held.remove(id)) {
      toRelease.add(id);
    }
  }

  /** Whether nothing is held or pending, so this node can be forgotten. */
  synchronized boolean idle() {
    return held.isEmpty() && toRelease.isEmpty() && !inFlight;
  }

  /**
   * Takes the work due at {@code now}: every release, and a renewal of everything held when new
   * proxies have waited for their first lease or a third of the lease time has passed.
   *
   * @return the batch, or null if nothing is due or a batch is still on its way
   */
  synchronized @Nullable Batch due(long now) {
    if (inFlight) {
      return null;
    }
    boolean renew = !held.isEmpty() && ((fresh && now - firstLeaseAt >= 0) || now - renewAt >= 0);
    if (!renew && toRelease.isEmpty()) {
      return null;
    }
    Batch batch = new Batch(renew ? List.copyOf(held) : List.of(), List.copyOf(toRelease));
    toRelease.clear();
    if (renew) {
      fresh = false;
    }
    inFlight = true;
    return batch;
  }

  /** The node granted leases of {@code leaseMillis}, counted from {@code sentAt}. */
  synchronized void renewed(long sentAt, long leaseMillis) {
    leaseNanos = Math.max(1, leaseMillis) * 1_000_000L;
    renewAt = sentAt + leaseNanos / 3;
    inFlight = false;
  }

  /** The renewal failed; try again after a third of the lease time, or a second if it is not known yet. */
  synchronized void failed(long now) {
    renewAt = now + (leaseNanos > 0 ? leaseNanos / 3 : RETRY_NANOS);
    inFlight = false;
  }

  /** A batch of releases only went out. */
  synchronized void sent() {
    inFlight = false;
  }
}
