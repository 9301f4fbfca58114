package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.JvmFlags;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start (scenario f): in a fresh JVM, connect to a fresh server, look the service up and
 * make the first call. One shot per fork, so every measurement pays class loading and
 * connection set-up on both sides, as a real first call does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {JvmFlags.MIN_HEAP, JvmFlags.MAX_HEAP, JvmFlags.PRE_TOUCH, JvmFlags.NO_LEAK_DETECTION})
public class ColdStartBenchmark {

  @Benchmark
  public void connectAndCall(ColdStartServer server) throws Exception {
    server.connect().service().ping();
  }
}
