package io.proxima.samples;

import io.proxima.registry.RegistryServer;
import io.proxima.runtime.Node;
import io.proxima.samples.bank.BankClient;
import io.proxima.samples.bank.BankServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main job: a registry, a bank server and a client, each in a JVM of its own. The server
 * binds Alice's account in the registry, the client looks it up by name and calls it; every line
 * says which JVM printed it, so a person can follow each call across the processes.
 */
public final class Demo {
  private static final Duration START = Duration.ofSeconds(30);

  private Demo() {}

  public static void main(String[] args) throws Exception {
    Path data = Files.createTempDirectory("proxima-demo-registry");
    try {
      run(data);
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void run(Path data) throws Exception {
    System.out.println("[demo] starting the registry JVM");
    try (ChildJvm registry = ChildJvm.start(RegistryServer.class,
        List.of("--port", String.valueOf(freePort()), "--data", data.toString()),
        line -> System.out.println("[registry] " + line), START)) {
      String registryUrl = registry.readyDetail();
      System.out.println("[demo] registry JVM pid " + registry.pid() + " serves " + registryUrl);
      System.out.println("[demo] starting the server JVM");
      try (ChildJvm server = ChildJvm.start(BankServer.class, List.of(registryUrl), System.out::println, START)) {
        String accountUrl = server.readyDetail();
        System.out.println("[demo] server JVM pid " + server.pid() + " bound " + accountUrl);
        System.out.println("[demo] client JVM pid " + ProcessHandle.current().pid() + " looks up " + accountUrl);
        try (Node client = Node.builder().start()) {
          BankClient.run(BankClient.find(client, accountUrl), System.out);
        }
        // Let the server print the last calls it logged before it is stopped.
        Thread.sleep(200);
      }
      System.out.println("[demo] server stopped");
    }
    System.out.println("[demo] registry stopped; done");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
