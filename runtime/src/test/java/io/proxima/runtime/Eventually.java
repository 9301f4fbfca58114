package io.proxima.runtime;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that becomes true asynchronously, failing the test if it does not in time. */
public final class Eventually {
  private Eventually() {}

  /** Polls {@code condition} every 20 ms for up to 5 seconds. */
  public static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
    eventually(Duration.ofSeconds(5), condition, what);
  }

  /** Polls {@code condition} every 20 ms for up to {@code within}. */
  public static void eventually(Duration within, BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out after " + within.toMillis() + " ms waiting until " + what);
  }
}
