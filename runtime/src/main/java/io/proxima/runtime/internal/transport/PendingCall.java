package io.proxima.runtime.internal.transport;

import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.locks.LockSupport;

/**
 * A synchronous call waiting for its reply. The I/O thread that reads the reply completes it and
 * wakes the caller, so a call costs no thread hand-off beyond those two wake-ups.
 *
 * <p>The caller first checks for its outcome for a while (see {@link YieldBudget}), yielding its
 * core between checks, and parks only then: a reply that comes that soon then costs no wake-up
 * at all. It yields rather than spins so that the I/O threads, which need the same cores to
 * deliver the reply, always get them (see {@link PollingSelectStrategy}).
 *
 * <p>Completed at most once, by a reply or by the loss of the connection, whichever comes first.
 */
final class PendingCall implements ReplyListener {
  private static final AtomicReferenceFieldUpdater<PendingCall, Object> OUTCOME =
      AtomicReferenceFieldUpdater.newUpdater(PendingCall.class, Object.class, "outcome");

  private final Thread caller = Thread.currentThread();
  private volatile Object outcome;

  @Override
  public void onReply(Reply reply) {
    finish(reply);
  }

  @Override
  public void onLoss(ConnectionLoss loss) {
    finish(loss);
  }

  private void finish(Object value) {
    if (OUTCOME.compareAndSet(this, null, value)) {
      LockSupport.unpark(caller);
    }
  }

  /**
   * Waits until the call has an outcome or the deadline passes, checking for it for {@code
   * yieldNanos} before it parks.
   *
   * @return the {@link Reply} or {@link ConnectionLoss}, or null if the deadline passed first
   */
  Object await(long deadlineNanos, long yieldNanos) {
    Object result = outcome;
    long yieldUntil = System.nanoTime() + yieldNanos;
    while (result == null && System.nanoTime() - yieldUntil < 0) {
      Thread.yield();
      result = outcome;
    }
    while (result == null) {
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        return OUTCOME.compareAndSet(this, null, ConnectionLoss.TIMED_OUT) ? null : outcome;
      }
      LockSupport.parkNanos(this, remaining);
      result = outcome;
    }
    return result;
  }
}
