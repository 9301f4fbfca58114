package io.proxima.runtime;

final class FailingImpl implements Failing {
  /** A class that no remote signature reaches, so it may not travel. */
  static final class Unlisted {
    final String name = "unlisted";
  }

  /** A runtime exception that no remote signature reaches. */
  static final class UnlistedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnlistedException(String message) {
      super(message);
    }
  }

  @Override
  public void throwChecked(String message, int code) throws AppException {
    throw new AppException(message, code);
  }

  @Override
  public void throwUnchecked(String message) {
    throw new IllegalStateException(message);
  }

  @Override
  public void throwUnlisted(String message) {
    throw new UnlistedException(message);
  }

  @Override
  public void throwError() {
    throw new AssertionError("broken invariant");
  }

  @Override
  public long sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return millis;
  }

  @Override
  public Object returnUnlisted() {
    return new Unlisted();
  }

  @Override
  public String accept(Object anything) {
    return anything.getClass().getName();
  }
}
