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
 * A lookup by name in the naming registry of a server in a child JVM, over a connection that is
 * already open (scenario h). Each lookup's latency goes to {@link CallLatency}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmFlags.MIN_HEAP, JvmFlags.MAX_HEAP, JvmFlags.PRE_TOUCH, JvmFlags.NO_LEAK_DETECTION})
public class RegistryLookupBenchmark {

  @Benchmark
  public Object lookup(RemoteRegistry remote, CallLatency latency) throws Exception {
    long start = System.nanoTime();
    Object service = remote.registry().lookUp();
    latency.record(start);
    return service;
  }
}
