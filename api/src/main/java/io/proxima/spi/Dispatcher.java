package io.proxima.spi;

/**
 * The server side of one exported object, generated as {@code Foo_Dispatcher}: selects the
 * skeleton method for a method id.
 *
 * <p>Implementations are thread-safe when the target object is.
 */
public interface Dispatcher {

  /**
   * Decodes the arguments of method {@code methodId} from {@code arguments}, calls the target,
   * and writes the result to {@code result}.
   *
   * @return false if the interface has no method with that id (the caller's interface differs)
   * @throws Exception whatever the target method threw
   */
  boolean dispatch(int methodId, ValueReader arguments, ValueWriter result) throws Exception;
}
