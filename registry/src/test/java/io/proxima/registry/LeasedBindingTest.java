package io.proxima.registry;

import static io.proxima.registry.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.registry.RegistryEvent.Change;
import io.proxima.runtime.Node;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a registry keeps of a server that is killed: its persistent bindings, not its leased ones. */
class LeasedBindingTest {
  private static final Duration BINDING_LEASE = Duration.ofSeconds(2);

  @Test
  @Timeout(30)
  void serverKilled_leasedBindingGoesWithinTheBindingLease_persistentBindingStays() throws Exception {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode,
            RegistryServer.Settings.inMemory().withBindingLease(BINDING_LEASE));
        Node client = Node.builder().start()) {
      Registry registry = Registry.locate(client, "127.0.0.1", server.address().port());
      RecordingWatcher watcher = new RecordingWatcher();
      registry.watch("lease/leased", watcher);
      try (ChildJvm child = ChildJvm.start(WorkerServer.class, List.of(
          String.valueOf(server.address().port()), "doomed",
          "bind:lease/leased:LEASED", "bind:lease/persistent:PERSISTENT"), Duration.ofSeconds(20))) {
        assertEquals(new RegistryEvent("lease/leased", Change.BOUND, 1), watcher.next(Duration.ofSeconds(5)));
        assertEquals("doomed", registry.lookup("lease/leased", Worker.class).serverId());
        Thread.sleep(BINDING_LEASE.toMillis()); // the server stays bound while it lives
        assertEquals(List.of("lease/leased", "lease/persistent"), registry.list("lease/"));

        child.kill();
      }
      Duration gone = eventually(BINDING_LEASE.plusSeconds(3),
          () -> !registry.list("lease/").contains("lease/leased"), "the leased binding of the killed server goes");

      assertTrue(gone.compareTo(BINDING_LEASE.plusSeconds(2)) < 0, "took " + gone);
      assertEquals(new RegistryEvent("lease/leased", Change.UNBOUND, 0), watcher.next(Duration.ofSeconds(5)));
      Thread.sleep(BINDING_LEASE.toMillis() / 2); // a few more rounds of the liveness check
      assertEquals(List.of("lease/persistent"), registry.list("lease/"));
      assertEquals(1, registry.lookupAll("lease/persistent").size());
    }
  }

  @Test
  @Timeout(20)
  void objectUnexported_orItsNodeRestarted_leasedBindingGoesAtOnce() throws Exception {
    Duration longLease = Duration.ofSeconds(6);
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode,
            RegistryServer.Settings.inMemory().withBindingLease(longLease))) {
      Registry registry = server.registry();
      int serverPort;
      try (Node serverNode = Node.builder().port(0).start()) {
        serverPort = serverNode.localAddress().getPort();
        Registry fromServer = Registry.locate(serverNode, "127.0.0.1", server.address().port());
        WorkerImpl unexported = new WorkerImpl("unexported");
        serverNode.export(unexported);
        fromServer.bind("gone/unexported", unexported);
        fromServer.bind("gone/restarted", new WorkerImpl("restarted"));

        serverNode.unexport(unexported);

        Duration took = eventually(longLease, () -> !registry.list("gone/").contains("gone/unexported"),
            "the binding of the unexported object goes");
        assertTrue(took.compareTo(longLease.dividedBy(2)) < 0, "took " + took);
      }
      try (Node restarted = Node.builder().port(serverPort).start()) {
        Duration took = eventually(longLease, () -> registry.list("gone/").isEmpty(),
            "the binding of the restarted node goes");
        assertTrue(took.compareTo(longLease.dividedBy(2)) < 0, "took " + took);
      }
    }
  }
}
