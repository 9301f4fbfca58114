package io.proxima.registry.internal;

import io.proxima.Deadline;
import io.proxima.RemoteException;
import io.proxima.registry.RegistryEvent;
import io.proxima.registry.RegistryNames;
import io.proxima.registry.RegistryWatcher;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchers of a registry, and the delivery of events to them.
 *
 * <p>Each watcher has its own queue, drained by one task at a time on a shared pool: events reach
 * a watcher in the order of the writes, a slow or dead watcher delays only itself, and a write
 * never waits for a watcher. A watcher whose call fails with a {@link RemoteException} (its node
 * is gone, or it was unexported), or that falls {@value #MAX_PENDING} events behind, is dropped.
 *
 * <p>Thread-safe.
 */
final class Watchers implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Watchers.class);
  private static final int MAX_PENDING = 10_000;
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  /** By watcher; proxies are equal when they denote the same remote object. */
  private final Map<RegistryWatcher, Subscription> subscriptions = new ConcurrentHashMap<>();
  private final ExecutorService delivery = Executors.newCachedThreadPool(new DaemonThreads("proxima-registry-watchers"));

  void watch(String prefix, RegistryWatcher watcher) {
    RegistryNames.checkPrefix(prefix);
    subscriptions.computeIfAbsent(watcher, Subscription::new).prefixes.add(prefix);
  }

  /** Returns whether {@code watcher} was watching. */
  boolean unwatch(RegistryWatcher watcher) {
    Subscription subscription = subscriptions.remove(watcher);
    if (subscription == null) {
      return false;
    }
    subscription.cancelled = true;
    return true;
  }

  /** Queues {@code event} for every watcher of a prefix that selects its name; does not block. */
  void publish(RegistryEvent event) {
    for (Subscription subscription : subscriptions.values()) {
      if (subscription.selects(event.name())) {
        subscription.offer(event);
      }
    }
  }

  @Override
  public void close() {
    delivery.shutdownNow();
    subscriptions.clear();
  }

  private void drop(Subscription subscription, String reason) {
    if (subscriptions.remove(subscription.watcher, subscription)) {
      subscription.cancelled = true;
      log.info("dropped the registry watcher {}: {}", subscription.watcher, reason);
    }
  }

  /** One watcher: its prefixes and the events not yet told to it. */
  private final class Subscription {
    final RegistryWatcher watcher;
    final Set<String> prefixes = new CopyOnWriteArraySet<>();
    final Queue<RegistryEvent> pending = new ConcurrentLinkedQueue<>();
    final AtomicInteger pendingCount = new AtomicInteger();
    final AtomicBoolean draining = new AtomicBoolean();
    volatile boolean cancelled;

    Subscription(RegistryWatcher watcher) {
      this.watcher = watcher;
    }

    boolean selects(String name) {
      for (String prefix : prefixes) {
        if (RegistryNames.matches(prefix, name)) {
          return true;
        }
      }
      return false;
    }

    void offer(RegistryEvent event) {
      if (pendingCount.incrementAndGet() > MAX_PENDING) {
        drop(this, "it fell " + MAX_PENDING + " events behind");
        return;
      }
      pending.add(event);
      if (draining.compareAndSet(false, true)) {
        try {
          delivery.execute(this::drain);
        } catch (RuntimeException e) {
          draining.set(false); // closed
        }
      }
    }

    private void drain() {
      do {
        RegistryEvent event;
        while (!cancelled && (event = pending.poll()) != null) {
          pendingCount.decrementAndGet();
          deliver(event);
        }
        draining.set(false);
      } while (!cancelled && !pending.isEmpty() && draining.compareAndSet(false, true));
    }

    @SuppressWarnings("try") // the scope sets the deadline of the call inside it
    private void deliver(RegistryEvent event) {
      try (Deadline.Scope scope = Deadline.within(CALL_TIMEOUT)) {
        watcher.changed(event);
      } catch (RemoteException e) {
        drop(this, "telling it " + event + " failed: " + e.getMessage());
      } catch (RuntimeException e) {
        log.warn("the registry watcher {} threw on {}", watcher, event, e);
      }
    }
  }
}
