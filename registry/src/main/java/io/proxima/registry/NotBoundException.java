package io.proxima.registry;

import io.proxima.RemoteException;

/** The name holds no object (it was never bound, was unbound, or its servers died). */
public final class NotBoundException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public NotBoundException(String message) {
    super(message);
  }
}
