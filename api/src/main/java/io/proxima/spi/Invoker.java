package io.proxima.spi;

import io.proxima.RemoteRef;

/**
 * What a generated proxy calls: the runtime's side of one remote reference.
 *
 * <p>Implementations are thread-safe; many calls may be in flight at once.
 */
public interface Invoker {

  /** The reference this invoker calls. */
  RemoteRef ref();

  /**
   * Starts a call of {@code method}. The proxy writes the arguments to the returned call, calls
   * {@link Call#invoke()}, reads the result and closes the call.
   */
  Call newCall(MethodDescriptor method);
}
