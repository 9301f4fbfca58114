package io.proxima.benchmarks.systems;

/** How one remoting system exports the benchmark service and connects to it. */
public interface RemotingSystem {

  /**
   * Exports a new {@link io.proxima.benchmarks.service.BenchmarkServiceLogic} on 127.0.0.1 at a
   * free port, in this JVM.
   */
  Exported export() throws Exception;

  /** Connects to a service that another JVM (or this one) exported at {@code address}. */
  Connection connect(String address) throws Exception;

  /**
   * Connects to the naming registry of the server at {@code address}, for scenario (h). May make no
   * connection until the first lookup.
   *
   * @throws UnsupportedOperationException if the system has no naming registry
   */
  NamingClient connectToRegistry(String address) throws Exception;
}
