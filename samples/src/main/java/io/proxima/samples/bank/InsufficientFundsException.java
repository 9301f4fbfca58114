package io.proxima.samples.bank;

/** A withdrawal asked for more than the balance; carries by how much. */
public final class InsufficientFundsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final long shortBy;

  public InsufficientFundsException(String message, long shortBy) {
    super(message);
    this.shortBy = shortBy;
  }

  public long shortBy() {
    return shortBy;
  }
}
