package io.proxima.runtime.internal.transport;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.locks.LockSupport;

/**
 * A synchronous call waiting for its reply. The caller thread waits; the I/O thread that reads
 * the reply completes it and wakes the caller, so a call costs no thread hand-off beyond those
 * two wake-ups.
 *
 * <p>Completed at most once, by a reply or by the loss of the connection, whichever comes first.
 */
final class PendingCall implements ReplyListener {
  /**
   * How long the caller spins before parking. A reply on loopback often arrives within tens of
   * microseconds, and waking a parked thread on another core costs about as much again.
   */
  private static final long SPIN_NANOS = 20_000;

  /**
   * At most one caller spins at a time: with many waiting callers, spinning would take the cores
   * that the I/O threads need to deliver their replies.
   */
  private static final AtomicBoolean SPINNING = new AtomicBoolean();

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
   * Waits until the call has an outcome or the deadline passes.
   *
   * @return the {@link Reply} or {@link ConnectionLoss}, or null if the deadline passed first
   */
  Object await(long deadlineNanos) {
    Object result = outcome;
    if (result != null) {
      return result;
    }
    if (!SPINNING.get() && SPINNING.compareAndSet(false, true)) {
      long spinUntil = System.nanoTime() + SPIN_NANOS;
      while ((result = outcome) == null && System.nanoTime() - spinUntil < 0) {
        Thread.onSpinWait();
      }
      SPINNING.set(false);
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
