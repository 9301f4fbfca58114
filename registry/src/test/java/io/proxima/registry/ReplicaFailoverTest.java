package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.ConnectionLostException;
import io.proxima.runtime.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Replicas of one name in two server JVMs: round robin, failover when one dies, and never a call run twice. */
class ReplicaFailoverTest {
  private static final Duration START = Duration.ofSeconds(20);

  @Test
  @Timeout(60)
  void lookup_spreadsCallsOverReplicas_failsOverWhenOneDies_andRunsNoCallTwice() throws Exception {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.inMemory());
        Node client = Node.builder().start()) {
      String port = String.valueOf(server.address().port());
      CompletableFuture<String> blocking = new CompletableFuture<>();
      ChildJvm first = ChildJvm.launch(WorkerServer.class, List.of(port, "first", "addReplica:svc/worker:LEASED"),
          line -> onLine(line, blocking));
      try (first;
          ChildJvm second = ChildJvm.launch(WorkerServer.class, List.of(port, "second", "addReplica:svc/worker:LEASED"),
              line -> onLine(line, blocking))) {
        first.awaitReady(START);
        second.awaitReady(START);
        Registry registry = Registry.locate(client, "127.0.0.1", port(server));
        Map<String, Worker> byId = new HashMap<>();
        for (Object replica : registry.lookupAll("svc/worker")) {
          byId.put(((Worker) replica).serverId(), (Worker) replica);
        }
        assertEquals(2, byId.size());
        Worker worker = registry.lookup("svc/worker", Worker.class);

        // Round robin: consecutive calls alternate between the replicas.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          ids.add(worker.serverId());
        }
        for (int i = 1; i < ids.size(); i++) {
          assertNotEquals(ids.get(i - 1), ids.get(i), "calls " + ids);
        }
        assertEquals(new HashSet<>(List.of("first", "second")), new HashSet<>(ids));

        // At-most-once: a call running on a replica that dies is not run again on the other.
        String doomedId = ids.get(0); // six calls later, the seventh starts where the first did
        String survivorId = doomedId.equals("first") ? "second" : "first";
        ChildJvm doomed = doomedId.equals("first") ? first : second;
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> worker.block(30_000));
        assertEquals(doomedId, blocking.get(20, TimeUnit.SECONDS));
        doomed.kill();
        Exception lost = assertThrows(Exception.class, () -> running.get(20, TimeUnit.SECONDS));
        assertTrue(lost.getCause() instanceof ConnectionLostException, "failed with " + lost.getCause());
        Worker survivor = byId.get(survivorId);
        assertEquals(0, survivor.blockRuns(), "the interrupted call must not run again on the survivor");

        // Failover: calls that would go to the dead replica cannot connect, so they go to the survivor.
        int runsBefore = survivor.serverIdRuns();
        for (int i = 0; i < 10; i++) {
          assertEquals(survivorId, worker.serverId());
        }
        assertEquals(runsBefore + 10, survivor.serverIdRuns(), "each call ran exactly once");
      }
    }
  }

  private static int port(RegistryServer server) {
    return server.address().port();
  }

  private static void onLine(String line, CompletableFuture<String> blocking) {
    if (line.startsWith("BLOCKING ")) {
      blocking.complete(line.substring("BLOCKING ".length()));
    } else {
      System.out.println("[server] " + line);
    }
  }
}
