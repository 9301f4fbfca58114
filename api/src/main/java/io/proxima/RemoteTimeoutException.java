package io.proxima;

/** The call's deadline passed before its reply arrived. The call may or may not have run on the server. */
public class RemoteTimeoutException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public RemoteTimeoutException(String message) {
    super(message);
  }

  public RemoteTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
