package io.proxima.runtime.internal.transport;

/**
 * How long a synchronous caller on one connection checks for its reply, yielding its core
 * between checks, before it parks (see {@link PendingCall}).
 *
 * <p>A parked caller costs the I/O thread that reads its reply a wake-up system call, and itself a
 * trip through the scheduler; with many callers on few cores those wake-ups, made by the one I/O
 * thread that every reply passes through, are what limits throughput. So a caller yields for
 * three times as long as a typical reply on its connection takes, up to {@value #MAX_NANOS} ns,
 * when replies typically come within that: most replies then find their caller awake. On two
 * cores this raised the throughput of 16 and 64 calling threads by half or more. When replies
 * typically take longer, yielding would mostly burn a core, and a caller yields only {@value
 * #MIN_NANOS} ns.
 *
 * <p>Thread-safe. The estimate is updated without synchronization: a lost update is harmless.
 */
final class YieldBudget {
  static final long MIN_NANOS = 30_000;
  static final long MAX_NANOS = 1_000_000;

  /** A moving average of the time from sending a request to its reply, weighting each new one by 1/8. */
  private volatile long typicalReplyNanos = MIN_NANOS;

  /** How long the next caller yields before it parks. */
  long nanos() {
    long typical = typicalReplyNanos;
    return typical > MAX_NANOS ? MIN_NANOS : Math.max(MIN_NANOS, Math.min(MAX_NANOS, 3 * typical));
  }

  /** A reply came {@code nanos} after its request was sent. */
  void replied(long nanos) {
    long typical = typicalReplyNanos;
    typicalReplyNanos = typical + ((nanos - typical) >> 3);
  }
}
