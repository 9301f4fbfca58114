package io.proxima.runtime.internal.wire;

/** An exception class the tests allow; its serialized form is patched to name {@link RefusedProbeException}. */
final class AllowedProbeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AllowedProbeException(String message) {
    super(message);
  }
}
