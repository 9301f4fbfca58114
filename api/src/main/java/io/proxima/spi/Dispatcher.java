package io.proxima.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The server side of one exported object, generated as {@code Foo_Dispatcher}: selects the
 * skeleton method for a method id.
 *
 * <p>Implementations are thread-safe when the target object is.
 */
public interface Dispatcher {

  /** Returned for a synchronous or one-way method: its result, if any, is already written. */
  CompletionStage<Object> WRITTEN = CompletableFuture.completedStage(null);

  /**
   * Decodes the arguments of method {@code methodId} from {@code arguments} and calls the target.
   * A synchronous method's result is written to {@code result} and {@link #WRITTEN} is returned;
   * an asynchronous method's future is returned as the target gave it, and the runtime encodes
   * its value when it completes.
   *
   * @return null if the interface has no method with that id (the caller's interface differs)
   * @throws Exception whatever the target method threw
   */
  CompletionStage<?> dispatch(int methodId, ValueReader arguments, ValueWriter result) throws Exception;
}
