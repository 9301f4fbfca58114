package io.proxima;

/** The peer refused what this side sent: an unknown class, a declared length beyond the frame, a frame too large, or a malformed frame. */
public class RefusedInputException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public RefusedInputException(String message) {
    super(message);
  }

  public RefusedInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
