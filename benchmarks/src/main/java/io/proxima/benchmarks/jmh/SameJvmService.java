package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.SystemUnderTest;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The benchmark service exported by the benchmark's own JVM, called through the system as a remote object. */
@State(Scope.Benchmark)
public class SameJvmService {
  /** Left empty, JMH runs every constant. */
  @Param
  public SystemUnderTest system;

  private Exported exported;
  private Connection connection;

  @Setup(Level.Trial)
  public void start() throws Exception {
    exported = system.remoting().export();
    try {
      connection = exported.connectFromSameJvm();
    } catch (Exception | Error e) {
      // JMH skips the tear-down of a state whose set-up failed.
      exported.close();
      throw e;
    }
  }

  public BenchmarkService service() {
    return connection.service();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    try {
      connection.close();
    } finally {
      exported.close();
    }
  }
}
