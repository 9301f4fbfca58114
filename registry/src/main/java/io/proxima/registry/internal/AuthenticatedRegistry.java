package io.proxima.registry.internal;

import io.proxima.registry.AccessDeniedException;
import io.proxima.registry.AlreadyBoundException;
import io.proxima.registry.BindingLifetime;
import io.proxima.registry.NotBoundException;
import io.proxima.registry.Registry;
import io.proxima.registry.RegistryWatcher;
import java.util.List;

/**
 * A registry view whose writes are allowed from anywhere: what {@link Registry#authenticate}
 * returns to a caller that presented the secret, and what code in the registry's JVM uses. Passed
 * by reference, so holding its proxy is the permission; it is exported while someone holds it.
 *
 * <p>Thread-safe.
 */
final class AuthenticatedRegistry implements Registry {
  private final BindingTable table;
  private final Registry registry;

  /** @param registry the checked registry, which serves reads, watches and authenticate */
  AuthenticatedRegistry(BindingTable table, Registry registry) {
    this.table = table;
    this.registry = registry;
  }

  @Override
  public void bind(String name, Object object, BindingLifetime lifetime) throws AlreadyBoundException {
    table.bind(name, object, lifetime);
  }

  @Override
  public void rebind(String name, Object object, BindingLifetime lifetime) {
    table.rebind(name, object, lifetime);
  }

  @Override
  public void addReplica(String name, Object object, BindingLifetime lifetime) {
    table.addReplica(name, object, lifetime);
  }

  @Override
  public void unbind(String name) throws NotBoundException {
    table.unbind(name);
  }

  @Override
  public void removeReplica(String name, Object object) throws NotBoundException {
    table.removeReplica(name, object);
  }

  @Override
  public List<Object> lookupAll(String name) throws NotBoundException {
    return registry.lookupAll(name);
  }

  @Override
  public List<String> list(String prefix) {
    return registry.list(prefix);
  }

  @Override
  public void watch(String prefix, RegistryWatcher watcher) {
    registry.watch(prefix, watcher);
  }

  @Override
  public void unwatch(RegistryWatcher watcher) {
    registry.unwatch(watcher);
  }

  @Override
  public Registry authenticate(String secret) throws AccessDeniedException {
    return registry.authenticate(secret);
  }
}
