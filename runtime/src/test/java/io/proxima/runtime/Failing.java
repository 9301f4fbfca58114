package io.proxima.runtime;

import io.proxima.Remote;

/** A remote interface whose methods fail in every way a remote method can. */
@Remote
public interface Failing {
  void throwChecked(String message, int code) throws AppException;

  void throwUnchecked(String message);

  /** Throws a runtime exception whose class no signature mentions. */
  void throwUnlisted(String message);

  /** Throws an Error. */
  void throwError();

  /** Sleeps, then returns how long it slept. */
  long sleep(long millis);

  /** Returns a value whose class is not allowed on the wire. */
  Object returnUnlisted();

  /** Accepts anything allowed on the wire. */
  String accept(Object anything);

  /** A checked application exception with a field of its own. */
  final class AppException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    public AppException(String message, int code) {
      super(message);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }
}
