package io.proxima.samples.bank;

/** A deposit above the account's single-deposit limit. */
public final class LimitExceededException extends Exception {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }
}
