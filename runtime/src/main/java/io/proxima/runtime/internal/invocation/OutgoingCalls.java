package io.proxima.runtime.internal.invocation;

import io.proxima.ConnectionLostException;
import io.proxima.IncompatibleInterfaceException;
import io.proxima.MarshallingException;
import io.proxima.NoSuchObjectException;
import io.proxima.NodeClosedException;
import io.proxima.RefusedInputException;
import io.proxima.RemoteException;
import io.proxima.RemoteStackTrace;
import io.proxima.RemoteTimeoutException;
import io.proxima.ServerBusyException;
import io.proxima.ServerException;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.ConnectionLoss;
import io.proxima.runtime.internal.transport.Frames;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.PendingCall;
import io.proxima.runtime.internal.transport.ReplyStatus;
import io.proxima.runtime.internal.transport.Transport;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.ThrowableCodec;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.MethodDescriptor;
import java.nio.charset.StandardCharsets;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.proxima.Deadline;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends a node's calls to other nodes and turns what comes back into a result or into the
 * exception the caller sees.
 *
 * <p>Thread-safe.
 */
public final class OutgoingCalls {
  private final Transport transport;
  private final WireCodec codec;
  private final ThrowableCodec throwables;
  private final long defaultTimeoutNanos;
  private final HashedWheelTimer timer;
  private final int maxArgumentBytes;
  private volatile boolean closed;

  public OutgoingCalls(Transport transport, WireCodec codec, ThrowableCodec throwables, Duration callTimeout,
      int maxFrameBytes) {
    this.transport = transport;
    this.codec = codec;
    this.throwables = throwables;
    this.defaultTimeoutNanos = callTimeout.toNanos();
    this.timer = new HashedWheelTimer(new DefaultThreadFactory("proxima-deadlines", true), 5, TimeUnit.MILLISECONDS);
    this.maxArgumentBytes = maxFrameBytes - 1 - Frames.REQUEST_HEADER_BYTES;
  }

  WireCodec codec() {
    return codec;
  }

  /** Refuses calls from now on. */
  public void close() {
    closed = true;
    timer.stop();
  }

  /**
   * Sends a synchronous call and waits for its reply in {@code call}.
   *
   * @return the encoded result, which the caller releases
   */
  Payload send(ClientInvoker invoker, MethodDescriptor method, WireWriter arguments, PendingCall call) {
    long deadline = deadlineOf(method);
    Connection connection = connect(invoker, method, arguments);
    ConnectionLoss failure = connection.call(invoker.target(), method.id(), arguments, deadline, call);
    if (failure == null) {
      return resultOf(call.status(), call.body(), invoker, method);
    }
    if (failure == ConnectionLoss.TIMED_OUT) {
      throw timedOut(invoker, method, deadline);
    }
    throw lost(failure, invoker, method);
  }

  /** Sends an asynchronous call; the future completes on the I/O thread that reads the reply. */
  <T> CompletableFuture<T> sendAsync(ClientInvoker invoker, MethodDescriptor method, WireWriter arguments) {
    long deadline = deadlineOf(method);
    Connection connection;
    try {
      connection = connect(invoker, method, arguments);
    } catch (RemoteException e) {
      return CompletableFuture.failedFuture(e);
    }
    AsyncCall<T> call = new AsyncCall<>(this, invoker, method, connection, deadline);
    call.start(arguments);
    return call;
  }

  /** Sends a one-way call; nothing is awaited. */
  void sendOneWay(ClientInvoker invoker, MethodDescriptor method, WireWriter arguments) {
    long deadline = deadlineOf(method);
    connect(invoker, method, arguments)
        .send(invoker.target(), method.id(), arguments, deadline);
  }

  Timeout schedule(TimerTask task, long deadlineNanos) {
    return timer.newTimeout(task, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** The deadline of a call made now: its method's timeout, shortened by the caller's scope. */
  private long deadlineOf(MethodDescriptor method) {
    long timeoutNanos = method.timeoutMillis() > 0 ? TimeUnit.MILLISECONDS.toNanos(method.timeoutMillis()) : defaultTimeoutNanos;
    return Deadline.earliest(System.nanoTime() + timeoutNanos);
  }

  private Connection connect(ClientInvoker invoker, MethodDescriptor method, WireWriter arguments) {
    CallsMade.one();
    if (closed) {
      throw new NodeClosedException("cannot call " + method + " on " + invoker.ref().endpoint() + ": the local node is closed");
    }
    if (arguments.length() > maxArgumentBytes) {
      throw new MarshallingException(String.format("the arguments of %s take %d bytes, more than the %d a frame"
          + " can carry; raise Node.Builder.maxFrameBytes on both sides or send less", method, arguments.length(),
          maxArgumentBytes));
    }
    return invoker.connection(transport, method);
  }

  RemoteTimeoutException timedOut(ClientInvoker invoker, MethodDescriptor method, long deadlineNanos) {
    return new RemoteTimeoutException("call " + describe(invoker, method) + " did not complete within its deadline"
        + " (timeout " + timeoutMillis(method) + " ms, or less when a Deadline scope or the calling remote call had"
        + " less left); it may or may not have run on the server");
  }

  RemoteException lost(ConnectionLoss loss, ClientInvoker invoker, MethodDescriptor method) {
    if (loss.localNodeClosing()) {
      return new NodeClosedException("call " + describe(invoker, method) + " was abandoned: the local node closed");
    }
    return new ConnectionLostException(loss.reason() + " during the call " + describe(invoker, method)
        + "; it may or may not have run on the server");
  }

  private long timeoutMillis(MethodDescriptor method) {
    return method.timeoutMillis() > 0 ? method.timeoutMillis() : TimeUnit.NANOSECONDS.toMillis(defaultTimeoutNanos);
  }

  private static String describe(ClientInvoker invoker, MethodDescriptor method) {
    return method + " on " + invoker.ref().endpoint() + " (object " + invoker.ref().objectId() + ")";
  }

  /**
   * The encoded result of a reply of {@code status} with {@code payload}, which the caller
   * releases, or the exception it reports (the payload is then released here).
   */
  Payload resultOf(ReplyStatus status, Payload payload, ClientInvoker invoker, MethodDescriptor method) {
    if (status == ReplyStatus.OK) {
      return payload;
    }
    throw Sneaky.<RuntimeException>rethrow(failureOf(status, payload, invoker, method));
  }

  /** The exception a reply of a status other than OK reports; its payload is released. */
  Throwable failureOf(ReplyStatus status, Payload payload, ClientInvoker invoker, MethodDescriptor method) {
    try {
      return failureOf(status, payload, "call " + describe(invoker, method), method);
    } finally {
      payload.release();
    }
  }

  private Throwable failureOf(ReplyStatus status, Payload payload, String call, MethodDescriptor method) {
    return switch (status) {
      case OK -> throw new IllegalArgumentException("a reply of status OK reports no failure");
      case THROWN -> applicationException(payload, method, call);
      case NO_SUCH_OBJECT, STALE_INCARNATION -> new NoSuchObjectException(call + " failed: " + detail(payload));
      case INCOMPATIBLE -> new IncompatibleInterfaceException(call + " failed: " + detail(payload));
      case REFUSED -> new RefusedInputException(call + " failed: " + detail(payload));
      case SERVER_ERROR -> new ServerException(call + " failed: " + detail(payload));
      case SHUTTING_DOWN -> new NodeClosedException(call + " failed: " + detail(payload));
      case BUSY -> new ServerBusyException(call + " failed: " + detail(payload));
      case DEADLINE_EXCEEDED -> new RemoteTimeoutException(call + " failed: " + detail(payload));
      case CANCELLED -> new CancellationException(call + " was cancelled");
    };
  }

  /**
   * Rebuilds the exception the method threw. Its stack trace becomes the caller's, so that it
   * points at the code that made the call; the server's frames follow as a suppressed
   * {@link RemoteStackTrace}.
   */
  private Throwable applicationException(Payload payload, MethodDescriptor method, String call) {
    Throwable thrown;
    try {
      thrown = throwables.decode(payload.array(), payload.offset(), payload.length());
    } catch (DecodingException e) {
      return new MarshallingException("the exception thrown by " + call + " was refused: " + e.getMessage(), e);
    }
    if (!method.mayThrow(thrown)) {
      ServerException wrapped = new ServerException(call + " threw undeclared " + thrown);
      wrapped.setStackTrace(thrown.getStackTrace());
      return wrapped;
    }
    StackTraceElement[] serverFrames = thrown.getStackTrace();
    thrown.setStackTrace(new Throwable().getStackTrace());
    thrown.addSuppressed(new RemoteStackTrace("server-side stack trace of " + call, serverFrames));
    return thrown;
  }

  private static String detail(Payload payload) {
    return new String(payload.array(), payload.offset(), payload.length(), StandardCharsets.UTF_8);
  }

  /** Throws a checked exception the compiler cannot see; the proxy's method declares it. */
  private static final class Sneaky {
    @SuppressWarnings("unchecked")
    static <T extends Throwable> T rethrow(Throwable thrown) throws T {
      throw (T) thrown;
    }
  }
}
