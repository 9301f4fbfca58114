package io.proxima.registry.internal;

import io.proxima.RemoteRef;
import io.proxima.registry.AlreadyBoundException;
import io.proxima.registry.BindingLifetime;
import io.proxima.registry.NotBoundException;
import io.proxima.registry.RegistryEvent;
import io.proxima.registry.RegistryEvent.Change;
import io.proxima.registry.RegistryNames;
import io.proxima.runtime.Node;
import io.proxima.spi.RemoteProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's bindings: written through to the {@link BindingStore}, with the registry node's
 * proxy of every bound object held in memory (see {@link HeldReplica}), and every change told to
 * the {@link Watchers}. No access checks: {@link RegistryImpl} makes them.
 *
 * <p>Thread-safe. Writes are serialized, so the store, the held proxies and the order of events
 * agree; a write returns once it is durable. Reads take no lock and see every write that returned.
 */
final class BindingTable {
  private static final Logger log = LoggerFactory.getLogger(BindingTable.class);

  private final Node node;
  private final BindingStore store;
  private final Watchers watchers;
  private final Object writeLock = new Object();
  /**
   * Each name's replicas in the order they were added; the lists are immutable. Reads are served
   * from here, not from the store, so that they see a write only once it is durable, and list and
   * lookup agree.
   */
  private final NavigableMap<String, List<HeldReplica>> replicasByName = new ConcurrentSkipListMap<>();

  /** Takes over the bindings in {@code store}, making a proxy for each (no connection is made yet). */
  BindingTable(Node node, BindingStore store, Watchers watchers) {
    this.node = node;
    this.store = store;
    this.watchers = watchers;
    for (Binding binding : store.all()) {
      replicasByName.merge(binding.name(), List.of(new HeldReplica(binding, node.proxy(binding.ref()))),
          BindingTable::concat);
    }
  }

  void bind(String name, @Nullable Object object, @Nullable BindingLifetime lifetime) throws AlreadyBoundException {
    HeldReplica replica = hold("bind", name, object, lifetime);
    synchronized (writeLock) {
      if (!store.bind(replica.binding())) {
        throw new AlreadyBoundException("'" + name + "' is bound already; rebind replaces what it holds,"
            + " addReplica adds another replica, unbind removes it");
      }
      replicasByName.put(name, List.of(replica));
      watchers.publish(new RegistryEvent(name, Change.BOUND, 1));
    }
  }

  void rebind(String name, @Nullable Object object, @Nullable BindingLifetime lifetime) {
    HeldReplica replica = hold("rebind", name, object, lifetime);
    synchronized (writeLock) {
      store.rebind(replica.binding());
      List<HeldReplica> before = replicasByName.put(name, List.of(replica));
      watchers.publish(new RegistryEvent(name, before == null ? Change.BOUND : Change.REBOUND, 1));
    }
  }

  void addReplica(String name, @Nullable Object object, @Nullable BindingLifetime lifetime) {
    HeldReplica replica = hold("addReplica", name, object, lifetime);
    String interfaceName = replica.binding().ref().interfaceName();
    synchronized (writeLock) {
      List<HeldReplica> before = replicasByName.getOrDefault(name, List.of());
      if (!before.isEmpty()) {
        String held = before.get(0).binding().ref().interfaceName();
        if (!held.equals(interfaceName)) {
          throw new IllegalArgumentException("cannot add a replica to '" + name + "': its replicas are " + held
              + " objects and this one is a " + interfaceName + "; the replicas of one name implement one"
              + " interface, so bind this object under another name");
        }
      }
      if (!store.addReplica(replica.binding())) {
        return; // that object is a replica of the name already
      }
      List<HeldReplica> after = concat(before, List.of(replica));
      replicasByName.put(name, after);
      watchers.publish(new RegistryEvent(name, before.isEmpty() ? Change.BOUND : Change.REPLICA_ADDED, after.size()));
    }
  }

  void unbind(String name) throws NotBoundException {
    RegistryNames.checkName(name);
    synchronized (writeLock) {
      if (!store.unbind(name)) {
        throw notBound(name);
      }
      replicasByName.remove(name);
      watchers.publish(new RegistryEvent(name, Change.UNBOUND, 0));
    }
  }

  void removeReplica(String name, @Nullable Object object) throws NotBoundException {
    RegistryNames.checkName(name);
    synchronized (writeLock) {
      HeldReplica found = null;
      for (HeldReplica replica : replicasByName.getOrDefault(name, List.of())) {
        if (isSameObject(replica, object)) {
          found = replica;
          break;
        }
      }
      if (found == null) {
        if (!replicasByName.containsKey(name)) {
          throw notBound(name);
        }
        throw new NotBoundException("'" + name + "' holds no replica " + describe(object)
            + "; lookupAll(\"" + name + "\") returns the replicas it holds");
      }
      removeHeld(found);
    }
  }

  /**
   * Returns the registry node's proxies of the objects bound under {@code name}, in the order they
   * were added.
   */
  List<Object> lookupAll(String name) throws NotBoundException {
    RegistryNames.checkName(name);
    List<HeldReplica> replicas = replicasByName.get(name);
    if (replicas == null) {
      throw notBound(name);
    }
    List<Object> proxies = new ArrayList<>(replicas.size());
    for (HeldReplica replica : replicas) {
      proxies.add(replica.proxy());
    }
    return proxies;
  }

  /** The bound names {@code prefix} selects, sorted. */
  List<String> list(String prefix) {
    RegistryNames.checkPrefix(prefix);
    List<String> names = new ArrayList<>();
    // Sorted keys: the names starting with the prefix text follow it; matches() drops "accountsx"
    // for the prefix "accounts".
    for (String name : replicasByName.tailMap(prefix, true).keySet()) {
      if (!name.startsWith(prefix)) {
        break;
      }
      if (RegistryNames.matches(prefix, name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** Every leased binding now. */
  List<Binding> leased() {
    List<Binding> leased = new ArrayList<>();
    for (List<HeldReplica> replicas : replicasByName.values()) {
      for (HeldReplica replica : replicas) {
        if (!replica.binding().persistent()) {
          leased.add(replica.binding());
        }
      }
    }
    return leased;
  }

  /**
   * Removes those of {@code bindings} that are still bound and still leased, telling watchers.
   *
   * @param reason why, for the log ("its node restarted")
   */
  void removeLeased(List<Binding> bindings, String reason) {
    synchronized (writeLock) {
      for (Binding binding : bindings) {
        for (HeldReplica replica : replicasByName.getOrDefault(binding.name(), List.of())) {
          if (!replica.binding().persistent() && replica.binding().sameReplicaAs(binding)) {
            removeHeld(replica);
            log.info("removed the leased binding '{}' of {}: {}", binding.name(), binding.ref().toUri(), reason);
            break;
          }
        }
      }
    }
  }

  /** Caller holds the write lock. */
  private void removeHeld(HeldReplica removed) {
    String name = removed.binding().name();
    if (!store.remove(name, removed.binding().ref())) {
      return;
    }
    List<HeldReplica> left = new ArrayList<>(replicasByName.getOrDefault(name, List.of()));
    left.remove(removed);
    if (left.isEmpty()) {
      replicasByName.remove(name);
      watchers.publish(new RegistryEvent(name, Change.UNBOUND, 0));
    } else {
      replicasByName.put(name, List.copyOf(left));
      watchers.publish(new RegistryEvent(name, Change.REPLICA_REMOVED, left.size()));
    }
  }

  /** Checks the arguments of a write and makes the replica it would add. */
  private HeldReplica hold(String operation, String name, @Nullable Object object,
      @Nullable BindingLifetime lifetime) {
    RegistryNames.checkName(name);
    if (lifetime == null) {
      throw new IllegalArgumentException(operation + " of '" + name + "' needs a lifetime: LEASED or PERSISTENT");
    }
    RemoteRef ref = referenceTo(operation, name, object);
    return new HeldReplica(new Binding(name, ref, lifetime == BindingLifetime.PERSISTENT), node.proxy(ref));
  }

  private RemoteRef referenceTo(String operation, String name, @Nullable Object object) {
    if (object == null) {
      throw notRemote(operation, name, "got null");
    }
    RemoteRef ref = RemoteProxy.refOf(object);
    if (ref != null) {
      return ref;
    }
    // An object of the registry's own JVM: it came home as itself, or was passed in-process. It is
    // pinned, since no lease of another node keeps it exported.
    try {
      return node.export(object);
    } catch (IllegalArgumentException e) {
      throw notRemote(operation, name, e.getMessage());
    }
  }

  private static boolean isSameObject(HeldReplica replica, @Nullable Object object) {
    if (object == null) {
      return false;
    }
    RemoteRef ref = RemoteProxy.refOf(object);
    return ref != null ? replica.binding().ref().sameObjectAs(ref) : replica.proxy() == object;
  }

  private static String describe(@Nullable Object object) {
    RemoteRef ref = object == null ? null : RemoteProxy.refOf(object);
    return ref != null ? ref.toUri() : String.valueOf(object);
  }

  private static IllegalArgumentException notRemote(String operation, String name, @Nullable String detail) {
    return new IllegalArgumentException(operation + " of '" + name + "' refused: bind takes a remote object: a"
        + " proxy, or an object implementing a @Remote interface; " + detail);
  }

  private static NotBoundException notBound(String name) {
    return new NotBoundException("'" + name + "' is not bound in this registry; bind it first, or see what is"
        + " bound with list(\"\")");
  }

  private static List<HeldReplica> concat(List<HeldReplica> first, List<HeldReplica> second) {
    List<HeldReplica> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
