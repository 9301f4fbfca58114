package io.proxima.runtime;

import io.proxima.runtime.internal.invocation.CurrentCaller;
import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;

/**
 * What an exported object's method can learn about the remote call it is serving. Valid on the
 * thread that runs the method, until it returns (not in stages an asynchronous method completes
 * later).
 */
public final class CallContext {
  private CallContext() {}

  /** The address the caller's connection comes from, or null when the current thread is not serving a remote call. */
  public static @Nullable InetSocketAddress callerAddress() {
    return CurrentCaller.address() instanceof InetSocketAddress address ? address : null;
  }
}
