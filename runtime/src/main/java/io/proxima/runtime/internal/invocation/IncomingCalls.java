package io.proxima.runtime.internal.invocation;

import io.proxima.RemoteRef;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.Exported;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.ServedMethod;
import io.proxima.runtime.internal.transport.Cancellable;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.ReplyStatus;
import io.proxima.runtime.internal.transport.Request;
import io.proxima.runtime.internal.transport.RequestHandler;
import io.proxima.runtime.internal.wire.ThrowableCodec;
import io.proxima.runtime.internal.wire.WireCodec;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the calls that arrive for a node's exported objects.
 *
 * <p>Execution model: each request is checked on its connection's I/O thread (server
 * incarnation, object, interface fingerprint, deadline) and then runs on a bounded pool of server
 * threads, so that a method that blocks, or calls another node, does not stall a connection. A
 * method that has shown itself short and self-contained runs on the I/O thread directly instead
 * (see {@link ExecutionPolicy}), saving two thread wake-ups per call. When every thread is busy, up to {@code maxQueuedCalls} requests wait in a queue;
 * beyond that a request is refused at once as busy, so overload costs no unbounded memory. A
 * method returning a future holds no thread while it waits: its reply is sent when the future
 * completes.
 *
 * <p>Thread-safe.
 */
public final class IncomingCalls implements RequestHandler {
  private static final Logger log = LoggerFactory.getLogger(IncomingCalls.class);
  private static final String SHUTTING_DOWN = "the server is shutting down and accepts no new calls";

  private final long incarnation;
  private final ExportedObjectTable exports;
  final WireCodec codec;
  final ThrowableCodec throwables;
  private final ServerThreads executor;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closing;

  public IncomingCalls(long incarnation, ExportedObjectTable exports, WireCodec codec, ThrowableCodec throwables,
      int maxThreads, int maxQueuedCalls) {
    this.incarnation = incarnation;
    this.exports = exports;
    this.codec = codec;
    this.throwables = throwables;
    this.executor = ServerThreads.create(maxThreads, maxQueuedCalls);
  }

  @Override
  public void onRequest(Connection connection, Request request) {
    String refusal = null;
    ReplyStatus status = null;
    Exported exported = exports.get(request.target().objectId());
    ServedMethod method = exported == null ? null : exported.methods().get(request.methodId());
    if (closing) {
      status = ReplyStatus.SHUTTING_DOWN;
      refusal = SHUTTING_DOWN;
    } else if (request.target().incarnation() != incarnation && !wellKnown(request, exported)) {
      status = ReplyStatus.STALE_INCARNATION;
      refusal = String.format("the server restarted since the reference was made (reference incarnation %016x,"
          + " server incarnation %016x); obtain a new reference", request.target().incarnation(), incarnation);
    } else if (exported == null) {
      status = ReplyStatus.NO_SUCH_OBJECT;
      refusal = "no object " + request.target().objectId() + " is exported there (it was unexported, or the"
          + " reference is wrong)";
    } else if (request.target().fingerprint() != exported.type().fingerprint() || method == null) {
      status = ReplyStatus.INCOMPATIBLE;
      refusal = String.format("the server's %s has fingerprint %016x but the caller's has %016x%s; compile client"
              + " and server against the same version of the interface", exported.type().type().getName(),
          exported.type().fingerprint(), request.target().fingerprint(),
          method == null ? ", and the server has no method with id " + Integer.toHexString(request.methodId()) : "");
    } else if (request.timeoutNanos() == 0) {
      status = ReplyStatus.DEADLINE_EXCEEDED;
      refusal = "the call's deadline had passed when it reached the server";
    }
    if (refusal != null) {
      request.arguments().release();
      refuse(connection, request, status, refusal);
      return;
    }
    ServerCall call = new ServerCall(this, connection, request, exported, method);
    inFlight.incrementAndGet();
    if (method.policy().direct()) {
      // No cancel can arrive while it runs: cancels are read by this same thread.
      call.run();
      return;
    }
    call.register();
    try {
      executor.execute(call);
    } catch (RejectedExecutionException e) {
      request.arguments().release();
      finished();
      connection.served(request.callId());
      refuse(connection, request, closing ? ReplyStatus.SHUTTING_DOWN : ReplyStatus.BUSY, closing ? SHUTTING_DOWN
          : "all " + executor.getMaximumPoolSize() + " server threads are busy and " + executor.queued()
              + " calls are queued; retry later");
    }
  }

  /** Whether the request names a well-known object without knowing this node's incarnation. */
  private boolean wellKnown(Request request, Exported exported) {
    return request.target().incarnation() == RemoteRef.ANY_INCARNATION && exported != null
        && exports.lifetimeOf(exported.id()) == ExportedObjectTable.Lifetime.SERVICE;
  }

  @Override
  public void onCancel(Connection connection, long callId) {
    Cancellable call = connection.served(callId);
    if (call != null) {
      call.cancel();
    }
  }

  private static void refuse(Connection connection, Request request, ReplyStatus status, String detail) {
    if (request.oneWay()) {
      log.debug("dropped a one-way call from {}: {}", connection.remoteAddress(), detail);
    } else {
      connection.reply(request.callId(), status, detail);
    }
  }

  /** A call accepted by {@link #onRequest} has replied, failed or been cancelled. */
  void finished() {
    inFlight.decrementAndGet();
  }

  /**
   * Refuses new calls, then waits up to {@code timeout} for the accepted ones (asynchronous ones
   * included) to finish and reply.
   *
   * @return whether they all finished in time
   */
  public boolean drain(Duration timeout) throws InterruptedException {
    closing = true;
    executor.shutdown();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() - deadline < 0) {
      Thread.sleep(5);
    }
    return executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
        && inFlight.get() == 0;
  }
}
