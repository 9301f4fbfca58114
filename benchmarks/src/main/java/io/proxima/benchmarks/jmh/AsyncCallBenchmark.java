package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.JvmFlags;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Asynchronous calls (scenario d), chained, and one-way calls (scenario e) from one calling
 * thread, to a server in a child JVM. Java RMI has neither: the comparison measures its best threaded
 * synchronous throughput for (d) instead, and its {@code record} is a plain synchronous call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {JvmFlags.MIN_HEAP, JvmFlags.MAX_HEAP, JvmFlags.PRE_TOUCH, JvmFlags.NO_LEAK_DETECTION})
public class AsyncCallBenchmark {
  /** One-way calls per barrier, as in the one-way scenario of the performance notes. */
  public static final int ONE_WAY_BATCH = 1000;
  /** Asynchronous calls per batch: enough that filling and draining the chains is a small part of it. */
  public static final int ASYNC_BATCH = 10_000;

  /** One operation is one asynchronous call completed, with {@link AsyncChains#inFlight} outstanding. */
  @Benchmark
  @OperationsPerInvocation(ASYNC_BATCH)
  public void getUserAsync(AsyncChains chains) throws InterruptedException, ExecutionException, TimeoutException {
    chains.runBatch(ASYNC_BATCH);
  }

  /** One operation is one one-way call the server has run: a batch of them, then the barrier. */
  @Benchmark
  @OperationsPerInvocation(ONE_WAY_BATCH)
  public long recordOneWay(OneWayBarrier barrier) {
    return barrier.sendAndAwait(ONE_WAY_BATCH);
  }
}
