package io.proxima;

/** Client and server were compiled against different versions of a remote interface (their fingerprints differ). Nothing was decoded; recompile both sides against the same interface. */
public class IncompatibleInterfaceException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public IncompatibleInterfaceException(String message) {
    super(message);
  }

  public IncompatibleInterfaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
