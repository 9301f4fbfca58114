package io.proxima.registry;

/** How long a binding lasts. */
public enum BindingLifetime {
  /**
   * While the node that exports the bound object is alive: the registry checks it periodically
   * and removes the binding when it has not answered for the registry's binding lease time (or at
   * once when it restarted). The default.
   */
  LEASED,
  /** Until it is unbound or replaced, surviving its server (for objects activated on demand). */
  PERSISTENT
}
