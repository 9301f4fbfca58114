package io.proxima.runtime.internal.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerThreadsTest {

  @Test
  void sequentialTasks_reuseTheIdleThread_insteadOfStartingNewOnes() throws Exception {
    ServerThreads pool = ServerThreads.create(200, 100);
    Set<Thread> used = ConcurrentHashMap.newKeySet();
    try {
      for (int i = 0; i < 100; i++) {
        CountDownLatch done = new CountDownLatch(1);
        pool.execute(() -> {
          used.add(Thread.currentThread());
          done.countDown();
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        Thread.sleep(1); // let the thread go back to waiting
      }
      assertTrue(used.size() <= 2, "threads used for 100 sequential tasks: " + used.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void blockingTasks_eachGetAThread_upToTheMaximum_thenQueue_thenAreRefused() throws Exception {
    ServerThreads pool = ServerThreads.create(4, 2);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(4);
    try {
      for (int i = 0; i < 4; i++) {
        pool.execute(() -> {
          started.countDown();
          await(release);
        });
      }
      assertTrue(started.await(5, TimeUnit.SECONDS), "four blocking tasks run at once on four threads");
      pool.execute(() -> {});
      pool.execute(() -> {});
      assertEquals(2, pool.queued());
      assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> {}));
    } finally {
      release.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
