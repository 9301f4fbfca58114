package io.proxima.runtime.internal.transport;

/** Serves the requests that arrive on any connection. Called on the connection's I/O thread; must not block. */
public interface RequestHandler {
  void onRequest(Connection connection, Request request);

  /** The caller of call {@code callId} on {@code connection} gave up on it. */
  void onCancel(Connection connection, long callId);
}
