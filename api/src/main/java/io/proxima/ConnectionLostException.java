package io.proxima;

/** The connection to the server closed while the call was in flight. The call may or may not have run on the server. */
public class ConnectionLostException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public ConnectionLostException(String message) {
    super(message);
  }

  public ConnectionLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
