package io.proxima;

/** The server failed in a way that cannot travel as an application exception: an Error, an undeclared checked exception, an exception whose class is not allowed on the wire, or a result that could not be encoded. The message names the original class and the server-side stack trace is attached. */
public class ServerException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public ServerException(String message) {
    super(message);
  }

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
