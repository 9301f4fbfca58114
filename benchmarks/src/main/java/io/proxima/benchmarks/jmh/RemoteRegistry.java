package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.ServerProcess;
import io.proxima.benchmarks.systems.NamingClient;
import io.proxima.benchmarks.systems.SystemUnderTest;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The naming registry of a server in a child JVM, with the benchmark service bound in it, and one
 * client of that registry shared by all benchmark threads. The client has looked the service up
 * once already, so its connection to the registry is open before the first measured lookup.
 */
@State(Scope.Benchmark)
public class RemoteRegistry {
  /** Only the systems that have a naming registry; Dirmi has none. */
  @Param({"PROXIMA", "JAVA_RMI"})
  public SystemUnderTest system;

  private ServerProcess server;
  private NamingClient registry;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = ServerProcess.start(system);
    try {
      registry = system.remoting().connectToRegistry(server.address());
      registry.lookUp();
    } catch (Exception | Error e) {
      // JMH skips the tear-down of a state whose set-up failed.
      if (registry != null) {
        registry.close();
      }
      server.close();
      throw e;
    }
  }

  public NamingClient registry() {
    return registry;
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    try {
      registry.close();
    } finally {
      server.close();
    }
  }
}
