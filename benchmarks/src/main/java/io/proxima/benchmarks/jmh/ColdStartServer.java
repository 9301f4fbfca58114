package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.ServerProcess;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.SystemUnderTest;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A server in a child JVM that this JVM has never talked to; the measured connection is kept
 * here so that closing it falls outside the measurement.
 */
@State(Scope.Benchmark)
public class ColdStartServer {
  /** Left empty, JMH runs every constant. */
  @Param
  public SystemUnderTest system;

  private ServerProcess server;
  private Connection connection;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = ServerProcess.start(system);
  }

  /** Connects (looking the service up where the system has a lookup) and returns the connection. */
  public Connection connect() throws Exception {
    connection = system.remoting().connect(server.address());
    return connection;
  }

  @TearDown(Level.Iteration)
  public void disconnect() throws Exception {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    server.close();
  }
}
