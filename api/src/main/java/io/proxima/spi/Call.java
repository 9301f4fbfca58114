package io.proxima.spi;

/**
 * One remote call being made by a generated proxy: first the arguments are written, then
 * {@link #invoke()} sends it and waits for the reply, then the result is read.
 *
 * <p>Not thread-safe: a call belongs to the thread that made it. Closing it returns its buffers.
 */
public interface Call extends ValueWriter, ValueReader, AutoCloseable {

  /**
   * Sends the call and waits for its reply, so that the result can be read. An exception the
   * remote method threw is rethrown here as itself; Proxima's own failures are thrown as
   * {@link io.proxima.RemoteException} subclasses.
   */
  void invoke();

  @Override
  void close();
}
