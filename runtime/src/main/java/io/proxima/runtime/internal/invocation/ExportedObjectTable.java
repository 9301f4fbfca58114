package io.proxima.runtime.internal.invocation;

import io.netty.util.collection.IntCollections;
import io.netty.util.collection.IntObjectHashMap;
import io.netty.util.collection.IntObjectMap;
import io.proxima.ObjectId;
import io.proxima.spi.Dispatcher;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteInterface;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The objects a node exports, by object id: the server half of the remote reference module.
 *
 * <p>An export has one of three lifetimes: <em>pinned</em> (exported explicitly, it stays until
 * it is unexported), <em>leased</em> (exported on demand because it was passed by reference, it
 * stays while other nodes hold leases on it) or <em>service</em> (the node's own services at
 * well-known ids, not counted as exports).
 *
 * <p>Thread-safe. Lookups by id, on every call, take no lock.
 */
public final class ExportedObjectTable {
  /** One exported object with its dispatcher and the methods it answers, by id. */
  record Exported(ObjectId id, Object target, RemoteInterface<?> type, Dispatcher dispatcher, IntObjectMap<ServedMethod> methods) {}

  /** A method as this node serves it: its description and how its calls run. */
  record ServedMethod(MethodDescriptor descriptor, ExecutionPolicy policy) {}

  /** How long an export lives. */
  public enum Lifetime {
    /** Until unexported. */
    PINNED,
    /** While other nodes hold leases on it. */
    LEASED,
    /** Until unexported, at a well-known id that references of any incarnation may name. */
    SERVICE
  }

  private final Map<ObjectId, Exported> byId = new ConcurrentHashMap<>();
  private final Map<Object, Exported> byTarget = new IdentityHashMap<>();
  private final Map<ObjectId, Lifetime> lifetimes = new ConcurrentHashMap<>();
  private final Map<MethodDescriptor, ExecutionPolicy> policies = new ConcurrentHashMap<>();
  private final boolean directExecution;

  /** @param directExecution whether short methods may run on I/O threads (see {@link ExecutionPolicy}) */
  public ExportedObjectTable(boolean directExecution) {
    this.directExecution = directExecution;
  }

  /**
   * Exports {@code target} through {@code type} with {@code lifetime}; exporting the same object
   * again returns its existing id, and pins it if it is pinned now.
   *
   * @throws IllegalStateException if the object is already exported through another interface
   */
  public synchronized ObjectId export(Object target, RemoteInterface<?> type, Lifetime lifetime) {
    return export(target, type, lifetime, null, false);
  }

  /**
   * Exports a service at a well-known id.
   *
   * @param onIoThreads whether its calls always run on I/O threads (for the node's own services,
   *     which only update small tables), rather than as application calls do
   */
  public synchronized void exportService(ObjectId wellKnownId, Object target, RemoteInterface<?> type,
      boolean onIoThreads) {
    if (byId.containsKey(wellKnownId)) {
      throw new IllegalStateException("object id " + wellKnownId + " is exported already");
    }
    export(target, type, Lifetime.SERVICE, wellKnownId, onIoThreads);
  }

  private ObjectId export(Object target, RemoteInterface<?> type, Lifetime lifetime, @Nullable ObjectId wellKnownId,
      boolean onIoThreads) {
    Exported existing = byTarget.get(target);
    if (existing != null) {
      if (existing.type() != type) {
        throw new IllegalStateException(target + " is already exported as " + existing.type().type().getName());
      }
      if (lifetime == Lifetime.PINNED) {
        lifetimes.put(existing.id(), Lifetime.PINNED);
      }
      return existing.id();
    }
    // Keyed by the primitive id: a boxed one would be an object per call.
    IntObjectMap<ServedMethod> methods = new IntObjectHashMap<>();
    for (MethodDescriptor method : type.methods()) {
      ExecutionPolicy policy = policies.computeIfAbsent(method, m -> onIoThreads
          ? ExecutionPolicy.alwaysDirect(m.toString())
          : new ExecutionPolicy(m.toString(), directExecution));
      methods.put(method.id(), new ServedMethod(method, policy));
    }
    ObjectId id = wellKnownId != null ? wellKnownId : ObjectId.random();
    Exported exported = new Exported(id, target, type, dispatcherFor(type, target),
        IntCollections.unmodifiableMap(methods));
    byTarget.put(target, exported);
    lifetimes.put(id, lifetime);
    byId.put(id, exported);
    return id;
  }

  @SuppressWarnings("unchecked")
  private static <T> Dispatcher dispatcherFor(RemoteInterface<T> type, Object target) {
    return type.newDispatcher((T) type.type().cast(target));
  }

  public synchronized boolean unexport(Object target) {
    Exported exported = byTarget.remove(target);
    if (exported == null) {
      return false;
    }
    byId.remove(exported.id());
    lifetimes.remove(exported.id());
    return true;
  }

  /**
   * Unexports the object {@code id} if its lifetime is still {@link Lifetime#LEASED}.
   *
   * @return the object, or null if it was not unexported
   */
  public synchronized @Nullable Object unexportLeased(ObjectId id) {
    if (lifetimes.get(id) != Lifetime.LEASED) {
      return null;
    }
    Exported exported = byId.remove(id);
    lifetimes.remove(id);
    byTarget.remove(exported.target());
    return exported.target();
  }

  Exported get(ObjectId id) {
    return byId.get(id);
  }

  /** The object exported as {@code id}, or null. */
  public @Nullable Object targetOf(ObjectId id) {
    Exported exported = byId.get(id);
    return exported == null ? null : exported.target();
  }

  /** The interface {@code target} is exported through, or null if it is not exported. */
  public synchronized @Nullable RemoteInterface<?> typeOf(Object target) {
    Exported exported = byTarget.get(target);
    return exported == null ? null : exported.type();
  }

  /** The lifetime of export {@code id}, or null if nothing is exported as {@code id}. */
  public @Nullable Lifetime lifetimeOf(ObjectId id) {
    return lifetimes.get(id);
  }

  /** How many application objects are exported now (the node's own services are not counted). */
  public int size() {
    return (int) lifetimes.values().stream().filter(lifetime -> lifetime != Lifetime.SERVICE).count();
  }
}
