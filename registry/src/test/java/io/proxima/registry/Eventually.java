package io.proxima.registry;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that becomes true asynchronously, failing the test if it does not in time. */
final class Eventually {
  private Eventually() {}

  /** Polls {@code condition} every 20 ms for up to {@code within}; returns how long it took. */
  static Duration eventually(Duration within, BooleanSupplier condition, String what) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + within.toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (condition.getAsBoolean()) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out after " + within.toMillis() + " ms waiting until " + what);
  }
}
