package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.server.JvmFlags;
import io.proxima.benchmarks.service.User;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Synchronous calls from this JVM to a server in a child JVM (scenarios a, b and c). Run with
 * {@code -t N} for N calling threads sharing one client; each call's latency goes to
 * {@link CallLatency}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmFlags.MIN_HEAP, JvmFlags.MAX_HEAP, JvmFlags.PRE_TOUCH, JvmFlags.NO_LEAK_DETECTION})
public class RemoteCallBenchmark {
  /** The page size of scenario (b), as in the usual RPC benchmark suites. */
  public static final int LIST_SIZE = 15;

  @Benchmark
  public void ping(RemoteService remote, CallLatency latency) {
    long start = System.nanoTime();
    remote.service().ping();
    latency.record(start);
  }

  @Benchmark
  public int add(RemoteService remote, CallLatency latency) {
    long start = System.nanoTime();
    int sum = remote.service().add(20, 22);
    latency.record(start);
    return sum;
  }

  @Benchmark
  public User getUser(RemoteService remote, CallLatency latency) {
    long start = System.nanoTime();
    User user = remote.service().getUser(42);
    latency.record(start);
    return user;
  }

  @Benchmark
  public List<User> listUsers(RemoteService remote, CallLatency latency) {
    long start = System.nanoTime();
    List<User> users = remote.service().listUsers(LIST_SIZE);
    latency.record(start);
    return users;
  }

  @Benchmark
  public byte[] echo(RemoteService remote, EchoPayload payload, CallLatency latency) {
    long start = System.nanoTime();
    byte[] echoed = remote.service().echo(payload.data());
    latency.record(start);
    return echoed;
  }
}
