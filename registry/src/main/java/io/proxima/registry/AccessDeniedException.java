package io.proxima.registry;

import io.proxima.RemoteException;

/**
 * A write to the registry (bind, rebind, unbind) from a caller that is not allowed to write: by
 * default only callers on the registry's own host, or callers that presented the registry's
 * secret with {@link Registry#authenticate}, may write.
 */
public final class AccessDeniedException extends RemoteException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
