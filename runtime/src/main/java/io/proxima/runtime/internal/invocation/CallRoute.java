package io.proxima.runtime.internal.invocation;

import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.PendingCall;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.MethodDescriptor;
import java.util.concurrent.CompletableFuture;

/** Where a proxy's calls go: one remote object, or one of several replicas. */
interface CallRoute {
  /**
   * Sends a synchronous call and returns the encoded result, received in {@code call}, which the
   * caller releases (or throws what the call failed with).
   */
  Payload send(MethodDescriptor method, WireWriter arguments, PendingCall call);

  /** Sends an asynchronous call; {@code arguments} may be closed once this returns. */
  <T> CompletableFuture<T> sendAsync(MethodDescriptor method, WireWriter arguments);

  void sendOneWay(MethodDescriptor method, WireWriter arguments);

  /** Where calls go, for messages. */
  String endpoint();
}
