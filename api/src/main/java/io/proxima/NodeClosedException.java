package io.proxima;

/** The node that should make or serve the call is shutting down or closed, and refuses new calls. Calls already running when shutdown began are allowed to finish. */
public class NodeClosedException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public NodeClosedException(String message) {
    super(message);
  }

  public NodeClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
