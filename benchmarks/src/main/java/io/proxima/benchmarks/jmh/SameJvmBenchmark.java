package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.JvmFlags;
import io.proxima.benchmarks.service.User;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** A call on a remote object that lives in the caller's own JVM (scenario g). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmFlags.MIN_HEAP, JvmFlags.MAX_HEAP, JvmFlags.PRE_TOUCH, JvmFlags.NO_LEAK_DETECTION})
public class SameJvmBenchmark {

  @Benchmark
  public User getUser(SameJvmService local, CallLatency latency) {
    long start = System.nanoTime();
    User user = local.service().getUser(42);
    latency.record(start);
    return user;
  }
}
