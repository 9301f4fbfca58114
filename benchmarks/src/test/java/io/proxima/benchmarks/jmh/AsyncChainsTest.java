package io.proxima.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proxima.benchmarks.service.AsyncService;
import io.proxima.benchmarks.service.User;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver of scenario (d), on futures that another thread completes as a connection's I/O thread would. */
class AsyncChainsTest {
  private final ExecutorService ioThread = Executors.newSingleThreadExecutor();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger outstanding = new AtomicInteger();
  private final AtomicInteger mostOutstanding = new AtomicInteger();

  @AfterEach
  void stopIoThread() {
    ioThread.shutdownNow();
  }

  @Test
  void batch_makesExactlyItsCalls_neverMoreThanInFlightAtOnce_andEndsWhenAllHaveCompleted() throws Exception {
    AsyncChains chains = chainsOf(8, id -> {
      started.incrementAndGet();
      mostOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
      CompletableFuture<User> answer = new CompletableFuture<>();
      ioThread.execute(() -> {
        outstanding.decrementAndGet();
        answer.complete(User.sample(id));
      });
      return answer;
    });

    chains.runBatch(1000);

    assertEquals(1000, started.get());
    assertEquals(0, outstanding.get());
    assertEquals(8, mostOutstanding.get());
  }

  @Test
  void failedCall_failsItsBatch_withTheCallsFailure() {
    IllegalStateException refused = new IllegalStateException("refused");
    AsyncChains chains = chainsOf(4, id -> started.incrementAndGet() == 50
        ? CompletableFuture.failedFuture(refused)
        : CompletableFuture.supplyAsync(() -> User.sample(id), ioThread));

    ExecutionException failure = assertThrows(ExecutionException.class, () -> chains.runBatch(1000));

    assertSame(refused, failure.getCause());
  }

  private static AsyncChains chainsOf(int inFlight, AsyncService calls) {
    AsyncChains chains = new AsyncChains();
    chains.inFlight = inFlight;
    chains.use(calls);
    return chains;
  }
}
