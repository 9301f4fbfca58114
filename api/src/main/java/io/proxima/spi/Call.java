package io.proxima.spi;

import java.util.concurrent.CompletableFuture;

/**
 * One remote call being made by a generated proxy: first the arguments are written, then the
 * call is sent with the {@code invoke} method that matches the method's {@link MethodDescriptor.Kind},
 * then (for a synchronous call) the result is read.
 *
 * <p>Not thread-safe: a call belongs to the thread that made it. Closing it returns its buffers.
 */
public interface Call extends ValueWriter, ValueReader, AutoCloseable {

  /**
   * Sends a synchronous call and waits for its reply, so that the result can be read. An
   * exception the remote method threw is rethrown here as itself; Proxima's own failures are
   * thrown as {@link io.proxima.RemoteException} subclasses.
   */
  void invoke();

  /**
   * Sends an asynchronous call without waiting. The future completes with the result, or
   * exceptionally with what {@link #invoke()} would have thrown; cancelling it cancels the call
   * on the server.
   *
   * @param <T> the future's value type, {@link MethodDescriptor#asyncResultType()}
   */
  <T> CompletableFuture<T> invokeAsync();

  /** Sends a one-way call and returns; nothing is awaited and later failures are only logged. */
  void invokeOneWay();

  @Override
  void close();
}
