package io.proxima;

/** The call could not start: no connection to the server's endpoint could be made (refused, unreachable, or connect timeout). The request was never sent, so retrying is safe. */
public class ServerUnreachableException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public ServerUnreachableException(String message) {
    super(message);
  }

  public ServerUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
