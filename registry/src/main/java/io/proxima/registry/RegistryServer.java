package io.proxima.registry;

import io.proxima.registry.internal.BindingStore;
import io.proxima.registry.internal.RegistryImpl;
import io.proxima.runtime.Node;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A naming registry served by a {@link Node}: embedded in an application's node with {@link
 * #embed}, or standalone with {@link #main} ({@code java -jar proxima-registry.jar --port 1100}).
 *
 * <pre>{@code
 * try (Node node = Node.builder().port(Registry.DEFAULT_PORT).start();
 *      RegistryServer registry = RegistryServer.embed(node, Settings.durable(Path.of("registry-data")))) {
 *   node.awaitTermination();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RegistryServer implements AutoCloseable {
  private final Node node;
  private final BindingStore store;
  private final RegistryImpl registry;
  private final RegistryAddress address;

  private RegistryServer(Node node, BindingStore store, RegistryImpl registry, RegistryAddress address) {
    this.node = node;
    this.store = store;
    this.registry = registry;
    this.address = address;
  }

  /**
   * Adds a registry to {@code node}, exported at {@link Registry#OBJECT_ID} so that {@link
   * Registry#locate} finds it at the node's address.
   *
   * @throws IllegalArgumentException if the node does not listen
   * @throws IllegalStateException if the node serves a registry already, or the data directory is
   *     in use or unreadable
   */
  public static RegistryServer embed(Node node, Settings settings) {
    InetSocketAddress listening = node.localAddress();
    if (listening == null) {
      throw new IllegalArgumentException("a registry needs a node that listens; build it with"
          + " Node.builder().port(" + Registry.DEFAULT_PORT + ")");
    }
    Path directory = settings.dataDirectory();
    BindingStore store = directory == null ? BindingStore.inMemory() : BindingStore.open(directory);
    RegistryImpl registry = null;
    try {
      registry = new RegistryImpl(node, store, settings.bindingLease(), settings.writeSecret(),
          settings.localWrites());
      node.exportWellKnown(Registry.OBJECT_ID, registry, Registry.class);
      return new RegistryServer(node, store, registry,
          new RegistryAddress(listening.getHostString(), listening.getPort(), ""));
    } catch (RuntimeException e) {
      if (registry != null) {
        registry.close();
      }
      store.close();
      throw e;
    }
  }

  /** Where clients find this registry: {@code proxima://host:port}. */
  public RegistryAddress address() {
    return address;
  }

  /**
   * The registry itself, for code in this JVM: no network, and writes are always allowed (they are
   * not checked against a caller's host).
   */
  public Registry registry() {
    return registry.trusted();
  }

  /** Stops serving the registry (calls get {@code NoSuchObjectException}) and closes its data. Idempotent. */
  @Override
  public void close() {
    node.unexport(registry);
    registry.close();
    store.close();
  }

  @Override
  public String toString() {
    return "RegistryServer[" + address + ", " + store + "]";
  }

  /**
   * Runs the standalone registry; see {@link RegistryOptions#usage()}. Prints {@code READY
   * proxima://host:port} once it serves, and closes gracefully on SIGTERM. Exits with 2 on a bad
   * command line, 1 if it cannot start.
   */
  public static void main(String[] args) throws InterruptedException {
    StandaloneRegistry.main(args);
  }

  /**
   * How an embedded registry keeps its bindings and whom it lets write.
   *
   * @param dataDirectory where the bindings are kept durably; null to keep them in memory only
   * @param bindingLease how long a leased binding outlives the last answer of its object's node
   * @param writeSecret the secret {@link Registry#authenticate} accepts; null if none
   * @param localWrites whether callers on the registry's own host may write without the secret
   */
  public record Settings(
      @Nullable Path dataDirectory, Duration bindingLease, @Nullable String writeSecret, boolean localWrites) {
    /** The binding lease unless told otherwise. */
    public static final Duration DEFAULT_BINDING_LEASE = Duration.ofSeconds(10);

    public Settings {
      if (bindingLease.isNegative() || bindingLease.toMillis() < 300) {
        throw new IllegalArgumentException("bindingLease must be at least 300 ms, got " + bindingLease);
      }
      if (writeSecret != null && writeSecret.isEmpty()) {
        throw new IllegalArgumentException("writeSecret must not be empty; pass null for none");
      }
    }

    /** Bindings kept in {@code dataDirectory}, surviving restarts; local writes allowed, no secret. */
    public static Settings durable(Path dataDirectory) {
      return new Settings(dataDirectory, DEFAULT_BINDING_LEASE, null, true);
    }

    /** Bindings kept in memory only, for tests and throwaway registries. */
    public static Settings inMemory() {
      return new Settings(null, DEFAULT_BINDING_LEASE, null, true);
    }

    public Settings withBindingLease(Duration lease) {
      return new Settings(dataDirectory, lease, writeSecret, localWrites);
    }

    public Settings withWriteSecret(@Nullable String secret) {
      return new Settings(dataDirectory, bindingLease, secret, localWrites);
    }

    /** Whether callers on the registry's host may write without the secret (default true). */
    public Settings withLocalWrites(boolean allowed) {
      return new Settings(dataDirectory, bindingLease, writeSecret, allowed);
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
      return "Settings[dataDirectory=" + (dataDirectory == null ? "in memory" : dataDirectory)
          + ", bindingLease=" + bindingLease + ", writeSecret=" + (writeSecret == null ? "none" : "(hidden)")
          + ", localWrites=" + localWrites + "]";
    }
  }
}
