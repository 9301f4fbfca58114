package io.proxima.runtime.internal.transport;

/**
 * A request as it arrived.
 *
 * @param arrivedNanos when it was read, on the {@link System#nanoTime()} clock
 * @param timeoutNanos what was left of the caller's deadline when it was sent
 * @param arguments the encoded arguments, which whoever serves the request releases
 */
public record Request(long callId, RequestTarget target, int methodId, boolean oneWay, long arrivedNanos,
    long timeoutNanos, Payload arguments) {

  /** The request's deadline on this node's {@link System#nanoTime()} clock. */
  public long deadlineNanos() {
    return arrivedNanos + timeoutNanos;
  }
}
