package io.proxima.runtime.internal.wire;

/**
 * An exception class no table allows. Tests name it in crafted serialized streams (its name has
 * the same length as {@link AllowedProbeException}'s, so one can be patched into the other) and
 * check that its static initializer never runs.
 */
final class RefusedProbeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static {
    Flags.REFUSED_EXCEPTION_INITIALIZED.set(true);
  }

  private RefusedProbeException() {}
}
