package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.service.OneWayService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The one-way calls of scenario (e) and their barrier: after each batch, the caller asks the
 * server synchronously how many one-way calls it has run, and asks again until all it sent have
 * run, so that throughput counts calls completed, not calls merely queued.
 */
@State(Scope.Thread)
public class OneWayBarrier {
  private static final long BARRIER_NANOS = TimeUnit.SECONDS.toNanos(30);

  private OneWayService calls;
  private long expected;

  @Setup(Level.Trial)
  public void open(RemoteService remote) {
    calls = remote.connection().oneWay();
    expected = calls.recorded();
  }

  /** Sends {@code count} one-way calls, then waits at the barrier until the server has run them all. */
  public long sendAndAwait(int count) {
    for (int index = 0; index < count; index++) {
      calls.record(index);
    }
    expected += count;
    long deadline = System.nanoTime() + BARRIER_NANOS;
    long recorded;
    while ((recorded = calls.recorded()) < expected) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("the server ran " + recorded + " of " + expected + " one-way calls");
      }
    }
    return recorded;
  }
}
