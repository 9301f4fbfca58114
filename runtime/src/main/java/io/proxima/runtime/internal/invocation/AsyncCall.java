package io.proxima.runtime.internal.invocation;

import io.netty.buffer.ByteBuf;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.proxima.MarshallingException;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.ConnectionLoss;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.ReplyStatus;
import io.proxima.runtime.internal.transport.ReplyListener;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.WireReader;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.MethodDescriptor;
import java.util.concurrent.CompletableFuture;

/**
 * The future of an asynchronous call. It completes on the I/O thread that reads the reply (so
 * dependent stages that block should use the {@code ...Async} variants), exceptionally when the
 * deadline passes or the connection is lost. Cancelling it cancels the call on the server.
 */
final class AsyncCall<T> extends CompletableFuture<T> implements ReplyListener, TimerTask {
  private final OutgoingCalls calls;
  private final ClientInvoker invoker;
  private final MethodDescriptor method;
  private final Connection connection;
  private final long deadlineNanos;
  private volatile long callId = -1;
  private volatile Timeout deadline;

  AsyncCall(OutgoingCalls calls, ClientInvoker invoker, MethodDescriptor method, Connection connection,
      long deadlineNanos) {
    this.calls = calls;
    this.invoker = invoker;
    this.method = method;
    this.connection = connection;
    this.deadlineNanos = deadlineNanos;
  }

  void start(WireWriter arguments) {
    deadline = calls.schedule(this, deadlineNanos);
    long id = connection.callAsync(invoker.target(), method.id(), arguments, deadlineNanos, this);
    if (id < 0 && !isDone()) { // no slot on the connection freed up before the deadline
      stopTimer();
      completeExceptionally(calls.timedOut(invoker, method, deadlineNanos));
    }
  }

  @Override
  public void awaiting(long callId) {
    this.callId = callId;
  }

  @Override
  public void onReply(long callId, ReplyStatus status, ByteBuf body) {
    stopTimer();
    if (status != ReplyStatus.OK) {
      completeExceptionally(calls.failureOf(status, Payload.of(body), invoker, method));
      return;
    }
    // Decoded where it lies, on the I/O thread that read it.
    try (WireReader in = calls.codec().newReader(body)) {
      complete(in.readObject(method.asyncResultType()));
    } catch (DecodingException e) {
      completeExceptionally(new MarshallingException("the result of " + method + " from "
          + invoker.ref().endpoint() + " was refused: " + e.getMessage(), e));
    } catch (Throwable failure) { // the timer is stopped: the future must complete here
      completeExceptionally(failure);
    }
  }

  @Override
  public void onLoss(long callId, ConnectionLoss loss) {
    stopTimer();
    completeExceptionally(calls.lost(loss, invoker, method));
  }

  /** The deadline passed. */
  @Override
  public void run(Timeout timeout) {
    long id = callId;
    if (id >= 0 && connection.cancel(id)) {
      completeExceptionally(calls.timedOut(invoker, method, deadlineNanos));
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      stopTimer();
      long id = callId;
      if (id >= 0) {
        connection.cancel(id);
      }
    }
    return cancelled;
  }

  private void stopTimer() {
    Timeout timer = deadline;
    if (timer != null) {
      timer.cancel();
    }
  }
}
