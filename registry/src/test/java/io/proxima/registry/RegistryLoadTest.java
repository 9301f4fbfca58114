package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Many clients at once, each with its own node, looking up and binding: nothing fails, nothing is lost. */
class RegistryLoadTest {
  private static final int CLIENTS = 32;
  private static final long RUN_NANOS = TimeUnit.SECONDS.toNanos(5);

  @TempDir Path temp;

  @Test
  @Timeout(60)
  void thirtyTwoClients_mixedLookupsBindsAndRebinds_noFailureAndNoBindingLost() throws Exception {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode, RegistryServer.Settings.durable(temp.resolve("data")))) {
      int port = server.address().port();
      Set<String> boundByClients = ConcurrentHashMap.newKeySet();
      Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger lookups = new AtomicInteger();
      List<Node> nodes = new ArrayList<>();
      List<Thread> clients = new ArrayList<>();
      try {
        for (int c = 0; c < CLIENTS; c++) {
          Node node = Node.builder().port(0).ioThreads(1).start();
          nodes.add(node);
          String prefix = "load/c" + c + "/";
          Thread client = new Thread(() -> runClient(node, port, prefix, boundByClients, lookups, failures), "client-" + c);
          clients.add(client);
        }
        clients.forEach(Thread::start);
        for (Thread client : clients) {
          client.join(TimeUnit.SECONDS.toMillis(40));
        }

        assertEquals(List.of(), new ArrayList<>(failures));
        Registry registry = server.registry();
        Set<String> lost = new HashSet<>(boundByClients);
        lost.removeAll(registry.list("load/"));
        assertEquals(Set.of(), lost);
        assertEquals(boundByClients, new HashSet<>(registry.list("load/")));
        assertTrue(boundByClients.size() >= CLIENTS, "only " + boundByClients.size() + " binds");
        assertTrue(lookups.get() >= CLIENTS, "only " + lookups.get() + " lookups");
        System.out.println(boundByClients.size() + " names bound, " + lookups.get() + " lookups");
      } finally {
        nodes.forEach(Node::close);
      }
    }
  }

  private static void runClient(Node node, int port, String prefix, Set<String> boundByClients, AtomicInteger lookups,
      Queue<Throwable> failures) {
    Registry registry = Registry.locate(node, "127.0.0.1", port);
    List<String> mine = new ArrayList<>();
    long end = System.nanoTime() + RUN_NANOS;
    try {
      while (System.nanoTime() - end < 0) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int choice = random.nextInt(10);
        if (choice < 3 || mine.isEmpty()) {
          String name = prefix + mine.size();
          registry.bind(name, new WorkerImpl(name));
          mine.add(name);
          boundByClients.add(name);
        } else if (choice < 4) {
          String name = mine.get(random.nextInt(mine.size()));
          registry.rebind(name, new WorkerImpl(name));
        } else {
          List<String> names = registry.list("load/");
          String name = names.get(random.nextInt(names.size()));
          Worker worker = registry.lookup(name, Worker.class);
          if (name.startsWith(prefix)) {
            assertEquals(name, worker.serverId(), "the object bound under " + name);
          }
          lookups.incrementAndGet();
        }
      }
    } catch (Throwable e) {
      failures.add(e);
    }
  }
}
