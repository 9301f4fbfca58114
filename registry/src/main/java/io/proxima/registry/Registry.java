package io.proxima.registry;

import io.proxima.ObjectId;
import io.proxima.Remote;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.runtime.Replicas;
import java.util.List;

/**
 * The naming registry: hierarchical names (such as {@code accounts/alice}, see {@link
 * RegistryNames}) mapped to remote objects. A name may hold several objects of one interface,
 * replicas of one service: a {@linkplain #lookup(String, Class) lookup} returns one proxy that
 * spreads calls over them and fails over between them.
 *
 * <pre>{@code
 * Registry registry = Registry.locate(node, "localhost", Registry.DEFAULT_PORT);
 * registry.bind("accounts/alice", new AccountImpl());        // on the server's node
 * Account alice = registry.lookup("accounts/alice", Account.class);   // anywhere
 * }</pre>
 *
 * <p>Objects are passed by reference: binding an object exports it on its node, and the registry
 * holds a reference to it. Bindings are durable. A {@linkplain BindingLifetime#LEASED leased}
 * binding (the default) lasts while the bound object's node is alive; a {@linkplain
 * BindingLifetime#PERSISTENT persistent} one until it is removed. Writes are allowed from the
 * registry's own host, or through the view {@link #authenticate} returns; reads are open.
 *
 * <p>A registry is itself a remote object, exported at the well-known id {@link #OBJECT_ID} so
 * that {@link #locate} needs only a host and a port. Proxies are thread-safe.
 */
@Remote
public interface Registry {
  /** The port a standalone registry listens on unless told otherwise. */
  int DEFAULT_PORT = RegistryAddress.DEFAULT_PORT;

  /** The object id every registry is exported at. */
  ObjectId OBJECT_ID = new ObjectId(0, 2);

  /**
   * Binds {@code name} to {@code object}.
   *
   * @param object a remote object: a proxy, or an object implementing a {@code @Remote} interface
   * @throws AlreadyBoundException if the name holds an object already
   * @throws IllegalArgumentException if the name is invalid or the object is not a remote object
   */
  void bind(String name, Object object, BindingLifetime lifetime) throws AlreadyBoundException;

  /** Binds {@code name} to {@code object}, replacing whatever it held. */
  void rebind(String name, Object object, BindingLifetime lifetime);

  /**
   * Adds {@code object} to the replicas of {@code name} (binding it if it held nothing); adding
   * a replica already there changes nothing.
   *
   * @throws IllegalArgumentException if the name's replicas implement another interface
   */
  void addReplica(String name, Object object, BindingLifetime lifetime);

  /** Removes every object bound under {@code name}. */
  void unbind(String name) throws NotBoundException;

  /** Removes one replica of {@code name}. */
  void removeReplica(String name, Object object) throws NotBoundException;

  /** The objects bound under {@code name}, as proxies, in the order they were bound. */
  List<Object> lookupAll(String name) throws NotBoundException;

  /** The bound names that start with {@code prefix} (segment-wise; "" lists all), sorted. */
  List<String> list(String prefix);

  /** Calls {@code watcher} for every later change to a name under {@code prefix}. */
  void watch(String prefix, RegistryWatcher watcher);

  /** Stops calling {@code watcher}. */
  void unwatch(RegistryWatcher watcher);

  /**
   * Returns a view of this registry whose writes are allowed from any host.
   *
   * @throws AccessDeniedException if {@code secret} is not the registry's secret, or it has none
   */
  Registry authenticate(String secret) throws AccessDeniedException;

  /** Binds {@code name} to {@code object} for as long as the object's node is alive. */
  default void bind(String name, Object object) throws AlreadyBoundException {
    bind(name, object, BindingLifetime.LEASED);
  }

  /** Binds {@code name} to {@code object} for as long as its node is alive, replacing what it held. */
  default void rebind(String name, Object object) {
    rebind(name, object, BindingLifetime.LEASED);
  }

  /**
   * Returns the object bound under {@code name} as a {@code type}: a proxy of the one object, or,
   * when the name holds replicas, one proxy that spreads calls over them (round robin) and moves
   * to another when one fails before the call was sent, or fails in any way for an
   * {@code @Idempotent} method.
   *
   * @throws NotBoundException if the name holds nothing
   * @throws IllegalArgumentException if the bound object is not a {@code type}
   */
  default <T> T lookup(String name, Class<T> type) throws NotBoundException {
    List<Object> replicas = lookupAll(name);
    for (Object replica : replicas) {
      if (!type.isInstance(replica)) {
        throw new IllegalArgumentException("'" + name + "' is bound to a " + describe(replica) + ", not a "
            + type.getName());
      }
    }
    return Replicas.of(type, replicas.stream().map(type::cast).toList());
  }

  /** A proxy of the registry at {@code host:port}, calling through {@code node}. No connection is made yet. */
  static Registry locate(Node node, String host, int port) {
    RemoteRef ref = new RemoteRef(host, port, RemoteRef.ANY_INCARNATION, OBJECT_ID, Registry.class.getName(),
        new Registry_Descriptor().fingerprint());
    return node.proxy(ref, Registry.class);
  }

  private static String describe(Object replica) {
    RemoteRef ref = io.proxima.spi.RemoteProxy.refOf(replica);
    return ref != null ? ref.interfaceName() : replica.getClass().getName();
  }
}
