package io.proxima.runtime.internal.invocation;

import io.proxima.ServerException;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.Exported;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.ReplyStatus;
import io.proxima.runtime.internal.transport.RequestHandler;
import io.proxima.runtime.internal.transport.RequestTarget;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.EncodingException;
import io.proxima.runtime.internal.wire.ThrowableCodec;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.runtime.internal.wire.WireReader;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.MethodDescriptor;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the calls that arrive for a node's exported objects. Requests are checked on the I/O
 * thread (object, incarnation, interface fingerprint) and run on a bounded pool of server
 * threads, so that a method that blocks or calls back into a remote node never stalls the
 * connection.
 *
 * <p>Thread-safe.
 */
public final class IncomingCalls implements RequestHandler {
  private static final Logger log = LoggerFactory.getLogger(IncomingCalls.class);

  private final long incarnation;
  private final ExportedObjectTable exports;
  private final WireCodec codec;
  private final ThrowableCodec throwables;
  private final ThreadPoolExecutor executor;
  private volatile boolean closing;

  public IncomingCalls(long incarnation, ExportedObjectTable exports, WireCodec codec, ThrowableCodec throwables,
      int maxThreads, int maxQueuedCalls) {
    this.incarnation = incarnation;
    this.exports = exports;
    this.codec = codec;
    this.throwables = throwables;
    this.executor = new ThreadPoolExecutor(maxThreads, maxThreads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(maxQueuedCalls), new ServerThreadFactory());
    this.executor.allowCoreThreadTimeOut(true);
  }

  @Override
  public void onRequest(Connection connection, long callId, RequestTarget target, int methodId, byte[] arguments) {
    if (closing) {
      connection.reply(callId, ReplyStatus.SHUTTING_DOWN, "the server is shutting down and accepts no new calls");
      return;
    }
    if (target.incarnation() != incarnation) {
      connection.reply(callId, ReplyStatus.STALE_INCARNATION, String.format(
          "the server restarted since the reference was made (reference incarnation %016x, server incarnation %016x);"
              + " obtain a new reference", target.incarnation(), incarnation));
      return;
    }
    Exported exported = exports.get(target.objectId());
    if (exported == null) {
      connection.reply(callId, ReplyStatus.NO_SUCH_OBJECT,
          "no object " + target.objectId() + " is exported there (it was unexported, or the reference is wrong)");
      return;
    }
    MethodDescriptor method = exported.methods().get(methodId);
    if (target.fingerprint() != exported.type().fingerprint() || method == null) {
      connection.reply(callId, ReplyStatus.INCOMPATIBLE, String.format(
          "the server's %s has fingerprint %016x but the caller's has %016x%s; compile client and server against"
              + " the same version of the interface",
          exported.type().type().getName(), exported.type().fingerprint(), target.fingerprint(),
          method == null ? ", and the server has no method with id " + Integer.toHexString(methodId) : ""));
      return;
    }
    try {
      executor.execute(() -> invoke(connection, callId, exported, method, arguments));
    } catch (RejectedExecutionException e) {
      connection.reply(callId, closing ? ReplyStatus.SHUTTING_DOWN : ReplyStatus.BUSY, closing
          ? "the server is shutting down and accepts no new calls"
          : "all " + executor.getMaximumPoolSize() + " server threads are busy and " + executor.getQueue().size()
              + " calls are queued; retry later");
    }
  }

  private void invoke(Connection connection, long callId, Exported exported, MethodDescriptor method, byte[] arguments) {
    try (WireReader in = codec.newReader(arguments, 0, arguments.length); WireWriter out = codec.newWriter()) {
      exported.dispatcher().dispatch(method.id(), in, out);
      connection.reply(callId, ReplyStatus.OK, out.buffer(), out.length());
    } catch (DecodingException e) {
      connection.reply(callId, ReplyStatus.REFUSED, "the arguments were refused: " + e.getMessage());
    } catch (EncodingException e) {
      log.warn("could not encode the result of {}", method, e);
      connection.reply(callId, ReplyStatus.SERVER_ERROR, "the result could not be encoded: " + e.getMessage());
    } catch (Throwable thrown) {
      replyThrown(connection, callId, method, thrown);
    }
  }

  private void replyThrown(Connection connection, long callId, MethodDescriptor method, Throwable thrown) {
    try {
      byte[] encoded = throwables.encode(asApplicationFailure(method, thrown));
      connection.reply(callId, ReplyStatus.THROWN, encoded, encoded.length);
    } catch (RuntimeException e) {
      log.warn("could not encode the exception thrown by {}", method, e);
      connection.reply(callId, ReplyStatus.SERVER_ERROR, method + " threw " + thrown + ", which could not be encoded");
    }
  }

  /** What the caller may see of a failure: declared and unchecked exceptions as themselves, the rest wrapped. */
  private static Throwable asApplicationFailure(MethodDescriptor method, Throwable thrown) {
    boolean unchecked = thrown instanceof RuntimeException;
    boolean declared = method.exceptionTypes().stream().anyMatch(type -> type.isInstance(thrown));
    if (unchecked || declared) {
      return thrown;
    }
    String kind = thrown instanceof Error ? "error" : "undeclared checked exception";
    ServerException wrapped = new ServerException(method + " failed on the server with " + kind + " " + thrown);
    wrapped.setStackTrace(thrown.getStackTrace());
    return wrapped;
  }

  /** Refuses new calls, then waits up to {@code timeout} for the running ones to finish and reply. */
  public boolean drain(Duration timeout) throws InterruptedException {
    closing = true;
    executor.shutdown();
    return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Calls now running or queued. */
  public int inFlight() {
    return executor.getActiveCount() + executor.getQueue().size();
  }

  /** Names server threads and makes them daemons, so a forgotten node never keeps a JVM alive. */
  private static final class ServerThreadFactory implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "proxima-server-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
