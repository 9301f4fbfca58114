package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.registry.RegistryEvent.Change;
import io.proxima.runtime.Node;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Watchers hear of the changes under their prefix, in order, and of nothing else. */
class WatchTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  @Timeout(20)
  void watcher_getsTheEventsUnderItsPrefixInOrder_andNoneForOtherNames() throws Exception {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.inMemory());
        Node serverNode = Node.builder().port(0).start();
        Node watching = Node.builder().start()) {
      Registry writer = Registry.locate(serverNode, "127.0.0.1", server.address().port());
      RecordingWatcher watcher = new RecordingWatcher();
      Registry.locate(watching, "127.0.0.1", server.address().port()).watch("jobs/", watcher);

      writer.bind("other/x", new WorkerImpl("x"));
      writer.bind("jobs", new WorkerImpl("not below jobs/"));
      writer.bind("jobs/a", new WorkerImpl("a1"));
      writer.addReplica("jobs/a", new WorkerImpl("a2"), BindingLifetime.LEASED);
      writer.rebind("jobs/a", new WorkerImpl("a3"));
      writer.unbind("other/x");
      writer.unbind("jobs/a");

      assertEquals(new RegistryEvent("jobs/a", Change.BOUND, 1), watcher.next(WAIT));
      assertEquals(new RegistryEvent("jobs/a", Change.REPLICA_ADDED, 2), watcher.next(WAIT));
      assertEquals(new RegistryEvent("jobs/a", Change.REBOUND, 1), watcher.next(WAIT));
      assertEquals(new RegistryEvent("jobs/a", Change.UNBOUND, 0), watcher.next(WAIT));
      // Events reach a watcher in the order of the writes, so any for other names would be here by now.
      assertEquals(0, watcher.pending());
    }
  }

  @Test
  @Timeout(20)
  void unwatch_stopsTheEvents() throws Exception {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.inMemory());
        Node client = Node.builder().port(0).start()) {
      Registry registry = Registry.locate(client, "127.0.0.1", server.address().port());
      RecordingWatcher stopped = new RecordingWatcher();
      BlockingQueue<RegistryEvent> kept = new LinkedBlockingQueue<>();
      registry.watch("", stopped);
      registry.watch("", kept::add); // a lambda travels by reference like any remote object

      registry.unwatch(stopped);
      registry.bind("a", new WorkerImpl("a"));

      assertEquals(new RegistryEvent("a", Change.BOUND, 1), kept.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
      assertEquals(0, stopped.pending());
    }
  }

  @Test
  @Timeout(20)
  void slowWatcher_holdsUpNeitherWritesNorOtherWatchers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.inMemory());
        Node client = Node.builder().port(0).start()) {
      Registry registry = Registry.locate(client, "127.0.0.1", server.address().port());
      RecordingWatcher prompt = new RecordingWatcher();
      registry.watch("", event -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      registry.watch("", prompt);

      try {
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
          registry.bind("n" + i, new WorkerImpl("n" + i));
        }
        for (int i = 0; i < 3; i++) {
          assertEquals(new RegistryEvent("n" + i, Change.BOUND, 1), prompt.next(WAIT));
        }

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "writes waited for the slow watcher");
      } finally {
        release.countDown(); // before the nodes close, which wait for running calls
      }
    }
  }
}
