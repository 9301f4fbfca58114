package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bindings survive the registry: a restart, and a kill -9 in the middle of writes. */
class DurableRegistryTest {
  private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 300;
  private static final int WRITERS = 4;

  @TempDir Path temp;

  @Test
  @Timeout(20)
  void registryRestartedOnItsDataDirectory_stillHoldsTheBindingsOfALiveServer() {
    Path data = temp.resolve("data");
    try (Node serverNode = Node.builder().port(0).start(); Node client = Node.builder().start()) {
      int port;
      try (Node registryNode = Node.builder().port(0).start();
          RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.durable(data))) {
        port = server.address().port();
        Registry registry = Registry.locate(serverNode, "127.0.0.1", port);
        registry.bind("accounts/alice", new WorkerImpl("alice"));
        registry.addReplica("accounts/pool", new WorkerImpl("pool-1"), BindingLifetime.LEASED);
        registry.addReplica("accounts/pool", new WorkerImpl("pool-2"), BindingLifetime.PERSISTENT);
      }

      try (Node registryNode = Node.builder().port(port).start();
          RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.durable(data))) {
        Registry registry = Registry.locate(client, "127.0.0.1", port);

        assertEquals(List.of("accounts/alice", "accounts/pool"), registry.list(""));
        assertEquals("alice", registry.lookup("accounts/alice", Worker.class).serverId());
        List<String> pool = new ArrayList<>();
        for (Object replica : registry.lookupAll("accounts/pool")) {
          pool.add(((Worker) replica).serverId());
        }
        assertEquals(List.of("pool-1", "pool-2"), pool);
      }
    }
  }

  @Test
  @Timeout(60)
  void registryKilledDuringWrites_everyAcknowledgedBindingSurvivesTheRestartAndTheLivenessCheck() throws Exception {
    Path data = temp.resolve("data");
    int port = TestPorts.free();
    List<String> registryArguments = List.of("--port", String.valueOf(port), "--data", data.toString(),
        "--binding-lease", "1");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    try (Node serverNode = Node.builder().port(0).start()) {
      Registry registry = Registry.locate(serverNode, "127.0.0.1", port);
      try (ChildJvm first = ChildJvm.start(RegistryChild.class, registryArguments, Duration.ofSeconds(20))) {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGEMENTS_BEFORE_KILL);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          String prefix = "load/w" + w + "/n";
          Thread writer = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
              String name = prefix + i;
              try {
                registry.bind(name, new WorkerImpl(name));
              } catch (RuntimeException e) {
                return; // the registry died; this write was not acknowledged
              }
              acknowledged.add(name);
              enough.countDown();
            }
          }, "writer-" + w);
          writer.start();
          writers.add(writer);
        }
        assertTrue(enough.await(40, TimeUnit.SECONDS), "only " + acknowledged.size() + " binds acknowledged");

        first.kill();
        stop.set(true);
        for (Thread writer : writers) {
          writer.join(TimeUnit.SECONDS.toMillis(30));
        }
      }

      try (ChildJvm second = ChildJvm.start(RegistryChild.class, registryArguments, Duration.ofSeconds(20))) {
        Thread.sleep(1_500); // the liveness check runs every third of the 1 s binding lease
        Set<String> bound = new HashSet<>(registry.list("load/"));

        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(bound);
        assertEquals(Set.of(), lost, "acknowledged but lost, of " + acknowledged.size());
        String sample = acknowledged.iterator().next();
        assertEquals(sample, registry.lookup(sample, Worker.class).serverId());
      }
    }
  }
}
