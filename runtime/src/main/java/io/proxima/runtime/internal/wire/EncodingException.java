package io.proxima.runtime.internal.wire;

/**
 * This side could not encode a value: its class is not allowed on the wire, it nests too deeply,
 * or the message grew too large. The transport reports it as {@link
 * io.proxima.MarshallingException}, adding the endpoint and the method.
 */
public final class EncodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EncodingException(String message) {
    super(message);
  }

  public EncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
