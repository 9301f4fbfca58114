package io.proxima.runtime;

import io.proxima.NodeClosedException;
import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import io.proxima.runtime.internal.invocation.ExportedObjectTable;
import io.proxima.runtime.internal.invocation.IncomingCalls;
import io.proxima.runtime.internal.invocation.OutgoingCalls;
import io.proxima.runtime.internal.invocation.RemoteInterfaceCatalog;
import io.proxima.runtime.internal.reference.RemoteReferences;
import io.proxima.runtime.internal.transport.Transport;
import io.proxima.runtime.internal.transport.TransportConfig;
import io.proxima.runtime.internal.wire.ThrowableCodec;
import io.proxima.runtime.internal.wire.TypeTable;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.spi.RemoteInterface;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One Proxima endpoint in a JVM: it exports objects for other JVMs to call and makes proxies for
 * objects that other JVMs export.
 *
 * <pre>{@code
 * try (Node server = Node.builder().port(7000).start()) {
 *   RemoteRef ref = server.export(new AccountImpl());   // hand ref.toUri() to clients
 *   server.awaitTermination();
 * }
 * try (Node client = Node.builder().start()) {
 *   Account account = client.proxy(RemoteRef.parse(uri), Account.class);
 *   account.deposit(100);
 * }
 * }</pre>
 *
 * <p>Thread-safe. A node holds threads and sockets until {@link #close()}.
 */
public final class Node implements AutoCloseable {
  private final Builder settings;
  /**
   * Distinct per start, which is all an incarnation needs: the object ids are what cannot be
   * guessed. Not drawn from a {@code SecureRandom}, whose set-up costs a client's start tens of
   * milliseconds.
   */
  private final long incarnation = new SplittableRandom().nextLong();
  private final RemoteInterfaceCatalog catalog;
  private final ExportedObjectTable exports;
  private final IncomingCalls incoming;
  private final OutgoingCalls outgoing;
  private final RemoteReferences references;
  private final Transport transport;
  private final @Nullable InetSocketAddress localAddress;
  private final CountDownLatch terminated = new CountDownLatch(1);
  private volatile boolean closed;

  private Node(Builder settings) {
    this.settings = settings;
    this.catalog = RemoteInterfaceCatalog.load(settings.classLoader, RemoteReferences.builtInInterfaces());
    this.exports = new ExportedObjectTable(settings.directExecution);
    this.references = new RemoteReferences(incarnation, settings.host, catalog, exports, settings.leaseTime);
    TypeTable types = new TypeTable(catalog.all(), settings.allowedTypes);
    WireCodec codec = new WireCodec(types, settings.maxFrameBytes, references);
    // In a fresh JVM most of a start is loading classes, Kryo's for the codec and Netty's for the
    // transport: the two load on two threads at once.
    CompletableFuture<Void> codecPrepared = CompletableFuture.runAsync(codec::prepare, Node::startThread);
    ThrowableCodec throwables = new ThrowableCodec(types);
    this.incoming = new IncomingCalls(incarnation, exports, codec, throwables, settings.maxServerThreads,
        settings.maxQueuedCalls);
    this.transport = new Transport(
        new TransportConfig(settings.ioThreads, settings.maxFrameBytes, settings.connectTimeout,
            settings.maxOutstandingCalls, settings.sourceAddress, settings.ioPoll), incarnation, incoming);
    this.outgoing = new OutgoingCalls(transport, codec, throwables, settings.callTimeout, settings.maxFrameBytes);
    try {
      codecPrepared.join();
    } catch (CompletionException e) {
      abandonStart();
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    try {
      this.localAddress = settings.port < 0 ? null : transport.listen(settings.host, settings.port);
    } catch (RuntimeException e) {
      abandonStart();
      throw new IllegalStateException("cannot listen on " + settings.host + ":" + settings.port + ": " + e.getMessage(), e);
    }
    references.start(outgoing, localAddress == null ? 0 : localAddress.getPort());
  }

  /** Lets go of what a start that failed had made: its timer, its event loops, its lease threads. */
  private void abandonStart() {
    outgoing.close();
    transport.close();
    references.close();
  }

  private static void startThread(Runnable task) {
    Thread thread = new Thread(task, "proxima-start");
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns a builder for a node; without {@link Builder#port(int)} the node does not listen. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exports {@code target} through the one {@code @Remote} interface it implements and returns a
   * reference to it. Exporting the same object again returns an equal reference.
   *
   * <p>The object stays exported until {@link #unexport}: it is <em>pinned</em>, unlike objects
   * exported on demand because they were passed by reference, which live while other nodes hold
   * leases on them. A node that does not listen may export objects too; its references can be
   * called only over connections it opened (callbacks).
   *
   * @throws IllegalArgumentException if it implements no remote interface, or several (use
   *     {@link #export(Object, Class)})
   */
  public RemoteRef export(Object target) {
    List<RemoteInterface<?>> types = catalog.implementedBy(target.getClass());
    if (types.size() != 1) {
      throw new IllegalArgumentException(target.getClass().getName() + (types.isEmpty()
          ? " implements no @Remote interface known to this node"
          : " implements several remote interfaces (" + types.stream().map(t -> t.type().getName())
              .collect(Collectors.joining(", ")) + "); say which with export(target, type)"));
    }
    return exportAs(target, types.get(0));
  }

  /** Exports {@code target} through {@code type} and returns a reference to it. */
  public <T> RemoteRef export(T target, Class<T> type) {
    return exportAs(target, catalog.forType(type));
  }

  private <T> RemoteRef exportAs(Object target, RemoteInterface<T> type) {
    checkOpen();
    return references.exportPinned(type.type().cast(target), type);
  }

  /**
   * Exports {@code target} at the well-known object id {@code id}, for services that clients find
   * by address alone, such as a registry: the returned reference carries {@link
   * RemoteRef#ANY_INCARNATION}, which this node accepts for well-known ids. The object is pinned.
   *
   * @throws IllegalStateException if something is exported at {@code id} already
   */
  public <T> RemoteRef exportWellKnown(ObjectId id, T target, Class<T> type) {
    checkOpen();
    return references.exportWellKnown(id, type.cast(target), catalog.forType(type));
  }

  /** Stops exporting {@code target}; later calls to it fail with {@link io.proxima.NoSuchObjectException}. */
  public boolean unexport(Object target) {
    return exports.unexport(target);
  }

  /**
   * Returns this node's proxy for the object {@code ref} denotes: the same instance for as long as
   * the application holds it, or the object itself if {@code ref} is to an object of this node.
   * While the proxy is reachable, this node holds a lease on the object. No connection is made
   * until the first call.
   *
   * @throws IllegalArgumentException if {@code ref} is to another interface than {@code type}
   */
  public <T> T proxy(RemoteRef ref, Class<T> type) {
    if (!ref.interfaceName().equals(type.getName())) {
      throw new IllegalArgumentException("the reference is to a " + ref.interfaceName() + ", not a " + type.getName());
    }
    return type.cast(references.proxyOrTarget(ref, catalog.forType(type)));
  }

  /**
   * Returns this node's proxy for the object {@code ref} denotes, typed by the reference's
   * interface when this node knows it. Otherwise the proxy is opaque: it cannot be called, but it
   * can be held (with a lease, keeping the object alive) and passed on by reference, which is what
   * a registry does with objects it need not understand.
   */
  public Object proxy(RemoteRef ref) {
    return references.resolve(ref);
  }

  /**
   * Asks the node that exported {@code refs} (all of one node incarnation) which of them it no
   * longer exports, and returns those.
   *
   * @throws io.proxima.RemoteException if that node cannot be asked (it is unreachable, or
   *     restarted: {@link io.proxima.NoSuchObjectException})
   */
  public List<RemoteRef> probe(List<RemoteRef> refs) {
    checkOpen();
    return references.probe(refs);
  }

  /** The address this node listens on, or null if it does not listen. */
  public @Nullable InetSocketAddress localAddress() {
    return localAddress;
  }

  /** Random per node start; references made by an earlier node on the same port are refused. */
  public long incarnation() {
    return incarnation;
  }

  /** What the remote reference module holds now: for tests, monitoring and operators. */
  public ReferenceCounts references() {
    return new ReferenceCounts(exports.size(), references.importedProxies(), references.liveLeases());
  }

  /** Blocks until this node is closed. */
  public void awaitTermination() throws InterruptedException {
    terminated.await();
  }

  /** Blocks until this node is closed or the timeout passes; returns whether it is closed. */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean isClosed() {
    return closed;
  }

  /**
   * Closes the node gracefully: new calls are refused (callers get {@link NodeClosedException}),
   * calls already running finish and reply (up to {@link Builder#drainTimeout}), then the
   * connections and threads are released. Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      transport.stopListening();
      incoming.drain(settings.drainTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      references.close();
      outgoing.close();
      transport.close();
      terminated.countDown();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new NodeClosedException("this node is closed");
    }
  }

  /** Settings of a node. Not thread-safe; defaults suit a small service on one host. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private @Nullable String sourceAddress;
    private int port = -1;
    private Duration callTimeout = Duration.ofSeconds(30);
    private Duration connectTimeout = Duration.ofSeconds(3);
    private Duration drainTimeout = Duration.ofSeconds(10);
    private Duration leaseTime = Duration.ofMinutes(1);
    private int maxFrameBytes = 16 << 20;
    private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private Duration ioPoll = Duration.ofNanos(100_000);
    private int maxServerThreads = 200;
    private int maxQueuedCalls = 10_000;
    private int maxOutstandingCalls = 16_384;
    private boolean directExecution = true;
    private Set<Class<?>> allowedTypes = Set.of();
    private ClassLoader classLoader = defaultClassLoader();

    private Builder() {}

    /** The address to listen on and to put in references (default {@code 127.0.0.1}). */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * The local address this node's outgoing connections come from (default: chosen by the
     * operating system), for hosts with several addresses.
     */
    public Builder sourceAddress(String address) {
      this.sourceAddress = address;
      return this;
    }

    /** Listen on {@code port}; 0 picks a free port. Without it the node only makes calls. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** How long a call may take before it fails with a timeout (default 30 s). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /** How long connecting to another node may take (default 3 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long {@link Node#close()} waits for running calls to finish (default 10 s). */
    public Builder drainTimeout(Duration timeout) {
      this.drainTimeout = positive(timeout, "drainTimeout");
      return this;
    }

    /**
     * How long a lease that other nodes hold on this node's objects lasts (default 1 minute).
     * Holders renew at a third of it; an object exported on demand is unexported once every
     * holder has released it or stopped renewing (a crashed client) for this long.
     */
    public Builder leaseTime(Duration leaseTime) {
      if (leaseTime.compareTo(Duration.ofMillis(500)) < 0) {
        throw new IllegalArgumentException("leaseTime must be at least 500 ms, got " + leaseTime);
      }
      this.leaseTime = leaseTime;
      return this;
    }

    /** The largest frame sent or accepted, in bytes (default 16 MiB); larger input closes the connection. */
    public Builder maxFrameBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxFrameBytes must be at least 1024, got " + bytes);
      }
      this.maxFrameBytes = bytes;
      return this;
    }

    /** Event-loop threads for the node's sockets (default: the number of cores, at least 2). */
    public Builder ioThreads(int threads) {
      this.ioThreads = atLeastOne(threads, "ioThreads");
      return this;
    }

    /**
     * How long an I/O thread that ran out of work keeps polling its sockets before it sleeps
     * (default 100 µs). A reply that arrives meanwhile is read without a thread wake-up, which
     * makes calls markedly faster, most of all on virtual machines; the price is up to this much
     * CPU time after each burst of traffic. Zero never polls, for nodes where CPU time matters
     * more than latency.
     */
    public Builder ioPoll(Duration poll) {
      if (poll.isNegative() || poll.compareTo(Duration.ofMillis(10)) > 0) {
        throw new IllegalArgumentException("ioPoll must be in 0..10 ms, got " + poll);
      }
      this.ioPoll = poll;
      return this;
    }

    /** Threads that run exported objects' methods (default 200). */
    public Builder maxServerThreads(int threads) {
      this.maxServerThreads = atLeastOne(threads, "maxServerThreads");
      return this;
    }

    /** Calls that may wait for a server thread before new ones are refused as busy (default 10,000). */
    public Builder maxQueuedCalls(int calls) {
      this.maxQueuedCalls = atLeastOne(calls, "maxQueuedCalls");
      return this;
    }

    /**
     * Whether methods that have proved short and make no remote calls may run directly on the I/O
     * thread that read their request, saving two thread wake-ups per call (default true). A method
     * that then takes longer than a millisecond or makes a remote call returns to server threads
     * for good. Turn it off when every method must run on a server thread, for example because
     * methods rely on thread-local state set up by the application.
     */
    public Builder directExecution(boolean enabled) {
      this.directExecution = enabled;
      return this;
    }

    /**
     * Calls that may wait for their reply on one connection (default 16,384). A caller beyond that
     * waits for a slot until its deadline: backpressure instead of unbounded memory.
     */
    public Builder maxOutstandingCalls(int calls) {
      this.maxOutstandingCalls = atLeastOne(calls, "maxOutstandingCalls");
      return this;
    }

    /**
     * Allows classes that no remote signature mentions to travel by value, such as the
     * implementations of an interface a method declares. Both sides must allow them.
     */
    public Builder allowTypes(Class<?>... types) {
      this.allowedTypes = Set.of(types);
      return this;
    }

    /** The class loader whose remote interfaces the node knows (default: the thread's context loader). */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /** Creates the node and, if a port was given, starts listening. */
    public Node start() {
      return new Node(this);
    }

    private static ClassLoader defaultClassLoader() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Node.class.getClassLoader();
    }

    private static Duration positive(Duration duration, String name) {
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + duration);
      }
      return duration;
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
