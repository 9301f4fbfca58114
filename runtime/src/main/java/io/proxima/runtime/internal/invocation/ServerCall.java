package io.proxima.runtime.internal.invocation;

import io.proxima.Deadline;
import io.proxima.ServerException;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.Exported;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.ServedMethod;
import io.proxima.runtime.internal.transport.Cancellable;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.MessageBody;
import io.proxima.runtime.internal.transport.ReplyStatus;
import io.proxima.runtime.internal.transport.Request;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.EncodingException;
import io.proxima.runtime.internal.wire.WireReader;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.Dispatcher;
import io.proxima.spi.MethodDescriptor;
import java.util.concurrent.CompletionException;
import java.net.SocketAddress;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call being served: decodes the arguments, runs the method with the caller's deadline in
 * scope, and replies. A cancellation skips it if it has not started, interrupts its thread if it
 * is running, and cancels its future if it is asynchronous.
 */
final class ServerCall implements Runnable, Cancellable {
  private static final Logger log = LoggerFactory.getLogger(ServerCall.class);

  private enum State { QUEUED, RUNNING, WAITING_FOR_FUTURE, DONE, CANCELLED }

  private final IncomingCalls server;
  private final Connection connection;
  private final Request request;
  private final Exported exported;
  private final MethodDescriptor method;
  private final ExecutionPolicy policy;
  private final AtomicBoolean finished = new AtomicBoolean();
  private State state = State.QUEUED;
  private Thread runner;
  private boolean onIoThread;
  /** Whether the connection knows this call, so a cancel or the connection's loss can reach it. */
  private volatile boolean registered;
  private CompletionStage<?> future;

  ServerCall(IncomingCalls server, Connection connection, Request request, Exported exported, ServedMethod method) {
    this.server = server;
    this.connection = connection;
    this.request = request;
    this.exported = exported;
    this.method = method.descriptor();
    this.policy = method.policy();
  }

  /** Makes the call reachable by cancels and by the loss of its connection. */
  void register() {
    if (!request.oneWay()) {
      registered = true;
      connection.serving(request.callId(), this);
    }
  }

  /** Takes the call off the connection's list; false if a cancel took it first. */
  private boolean unregister() {
    return !registered || connection.served(request.callId()) != null;
  }

  /** Serves the call, unless it was cancelled first; either way its arguments go back to the pool. */
  @Override
  public void run() {
    try {
      serve();
    } finally {
      request.arguments().release();
    }
  }

  private void serve() {
    synchronized (this) {
      if (state != State.QUEUED) {
        return;
      }
      state = State.RUNNING;
      runner = Thread.currentThread();
      onIoThread = connection.onIoThread();
    }
    try {
      if (request.deadlineNanos() - System.nanoTime() <= 0) {
        reply(ReplyStatus.DEADLINE_EXCEEDED, "the call's deadline passed while it waited for a server thread");
        return;
      }
      long callsBefore = CallsMade.soFar();
      long started = System.nanoTime();
      invoke();
      policy.record(System.nanoTime() - started, CallsMade.soFar() != callsBefore, onIoThread);
    } finally {
      synchronized (this) {
        runner = null;
        if (state == State.RUNNING) {
          state = State.DONE;
        }
        if (!onIoThread) {
          Thread.interrupted(); // a cancellation that came too late must not reach the thread's next call
        }
        if (state != State.WAITING_FOR_FUTURE) {
          finish();
        }
      }
    }
  }

  /** Counts the call as over for the server's drain, once. */
  private void finish() {
    if (finished.compareAndSet(false, true)) {
      server.finished();
    }
  }

  private void invoke() {
    SocketAddress outerCaller = CurrentCaller.enter(connection.remoteAddress());
    try (Deadline.Scope deadline = Deadline.at(request.deadlineNanos());
        WireReader in = server.codec.newReader(request.arguments());
        WireWriter out = server.codec.newWriter()) {
      CompletionStage<?> result = exported.dispatcher().dispatch(method.id(), in, out);
      if (result == Dispatcher.WRITTEN) {
        replyResult(out);
      } else if (result == null) {
        reply(ReplyStatus.SERVER_ERROR, method + " returned null instead of a future");
      } else {
        awaitFuture(result);
      }
    } catch (DecodingException e) {
      reply(ReplyStatus.REFUSED, "the arguments were refused: " + e.getMessage());
    } catch (EncodingException e) {
      log.warn("could not encode the result of {}", method, e);
      reply(ReplyStatus.SERVER_ERROR, "the result could not be encoded: " + e.getMessage());
    } catch (Throwable thrown) {
      replyThrown(thrown);
    } finally {
      CurrentCaller.leave(outerCaller);
    }
  }

  private void awaitFuture(CompletionStage<?> result) {
    if (!registered && !result.toCompletableFuture().isDone()) {
      register(); // from now on a cancel can arrive before the future completes
    }
    synchronized (this) {
      if (state == State.CANCELLED) {
        result.toCompletableFuture().cancel(true);
        return;
      }
      state = State.WAITING_FOR_FUTURE;
      future = result;
    }
    result.whenComplete((value, failure) -> {
      try {
        replyCompleted(value, failure);
      } finally {
        finish();
      }
    });
  }

  private void replyCompleted(Object value, Throwable failure) {
    if (failure != null) {
      replyThrown(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
      return;
    }
    try (WireWriter out = server.codec.newWriter()) {
      out.writeObject(value, method.asyncResultType());
      replyResult(out);
    } catch (EncodingException e) {
      log.warn("could not encode the result of {}", method, e);
      reply(ReplyStatus.SERVER_ERROR, "the result could not be encoded: " + e.getMessage());
    }
  }

  @Override
  public void cancel() {
    CompletionStage<?> waitingFor;
    synchronized (this) {
      switch (state) {
        case QUEUED -> {
          state = State.CANCELLED;
          finish();
        }
        case RUNNING -> {
          state = State.CANCELLED;
          if (!onIoThread) { // an I/O thread is never interrupted; a direct run is short anyway
            runner.interrupt();
          }
        }
        case WAITING_FOR_FUTURE -> state = State.CANCELLED;
        default -> {
          return;
        }
      }
      waitingFor = future;
    }
    if (waitingFor != null) {
      waitingFor.toCompletableFuture().cancel(true);
    }
  }

  private void replyResult(WireWriter out) {
    if (unregister()) {
      connection.reply(request.callId(), ReplyStatus.OK, out);
    }
  }

  private void replyThrown(Throwable thrown) {
    if (request.oneWay()) {
      log.warn("one-way call {} from {} failed", method, connection.remoteAddress(), thrown);
      return;
    }
    if (!unregister()) {
      return; // cancelled: the caller no longer waits
    }
    try {
      byte[] encoded = server.throwables.encode(asApplicationFailure(thrown));
      connection.reply(request.callId(), ReplyStatus.THROWN, MessageBody.of(encoded));
    } catch (RuntimeException e) {
      log.warn("could not encode the exception thrown by {}", method, e);
      connection.reply(request.callId(), ReplyStatus.SERVER_ERROR, method + " threw " + thrown
          + ", which could not be encoded");
    }
  }

  private void reply(ReplyStatus status, String detail) {
    if (request.oneWay()) {
      log.warn("one-way call {} from {} failed: {}", method, connection.remoteAddress(), detail);
    } else if (unregister()) {
      connection.reply(request.callId(), status, detail);
    }
  }

  /** What the caller may see of a failure: declared and unchecked exceptions as themselves, the rest wrapped. */
  private Throwable asApplicationFailure(Throwable thrown) {
    if (method.mayThrow(thrown)) {
      return thrown;
    }
    String kind = thrown instanceof Error ? "error" : "undeclared checked exception";
    ServerException wrapped = new ServerException(method + " failed on the server with " + kind + " " + thrown);
    wrapped.setStackTrace(thrown.getStackTrace());
    return wrapped;
  }
}
