package io.proxima.registry.internal;

import io.proxima.registry.AccessDeniedException;
import io.proxima.registry.AlreadyBoundException;
import io.proxima.registry.BindingLifetime;
import io.proxima.registry.NotBoundException;
import io.proxima.registry.Registry;
import io.proxima.registry.RegistryWatcher;
import io.proxima.runtime.Node;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The registry service exported at {@link Registry#OBJECT_ID}: checks who may write, then works on
 * the {@link BindingTable}. Reads and watches are open to every caller. Leased bindings are checked
 * by a {@link LivenessChecker} from construction until {@link #close}.
 *
 * <p>Thread-safe. Does not own the store or the node; whoever opened them closes them.
 */
public final class RegistryImpl implements Registry, AutoCloseable {
  private final BindingTable table;
  private final Watchers watchers = new Watchers();
  private final WriteAccess access;
  private final LivenessChecker checker;

  /**
   * Serves the bindings in {@code store} through {@code node}, taking a lease on every bound
   * object.
   *
   * @param bindingLease how long a leased binding outlives the last answer of its object's node
   * @param writeSecret the secret {@link #authenticate} accepts; null if none
   * @param localWritesAllowed whether callers on this host may write without the secret
   */
  public RegistryImpl(Node node, BindingStore store, Duration bindingLease, @Nullable String writeSecret,
      boolean localWritesAllowed) {
    this.table = new BindingTable(node, store, watchers);
    this.access = new WriteAccess(writeSecret, localWritesAllowed);
    this.checker = new LivenessChecker(node, table, bindingLease);
    checker.start();
  }

  /** A view whose writes are not checked, for code in the registry's own JVM. */
  public Registry trusted() {
    return new AuthenticatedRegistry(table, this);
  }

  @Override
  public void bind(String name, Object object, BindingLifetime lifetime) throws AlreadyBoundException {
    access.checkWrite("bind", name);
    table.bind(name, object, lifetime);
  }

  @Override
  public void rebind(String name, Object object, BindingLifetime lifetime) {
    access.checkWrite("rebind", name);
    table.rebind(name, object, lifetime);
  }

  @Override
  public void addReplica(String name, Object object, BindingLifetime lifetime) {
    access.checkWrite("addReplica", name);
    table.addReplica(name, object, lifetime);
  }

  @Override
  public void unbind(String name) throws NotBoundException {
    access.checkWrite("unbind", name);
    table.unbind(name);
  }

  @Override
  public void removeReplica(String name, Object object) throws NotBoundException {
    access.checkWrite("removeReplica", name);
    table.removeReplica(name, object);
  }

  @Override
  public List<Object> lookupAll(String name) throws NotBoundException {
    return table.lookupAll(name);
  }

  @Override
  public List<String> list(String prefix) {
    return table.list(prefix);
  }

  @Override
  public void watch(String prefix, RegistryWatcher watcher) {
    watchers.watch(prefix, watcher);
  }

  @Override
  public void unwatch(RegistryWatcher watcher) {
    watchers.unwatch(watcher);
  }

  /** Returns a new view, exported on demand when it travels, whose writes skip the host check. */
  @Override
  public Registry authenticate(String secret) throws AccessDeniedException {
    access.checkSecret(secret);
    return trusted();
  }

  /** Stops the liveness checks and the delivery of events. */
  @Override
  public void close() {
    checker.close();
    watchers.close();
  }
}
