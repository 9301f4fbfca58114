package io.proxima.registry;

import io.proxima.runtime.Node;
import java.io.PrintStream;

/** The {@code proxima-registry} program behind {@link RegistryServer#main}. */
final class StandaloneRegistry {
  private StandaloneRegistry() {}

  static void main(String[] args) throws InterruptedException {
    RegistryOptions options;
    try {
      options = RegistryOptions.parse(System.getenv(), args);
    } catch (IllegalArgumentException e) {
      PrintStream err = System.err;
      err.println("proxima-registry: " + e.getMessage());
      err.println();
      err.print(RegistryOptions.usage());
      err.flush();
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(RegistryOptions.usage());
      System.out.flush();
      return;
    }
    Node node = null;
    RegistryServer server;
    try {
      node = Node.builder().host(options.host()).port(options.port()).start();
      server = RegistryServer.embed(node, RegistryServer.Settings.durable(options.dataDirectory())
          .withBindingLease(options.bindingLease())
          .withWriteSecret(options.writeSecret()));
    } catch (RuntimeException e) {
      System.err.println("proxima-registry: cannot start: " + e.getMessage());
      if (node != null) {
        node.close();
      }
      System.exit(1);
      return;
    }
    Node started = node;
    // SIGTERM: the node first, so that running calls finish, then the registry and its data.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      started.close();
      server.close();
    }, "proxima-registry-shutdown"));
    System.out.println("proxima-registry listening on " + options.host() + ":" + options.port() + ", data in "
        + options.dataDirectory().toAbsolutePath());
    System.out.println("READY " + server.address());
    System.out.flush();
    node.awaitTermination();
  }
}
