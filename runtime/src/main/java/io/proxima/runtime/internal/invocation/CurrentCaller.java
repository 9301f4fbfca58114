package io.proxima.runtime.internal.invocation;

import java.net.SocketAddress;
import org.jspecify.annotations.Nullable;

/** The peer whose call the current thread is serving, while it serves it. */
public final class CurrentCaller {
  private static final ThreadLocal<SocketAddress> ADDRESS = new ThreadLocal<>();

  private CurrentCaller() {}

  /** The remote address of the caller, or null when the thread is not serving a remote call. */
  public static @Nullable SocketAddress address() {
    return ADDRESS.get();
  }

  /** Sets the caller for the current thread; returns the one it replaces, to restore after a nested call. */
  static @Nullable SocketAddress enter(SocketAddress caller) {
    SocketAddress outer = ADDRESS.get();
    ADDRESS.set(caller);
    return outer;
  }

  /** Restores the caller {@link #enter} replaced (null keeps the thread's entry, sparing an allocation per call). */
  static void leave(@Nullable SocketAddress outer) {
    ADDRESS.set(outer);
  }
}
