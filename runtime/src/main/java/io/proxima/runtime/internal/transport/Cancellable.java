package io.proxima.runtime.internal.transport;

/** A call being served that its caller, or the loss of its connection, can cancel. */
public interface Cancellable {
  void cancel();
}
