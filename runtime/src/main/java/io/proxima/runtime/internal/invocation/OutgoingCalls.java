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
import io.proxima.runtime.internal.transport.Reply;
import io.proxima.runtime.internal.transport.Transport;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.ThrowableCodec;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.MethodDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
  private final long callTimeoutNanos;
  private final int maxArgumentBytes;
  private volatile boolean closed;

  public OutgoingCalls(Transport transport, WireCodec codec, ThrowableCodec throwables, Duration callTimeout,
      int maxFrameBytes) {
    this.transport = transport;
    this.codec = codec;
    this.throwables = throwables;
    this.callTimeoutNanos = callTimeout.toNanos();
    this.maxArgumentBytes = maxFrameBytes - 1 - Frames.REQUEST_HEADER_BYTES;
  }

  WireCodec codec() {
    return codec;
  }

  /** Refuses calls from now on. */
  public void close() {
    closed = true;
  }

  /**
   * Sends the call and waits for its reply.
   *
   * @return the encoded result
   */
  byte[] send(ClientInvoker invoker, MethodDescriptor method, WireWriter arguments) {
    String endpoint = invoker.ref().endpoint();
    if (closed) {
      throw new NodeClosedException("cannot call " + method + " on " + endpoint + ": the local node is closed");
    }
    if (arguments.length() > maxArgumentBytes) {
      throw new MarshallingException(String.format("the arguments of %s take %d bytes, more than the %d a frame"
          + " can carry; raise Node.Builder.maxFrameBytes on both sides or send less", method, arguments.length(),
          maxArgumentBytes));
    }
    Connection connection = transport.connection(invoker.ref().host(), invoker.ref().port(), "to call " + method);
    Object outcome = connection.call(invoker.target(), method.id(), arguments.buffer(), arguments.length(),
        System.nanoTime() + callTimeoutNanos);
    if (outcome instanceof Reply reply) {
      return resultOf(reply, invoker, method);
    }
    String call = method + " on " + endpoint + " (object " + invoker.ref().objectId() + ")";
    if (outcome == null) {
      throw new RemoteTimeoutException("call " + call + " timed out after " + callTimeoutNanos / 1_000_000
          + " ms; it may or may not have run on the server");
    }
    ConnectionLoss loss = (ConnectionLoss) outcome;
    if (loss.localNodeClosing()) {
      throw new NodeClosedException("call " + call + " was abandoned: the local node closed");
    }
    throw new ConnectionLostException(loss.reason() + " during the call " + call + "; it may or may not have run on the server");
  }

  private byte[] resultOf(Reply reply, ClientInvoker invoker, MethodDescriptor method) {
    String call = "call " + method + " on " + invoker.ref().endpoint() + " (object " + invoker.ref().objectId() + ")";
    return switch (reply.status()) {
      case OK -> reply.payload();
      case THROWN -> throw Sneaky.<RuntimeException>rethrow(applicationException(reply.payload(), method, call));
      case NO_SUCH_OBJECT, STALE_INCARNATION -> throw new NoSuchObjectException(call + " failed: " + detail(reply));
      case INCOMPATIBLE -> throw new IncompatibleInterfaceException(call + " failed: " + detail(reply));
      case REFUSED -> throw new RefusedInputException(call + " failed: " + detail(reply));
      case SERVER_ERROR -> throw new ServerException(call + " failed: " + detail(reply));
      case SHUTTING_DOWN -> throw new NodeClosedException(call + " failed: " + detail(reply));
      case BUSY -> throw new ServerBusyException(call + " failed: " + detail(reply));
    };
  }

  /**
   * Rebuilds the exception the method threw. Its stack trace becomes the caller's, so that it
   * points at the code that made the call; the server's frames follow as a suppressed
   * {@link RemoteStackTrace}.
   */
  private Throwable applicationException(byte[] payload, MethodDescriptor method, String call) {
    Throwable thrown;
    try {
      thrown = throwables.decode(payload);
    } catch (DecodingException e) {
      return new MarshallingException("the exception thrown by " + call + " was refused: " + e.getMessage(), e);
    }
    boolean allowed = thrown instanceof RuntimeException
        || method.exceptionTypes().stream().anyMatch(type -> type.isInstance(thrown));
    if (!allowed) {
      ServerException wrapped = new ServerException(call + " threw undeclared " + thrown);
      wrapped.setStackTrace(thrown.getStackTrace());
      return wrapped;
    }
    StackTraceElement[] serverFrames = thrown.getStackTrace();
    thrown.setStackTrace(new Throwable().getStackTrace());
    thrown.addSuppressed(new RemoteStackTrace("server-side stack trace of " + call, serverFrames));
    return thrown;
  }

  private static String detail(Reply reply) {
    return new String(reply.payload(), StandardCharsets.UTF_8);
  }

  /** Throws a checked exception the compiler cannot see; the proxy's method declares it. */
  private static final class Sneaky {
    @SuppressWarnings("unchecked")
    static <T extends Throwable> T rethrow(Throwable thrown) throws T {
      throw (T) thrown;
    }
  }
}
