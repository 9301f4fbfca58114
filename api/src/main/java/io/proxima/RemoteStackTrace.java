package io.proxima;

/**
 * Carries the server-side stack trace of an exception thrown by a remote method.
 *
 * <p>When a remote method throws, the client rethrows the same exception type with its stack
 * trace replaced by the client's call site, so that the trace points at the code that made the
 * call. The frames from the server are kept as a suppressed {@code RemoteStackTrace} of that
 * exception, whose message names the method and the endpoint that threw.
 */
public final class RemoteStackTrace extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RemoteStackTrace(String message, StackTraceElement[] serverFrames) {
    super(message, null, false, true);
    setStackTrace(serverFrames);
  }
}
