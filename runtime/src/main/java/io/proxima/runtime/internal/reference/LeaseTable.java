package io.proxima.runtime.internal.reference;

import io.proxima.ObjectId;
import io.proxima.Unreferenced;
import io.proxima.runtime.internal.invocation.ExportedObjectTable;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.Lifetime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of distributed garbage collection: the leases other nodes hold on this node's
 * exports. An object exported on demand is unexported once no lease and no hold remains, and its
 * {@link Unreferenced} hook then runs. Pinned exports and services are never collected.
 *
 * <p>Thread-safe.
 */
final class LeaseTable implements LeaseService {
  private static final Logger log = LoggerFactory.getLogger(LeaseTable.class);

  private final ExportedObjectTable exports;
  private final long leaseNanos;
  private final Executor hooks;
  private final Map<ObjectId, ObjectLeases> leases = new ConcurrentHashMap<>();

  /** @param hooks runs {@link Unreferenced#unreferenced()} of collected objects */
  LeaseTable(ExportedObjectTable exports, long leaseNanos, Executor hooks) {
    this.exports = exports;
    this.leaseNanos = leaseNanos;
    this.hooks = hooks;
  }

  /**
   * A reference to {@code id} was just written into a message: keep the object for one lease
   * time, so that the receiver has time to take its own lease.
   */
  void sent(ObjectId id) {
    leasesOf(id).hold(System.nanoTime() + leaseNanos);
  }

  @Override
  public long renew(long holder, List<ObjectId> objects) {
    long until = System.nanoTime() + leaseNanos;
    for (ObjectId id : objects) {
      if (exports.lifetimeOf(id) != null) {
        leasesOf(id).renew(holder, until);
      }
    }
    return TimeUnit.NANOSECONDS.toMillis(leaseNanos);
  }

  @Override
  public List<ObjectId> unknown(List<ObjectId> objects) {
    return objects.stream().filter(id -> exports.lifetimeOf(id) == null).toList();
  }

  @Override
  public void release(long holder, List<ObjectId> objects) {
    long now = System.nanoTime();
    for (ObjectId id : objects) {
      ObjectLeases objectLeases = leases.get(id);
      if (objectLeases != null) {
        objectLeases.release(holder);
        collectIfUnreferenced(id, objectLeases, now);
      }
    }
  }

  /** Unexports the objects exported on demand that nobody references any more. */
  void sweep() {
    long now = System.nanoTime();
    leases.forEach((id, objectLeases) -> collectIfUnreferenced(id, objectLeases, now));
  }

  /** Leases held now by other nodes, on all exports. */
  int liveLeases() {
    long now = System.nanoTime();
    return leases.values().stream().mapToInt(objectLeases -> objectLeases.live(now)).sum();
  }

  private ObjectLeases leasesOf(ObjectId id) {
    return leases.computeIfAbsent(id, unused -> new ObjectLeases());
  }

  private void collectIfUnreferenced(ObjectId id, ObjectLeases objectLeases, long now) {
    Object collected;
    synchronized (objectLeases) {
      if (!objectLeases.unreferenced(now)) {
        return;
      }
      Lifetime lifetime = exports.lifetimeOf(id);
      if (lifetime != Lifetime.LEASED) {
        if (lifetime == null || objectLeases.live(now) == 0) {
          leases.remove(id, objectLeases); // unexported by the application, or pinned: nothing to track
        }
        return;
      }
      collected = exports.unexportLeased(id);
      objectLeases.markCollected();
      leases.remove(id, objectLeases);
    }
    log.debug("unexported {} (object {}): no node references it", collected, id);
    if (collected instanceof Unreferenced hook) {
      hooks.execute(() -> runHook(hook, id));
    }
  }

  private static void runHook(Unreferenced hook, ObjectId id) {
    try {
      hook.unreferenced();
    } catch (RuntimeException e) {
      log.warn("the unreferenced() hook of object {} failed", id, e);
    }
  }
}
