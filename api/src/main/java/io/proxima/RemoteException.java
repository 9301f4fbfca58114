package io.proxima;

/**
 * The root of every failure that Proxima itself reports: the call could not be made, did not
 * complete, or its input was refused. Application exceptions declared by a remote method are not
 * wrapped: they arrive as themselves.
 *
 * <p>Messages name the endpoint, the object and the method involved, and the remedy where one
 * is known.
 */
public class RemoteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RemoteException(String message) {
    super(message);
  }

  public RemoteException(String message, Throwable cause) {
    super(message, cause);
  }
}
