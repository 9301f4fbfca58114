package io.proxima.registry;

import io.proxima.runtime.Node;

/**
 * A server JVM for the registry's tests. Arguments: the registry's port, the server's id, then
 * writes as {@code bind:NAME:LIFETIME} or {@code addReplica:NAME:LIFETIME}, each binding a new
 * {@link WorkerImpl} with that id. Prints {@code READY <id>} once they are done and {@code
 * BLOCKING <id>} whenever {@link Worker#block} starts; gives up after two minutes.
 */
final class WorkerServer {
  private WorkerServer() {}

  public static void main(String[] args) throws InterruptedException {
    ChildJvm.exitWithParent();
    int registryPort = Integer.parseInt(args[0]);
    String id = args[1];
    try (Node node = Node.builder().port(0).start()) {
      Registry registry = Registry.locate(node, "127.0.0.1", registryPort);
      for (int i = 2; i < args.length; i++) {
        String[] write = args[i].split(":");
        WorkerImpl worker = new WorkerImpl(id, () -> {
          System.out.println("BLOCKING " + id);
          System.out.flush();
        });
        BindingLifetime lifetime = BindingLifetime.valueOf(write[2]);
        switch (write[0]) {
          case "bind" -> registry.bind(write[1], worker, lifetime);
          case "addReplica" -> registry.addReplica(write[1], worker, lifetime);
          default -> throw new IllegalArgumentException("unknown write " + args[i]);
        }
      }
      System.out.println(ChildJvm.READY + id);
      System.out.flush();
      node.awaitTermination(java.time.Duration.ofMinutes(2));
    }
  }
}
