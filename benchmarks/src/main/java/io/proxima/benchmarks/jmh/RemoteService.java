package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.ServerProcess;
import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.SystemUnderTest;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The benchmark service served by a child JVM, and one client for it shared by all benchmark threads. */
@State(Scope.Benchmark)
public class RemoteService {
  /** Left empty, JMH runs every constant. */
  @Param
  public SystemUnderTest system;

  private ServerProcess server;
  private Connection connection;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = ServerProcess.start(system);
    try {
      connection = system.remoting().connect(server.address());
    } catch (Exception | Error e) {
      // JMH skips the tear-down of a state whose set-up failed.
      server.close();
      throw e;
    }
  }

  public BenchmarkService service() {
    return connection.service();
  }

  /** The client with its asynchronous and one-way calls (scenarios d and e). */
  public Connection connection() {
    return connection;
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    try {
      connection.close();
    } finally {
      server.close();
    }
  }
}
