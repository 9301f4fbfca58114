package io.proxima;

/** The server has no exported object with the reference's id: it was unexported, or the server restarted since the reference was made. */
public class NoSuchObjectException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public NoSuchObjectException(String message) {
    super(message);
  }

  public NoSuchObjectException(String message, Throwable cause) {
    super(message, cause);
  }
}
