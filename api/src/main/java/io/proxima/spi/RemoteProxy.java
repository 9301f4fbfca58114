package io.proxima.spi;

import io.proxima.RemoteRef;

/**
 * The base class of generated proxies: equality, hash code and string form by remote reference.
 * Two proxies are equal when they denote the same remote object.
 */
public abstract class RemoteProxy {
  protected final Invoker invoker;

  protected RemoteProxy(Invoker invoker) {
    this.invoker = invoker;
  }

  /** Returns the reference behind {@code proxy}, or null if it is not a Proxima proxy. */
  public static RemoteRef refOf(Object proxy) {
    return proxy instanceof RemoteProxy remote ? remote.invoker.ref() : null;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof RemoteProxy remote && invoker.ref().equals(remote.invoker.ref());
  }

  @Override
  public final int hashCode() {
    return invoker.ref().hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + invoker.ref().toUri() + "]";
  }
}
