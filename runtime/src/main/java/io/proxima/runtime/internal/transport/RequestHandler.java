package io.proxima.runtime.internal.transport;

/** Serves the requests that arrive on any connection. Called on the connection's I/O thread; must not block. */
public interface RequestHandler {
  void onRequest(Connection connection, long callId, RequestTarget target, int methodId, byte[] arguments);
}
