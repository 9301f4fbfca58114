package io.proxima.registry.internal;

import io.proxima.RemoteRef;
import io.proxima.registry.RegistryNames;

/**
 * One reference bound to a name in the registry. A name may hold several bindings, its replicas.
 *
 * @param name the name (see {@link RegistryNames})
 * @param ref the bound object
 * @param persistent true if the binding outlives the server that made it; false if it is leased
 *     and goes away when that server dies
 */
public record Binding(String name, RemoteRef ref, boolean persistent) {
  public Binding {
    RegistryNames.checkName(name);
  }

  /** Whether {@code other} binds the same object, so the two are one replica (flags aside). */
  public boolean sameReplicaAs(Binding other) {
    return name.equals(other.name) && ref.sameObjectAs(other.ref);
  }
}
