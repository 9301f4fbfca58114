package io.proxima.runtime.internal.reference;

import io.proxima.NoSuchObjectException;
import io.proxima.RemoteException;
import io.proxima.RemoteRef;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of distributed garbage collection: renews, in one call per node, the leases on
 * every object this node holds a proxy for, and releases a lease soon after its proxy became
 * unreachable. It never forces a garbage collection.
 *
 * <p>Thread-safe. {@link #tick()} runs on the node's lease thread; messages go out on {@code senders}
 * so that an unreachable node delays no other.
 */
final class LeaseRenewer {
  private static final Logger log = LoggerFactory.getLogger(LeaseRenewer.class);

  private final long localIncarnation;
  private final Function<RemoteRef, LeaseService> serviceOf;
  private final ExecutorService senders;
  private final Map<Long, HeldLeases> byNode = new ConcurrentHashMap<>();

  /** @param serviceOf the lease service of the node that exported a reference */
  LeaseRenewer(long localIncarnation, Function<RemoteRef, LeaseService> serviceOf, ExecutorService senders) {
    this.localIncarnation = localIncarnation;
    this.serviceOf = serviceOf;
    this.senders = senders;
  }

  /** A proxy for {@code ref} was made: it needs a lease. */
  void imported(RemoteRef ref) {
    long now = System.nanoTime();
    byNode.compute(ref.incarnation(), (incarnation, held) -> {
      HeldLeases present = held != null ? held : new HeldLeases(serviceOf.apply(ref), now);
      present.imported(ref.objectId(), now);
      return present;
    });
  }

  /** The proxy for {@code ref} became unreachable: its lease is to be released. */
  void released(RemoteRef ref) {
    HeldLeases held = byNode.get(ref.incarnation());
    if (held != null) {
      held.released(ref.objectId());
    }
  }

  /** Sends what is due: releases, first leases of new proxies, renewals. */
  void tick() {
    long now = System.nanoTime();
    byNode.forEach((incarnation, held) -> {
      HeldLeases.Batch batch = held.due(now);
      if (batch != null) {
        senders.execute(() -> send(incarnation, held, batch));
      } else {
        byNode.computeIfPresent(incarnation, (unused, present) -> present.idle() ? null : present);
      }
    });
  }

  private void send(long incarnation, HeldLeases held, HeldLeases.Batch batch) {
    long sentAt = System.nanoTime();
    try {
      if (!batch.release().isEmpty()) {
        held.service.release(localIncarnation, batch.release());
      }
      if (batch.renew().isEmpty()) {
        held.sent();
      } else {
        held.renewed(sentAt, held.service.renew(localIncarnation, batch.renew()));
      }
    } catch (NoSuchObjectException e) {
      // The node restarted: its objects are gone, and calls on the proxies say so.
      log.debug("forgetting leases on node {}: {}", Long.toHexString(incarnation), e.getMessage());
      byNode.remove(incarnation, held);
    } catch (RemoteException e) {
      log.debug("lease renewal failed, will retry: {}", e.getMessage());
      held.failed(System.nanoTime());
    } catch (RuntimeException e) {
      log.warn("lease renewal failed, will retry", e);
      held.failed(System.nanoTime());
    }
  }
}
