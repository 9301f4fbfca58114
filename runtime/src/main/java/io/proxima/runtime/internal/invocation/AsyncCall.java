package io.proxima.runtime.internal.invocation;

import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.proxima.MarshallingException;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.ConnectionLoss;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.Reply;
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
    callId = connection.callAsync(invoker.target(), method.id(), arguments, deadlineNanos, this);
    if (callId < 0 && !isDone()) { // no slot on the connection freed up before the deadline
      stopTimer();
      completeExceptionally(calls.timedOut(invoker, method, deadlineNanos));
    }
  }

  @Override
  public void onReply(Reply reply) {
    stopTimer();
    try {
      Payload result = calls.resultOf(reply, invoker, method);
      try (WireReader in = calls.codec().newReader(result.array(), result.offset(), result.length())) {
        complete(in.readObject(method.asyncResultType()));
      } catch (DecodingException e) {
        completeExceptionally(new MarshallingException("the result of " + method + " from "
            + invoker.ref().endpoint() + " was refused: " + e.getMessage(), e));
      } finally {
        result.release();
      }
    } catch (Throwable failure) {
      completeExceptionally(failure);
    }
  }

  @Override
  public void onLoss(ConnectionLoss loss) {
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
