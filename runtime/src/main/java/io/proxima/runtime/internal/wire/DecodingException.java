package io.proxima.runtime.internal.wire;

/**
 * Input from the peer was refused: an unknown class id, a class named on the wire, a declared
 * length beyond the end of the message, nesting beyond the limit, a truncated or malformed message.
 * The transport reports it as {@link io.proxima.RefusedInputException} (or closes the connection),
 * adding the endpoint and the method.
 */
public final class DecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DecodingException(String message) {
    super(message);
  }

  public DecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
