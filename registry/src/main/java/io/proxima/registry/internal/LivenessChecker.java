package io.proxima.registry.internal;

import io.proxima.Deadline;
import io.proxima.NoSuchObjectException;
import io.proxima.RemoteException;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the leased bindings of servers that are gone. Every third of the binding lease it asks
 * each node that exported a leased binding's object, all nodes in parallel, which of those objects
 * it no longer exports ({@link Node#probe}), and removes:
 *
 * <ul>
 *   <li>at once, the bindings of objects the node says it no longer exports;
 *   <li>at once, all of a node's bindings when it restarted since (a new incarnation answers);
 *   <li>all of a node's bindings when it has not answered for longer than the binding lease since
 *       its last answer (or since the checker first saw its bindings).
 * </ul>
 *
 * <p>Persistent bindings are never checked, nor bindings of the registry's own node, which live as
 * long as the registry. Thread-safe; {@link #close} stops it.
 */
final class LivenessChecker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LivenessChecker.class);
  private static final int MAX_PARALLEL_PROBES = 32;

  private final Node node;
  private final BindingTable table;
  private final long bindingLeaseNanos;
  private final Duration period;
  private final Duration probeTimeout;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(new DaemonThreads("proxima-registry-checker"));
  private final ExecutorService probes = new ThreadPoolExecutor(0, MAX_PARALLEL_PROBES, 30, TimeUnit.SECONDS,
      new SynchronousQueue<>(), new DaemonThreads("proxima-registry-probe"), new ThreadPoolExecutor.CallerRunsPolicy());
  /** When each node (by incarnation) last answered, on the nanoTime clock. */
  private final Map<Long, Long> lastAnsweredNanos = new ConcurrentHashMap<>();

  LivenessChecker(Node node, BindingTable table, Duration bindingLease) {
    this.node = node;
    this.table = table;
    this.bindingLeaseNanos = bindingLease.toNanos();
    this.period = bindingLease.dividedBy(3);
    // Long enough for a loaded node to answer, short enough that a silent one does not hold a round.
    this.probeTimeout = clamp(period, Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  void start() {
    long millis = Math.max(1, period.toMillis());
    timer.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    probes.shutdownNow();
  }

  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException e) {
      log.warn("checking the registry's leased bindings failed; trying again in {}", period, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed
    }
  }

  /** One round: every node with leased bindings is asked once, in parallel. */
  void check() throws InterruptedException {
    long now = System.nanoTime();
    Map<Long, List<Binding>> byNode = new LinkedHashMap<>();
    for (Binding binding : table.leased()) {
      if (binding.ref().incarnation() != node.incarnation()) {
        byNode.computeIfAbsent(binding.ref().incarnation(), incarnation -> new ArrayList<>()).add(binding);
      }
    }
    lastAnsweredNanos.keySet().retainAll(byNode.keySet());
    List<CompletableFuture<Void>> rounds = new ArrayList<>();
    for (Map.Entry<Long, List<Binding>> entry : byNode.entrySet()) {
      lastAnsweredNanos.putIfAbsent(entry.getKey(), now);
      rounds.add(CompletableFuture.runAsync(() -> probe(entry.getKey(), entry.getValue()), probes));
    }
    try {
      CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new))
          .get(probeTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      log.debug("a round of liveness probes did not complete: {}", e.toString());
    }
  }

  @SuppressWarnings("try") // the scope sets the deadline of the probe inside it
  private void probe(long incarnation, List<Binding> bindings) {
    Map<Object, RemoteRef> objects = new LinkedHashMap<>();
    for (Binding binding : bindings) {
      objects.putIfAbsent(binding.ref().objectId(), binding.ref());
    }
    long askedAt = System.nanoTime();
    List<RemoteRef> gone;
    try (Deadline.Scope scope = Deadline.within(probeTimeout)) {
      gone = node.probe(new ArrayList<>(objects.values()));
    } catch (NoSuchObjectException e) {
      table.removeLeased(bindings, "its node restarted");
      return;
    } catch (RemoteException e) {
      if (node.isClosed()) {
        return; // the registry is closing; its own node is down, not the server
      }
      long silentNanos = askedAt - lastAnsweredNanos.getOrDefault(incarnation, askedAt);
      if (silentNanos > bindingLeaseNanos) {
        table.removeLeased(bindings, "its node has not answered for " + silentNanos / 1_000_000 + " ms ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      }
      return;
    }
    lastAnsweredNanos.put(incarnation, askedAt);
    if (!gone.isEmpty()) {
      List<Binding> dead = new ArrayList<>();
      for (Binding binding : bindings) {
        if (gone.stream().anyMatch(binding.ref()::sameObjectAs)) {
          dead.add(binding);
        }
      }
      table.removeLeased(dead, "its node no longer exports the object");
    }
  }

  private static Duration clamp(Duration value, Duration min, Duration max) {
    return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
  }
}
