package io.proxima.registry;

import io.proxima.RemoteException;

/** {@link Registry#bind} found the name bound already; {@link Registry#rebind} replaces a binding. */
public final class AlreadyBoundException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public AlreadyBoundException(String message) {
    super(message);
  }
}
