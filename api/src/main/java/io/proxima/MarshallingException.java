package io.proxima;

/** A value could not be encoded or decoded on this side: its type is not allowed on the wire, or it cannot be copied. The message names the value's type and the method. */
public class MarshallingException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public MarshallingException(String message) {
    super(message);
  }

  public MarshallingException(String message, Throwable cause) {
    super(message, cause);
  }
}
