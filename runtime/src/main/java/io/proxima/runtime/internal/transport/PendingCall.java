package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A synchronous call waiting for its reply, and then the reply. One thread uses it for one call
 * after another ({@link Connection#call}): the I/O thread copies each reply's body into the
 * call's own {@link Payload}, so receiving a reply allocates nothing.
 *
 * <p>The thread that reads the reply completes the call and wakes the caller: the I/O thread, or
 * a caller reading the replies of its connection (see {@link CallerReads}), which may be this
 * caller itself. The caller first checks for its outcome for a
 * while (see {@link YieldBudget}), yielding its core between checks, and parks only then: a reply
 * that comes that soon then costs no wake-up at all. It yields rather than spins so that the I/O
 * threads, which need the same cores to deliver the reply, always get them (see
 * {@link PollingSelectStrategy}).
 *
 * <p>While it waits, its state is the id of the call it waits for; a reply or loss completes it
 * only by swapping that very id, so one that comes for an earlier call it gave up on cannot
 * complete a later one. Completed at most once per call: by the reply, by the loss of the
 * connection, or by its deadline, whichever comes first.
 */
public final class PendingCall implements ReplyListener {
  private static final long IDLE = 0;
  /** The I/O thread is copying the reply in. */
  private static final long RECEIVING = -1;
  private static final long REPLIED = -2;
  private static final long LOST = -3;
  private static final long TIMED_OUT = -4;
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(PendingCall.class, "state", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Thread caller = Thread.currentThread();
  private final Payload body = new Payload();
  private volatile long state = IDLE;
  private ReplyStatus status;
  private ConnectionLoss loss;

  /** A call to be made, and waited for, by the current thread only. */
  public PendingCall() {}

  @Override
  public void awaiting(long callId) {
    state = callId;
  }

  @Override
  public void onReply(long callId, ReplyStatus status, ByteBuf body) {
    if (STATE.compareAndSet(this, callId, RECEIVING)) {
      this.status = status;
      this.body.receive(body);
      complete(REPLIED);
    }
  }

  @Override
  public void onLoss(long callId, ConnectionLoss loss) {
    if (STATE.compareAndSet(this, callId, RECEIVING)) {
      this.loss = loss;
      complete(LOST);
    }
  }

  private void complete(long outcome) {
    state = outcome;
    if (caller != Thread.currentThread()) { // a caller may read its reply itself (see CallerReads)
      LockSupport.unpark(caller);
    }
  }

  /**
   * Waits until call {@code callId} has an outcome or the deadline passes, checking for it for
   * {@code yieldNanos} before it parks.
   *
   * @return null once the reply is here ({@link #status()}, {@link #body()}); {@link
   *     ConnectionLoss#TIMED_OUT} if the deadline passed first; else why the connection was lost
   */
  ConnectionLoss await(long callId, long deadlineNanos, long yieldNanos) {
    long yieldUntil = System.nanoTime() + yieldNanos;
    while (awaits(callId) && System.nanoTime() - yieldUntil < 0) {
      Thread.yield();
    }
    while (awaits(callId)) {
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0 && STATE.compareAndSet(this, callId, TIMED_OUT)) {
        return ConnectionLoss.TIMED_OUT;
      }
      if (remaining > 0) {
        LockSupport.parkNanos(this, remaining);
      } else {
        Thread.yield(); // the reply is being copied in
      }
    }
    return state == REPLIED ? null : loss;
  }

  /** Whether this call still awaits the outcome of call {@code callId}. */
  boolean awaits(long callId) {
    long now = state;
    return now == callId || now == RECEIVING;
  }

  /** The status of the reply, once {@link #await} said it is here. */
  public ReplyStatus status() {
    return status;
  }

  /** The body of the reply, once {@link #await} said it is here; release it when read. */
  public Payload body() {
    return body;
  }
}
