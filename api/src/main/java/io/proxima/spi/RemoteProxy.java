package io.proxima.spi;

import io.proxima.RemoteRef;

/**
 * The base class of generated proxies: equality, hash code and string form by remote reference.
 *
 * <p>Two proxies are equal when they denote the same remote object: the same object id exported
 * by the same node incarnation, whatever path the reference took to get here. A node hands out
 * one proxy instance per remote object, so equal proxies from one node are usually the same
 * instance. {@code toString()} shows the reference as a URI.
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

  /** Returns the invoker behind {@code proxy}, or null if it is not a Proxima proxy; for the runtime. */
  public static Invoker invokerOf(Object proxy) {
    return proxy instanceof RemoteProxy remote ? remote.invoker : null;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof RemoteProxy remote && invoker.ref().sameObjectAs(remote.invoker.ref());
  }

  @Override
  public final int hashCode() {
    return invoker.ref().objectId().hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + invoker.ref().toUri() + "]";
  }
}
