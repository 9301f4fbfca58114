package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import io.netty.channel.SelectStrategy;
import io.netty.util.IntSupplier;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollingSelectStrategyTest {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final EventLoop loop = new DefaultEventLoop();

  @AfterEach
  void stopLoop() {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void socketReadyWhilePolling_isReturnedWithoutSleeping() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    IntSupplier readyOnThirdPoll = () -> polls.incrementAndGet() == 3 ? 1 : 0;
    assertEquals(1, onLoop(() -> new PollingSelectStrategy(POLL_NANOS).calculateStrategy(readyOnThirdPoll, false)));
    assertEquals(3, polls.get());
  }

  @Test
  void nothingReady_sleepsAfterThePollingTime() throws Exception {
    long start = System.nanoTime();
    assertEquals(SelectStrategy.SELECT, onLoop(() -> new PollingSelectStrategy(POLL_NANOS).calculateStrategy(() -> 0, false)));
    assertTrue(System.nanoTime() - start >= POLL_NANOS, "polled for less than the polling time");
  }

  @Test
  void taskQueuedWhilePolling_endsThePollAtOnce() throws Exception {
    IntSupplier queueingATask = () -> {
      loop.execute(() -> {});
      return 0;
    };
    long start = System.nanoTime();
    assertEquals(0, onLoop(() -> new PollingSelectStrategy(TimeUnit.SECONDS.toNanos(30)).calculateStrategy(queueingATask, false)));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "kept polling with a task waiting");
  }

  @Test
  void pendingTasks_selectWithoutPolling() throws Exception {
    assertEquals(0, onLoop(() -> new PollingSelectStrategy(POLL_NANOS).calculateStrategy(() -> 0, true)));
  }

  @Test
  void noPollingTime_sleepsAtOnce() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    assertEquals(SelectStrategy.SELECT, onLoop(() -> new PollingSelectStrategy(0).calculateStrategy(polls::incrementAndGet, false)));
    assertEquals(0, polls.get());
  }

  /** Runs {@code strategy} on the event loop's thread, where Netty calls it. */
  private int onLoop(Callable<Integer> strategy) throws Exception {
    return loop.submit(strategy).get(20, TimeUnit.SECONDS);
  }
}
