package io.proxima.runtime.internal.reference;

import io.netty.util.concurrent.DefaultThreadFactory;
import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import io.proxima.runtime.internal.invocation.ClientInvoker;
import io.proxima.runtime.internal.invocation.ExportedObjectTable;
import io.proxima.runtime.internal.invocation.ExportedObjectTable.Lifetime;
import io.proxima.runtime.internal.invocation.OutgoingCalls;
import io.proxima.runtime.internal.invocation.RemoteInterfaceCatalog;
import io.proxima.runtime.internal.wire.EncodingException;
import io.proxima.runtime.internal.wire.RemoteObjects;
import io.proxima.spi.RemoteInterface;
import io.proxima.spi.RemoteProxy;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A node's remote reference module: translates between local objects and remote references in
 * both directions, keeps one proxy per imported object, and runs distributed garbage collection
 * by leases (renewing what this node holds, collecting what nobody holds on this node).
 *
 * <p>Thread-safe. {@link #start} must be called once before references travel.
 */
public final class RemoteReferences implements RemoteObjects, AutoCloseable {
  /** How often the lease thread looks for work: releases go out within this time. */
  private static final long TICK_MILLIS = 50;

  private final long incarnation;
  private final String host;
  private final RemoteInterfaceCatalog catalog;
  private final ExportedObjectTable exports;
  private final ScheduledExecutorService leaseThread;
  private final ExecutorService senders;
  private final LeaseTable leases;
  private final LeaseRenewer renewer;
  private final ImportedProxies imports;
  private final RemoteInterface<LeaseService> leaseServiceType;
  private volatile @Nullable OutgoingCalls outgoing;
  private volatile int port;

  public RemoteReferences(long incarnation, String host, RemoteInterfaceCatalog catalog, ExportedObjectTable exports,
      Duration leaseTime) {
    this.incarnation = incarnation;
    this.host = host;
    this.catalog = catalog;
    this.exports = exports;
    this.leaseThread = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("proxima-leases", true));
    this.senders = Executors.newCachedThreadPool(new DefaultThreadFactory("proxima-lease-calls", true));
    this.leaseServiceType = catalog.forType(LeaseService.class);
    this.leases = new LeaseTable(exports, leaseTime.toNanos(), senders);
    this.renewer = new LeaseRenewer(incarnation, this::leaseServiceOf, senders);
    this.imports = new ImportedProxies(Cleaner.create(new DefaultThreadFactory("proxima-proxy-cleaner", true)), renewer);
    long sweepMillis = Math.max(TICK_MILLIS, leaseTime.toMillis() / 4);
    leaseThread.scheduleWithFixedDelay(renewer::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    leaseThread.scheduleWithFixedDelay(leases::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
  }

  /** The remote interfaces of the services this module exports on every node. */
  public static List<RemoteInterface<?>> builtInInterfaces() {
    return List.of(new LeaseService_Descriptor());
  }

  /**
   * Readies the module once the node can make calls: exports the lease service.
   *
   * @param port the port this node listens on, or 0 if it does not listen
   */
  public void start(OutgoingCalls outgoing, int port) {
    this.outgoing = outgoing;
    this.port = port;
    exports.exportService(LeaseService.WELL_KNOWN_ID, leases, leaseServiceType, true);
  }

  /** Exports {@code target} at a well-known id; its reference names no incarnation. */
  public RemoteRef exportWellKnown(ObjectId id, Object target, RemoteInterface<?> type) {
    exports.exportService(id, target, type, false);
    return new RemoteRef(host, port, RemoteRef.ANY_INCARNATION, id, type.type().getName(), type.fingerprint());
  }

  /**
   * Asks the node that exported {@code refs} (all of one node) which of them it exports no more.
   *
   * @throws io.proxima.RemoteException when the node cannot be asked, or restarted
   */
  public List<RemoteRef> probe(List<RemoteRef> refs) {
    if (refs.isEmpty()) {
      return List.of();
    }
    RemoteRef first = refs.get(0);
    if (refs.stream().anyMatch(ref -> ref.incarnation() != first.incarnation())) {
      throw new IllegalArgumentException("probe takes references of one node incarnation at a time");
    }
    List<ObjectId> unknown = leaseServiceOf(first).unknown(refs.stream().map(RemoteRef::objectId).toList());
    return refs.stream().filter(ref -> unknown.contains(ref.objectId())).toList();
  }

  /** Exports {@code target} for good (until unexported), as {@code Node.export} does. */
  public RemoteRef exportPinned(Object target, RemoteInterface<?> type) {
    return refTo(exports.export(target, type, Lifetime.PINNED), type);
  }

  /** This node's proxy for {@code ref}, or the object itself when {@code ref} is to one of this node's objects. */
  public Object proxyOrTarget(RemoteRef ref, RemoteInterface<?> type) {
    if (ref.incarnation() == incarnation) {
      Object home = exports.targetOf(ref.objectId());
      if (home != null) {
        return home;
      }
    }
    return imports.proxyFor(ref, r -> type.newProxy(new ClientInvoker(r, type, calls())));
  }

  @Override
  public boolean travelsByReference(Class<?> type) {
    return RemoteProxy.class.isAssignableFrom(type) || !catalog.implementedBy(type).isEmpty();
  }

  @Override
  public RemoteRef referenceTo(Object remoteObject) {
    RemoteRef proxied = RemoteProxy.refOf(remoteObject);
    if (proxied != null) {
      return proxied;
    }
    RemoteInterface<?> type = exports.typeOf(remoteObject);
    if (type == null) {
      List<RemoteInterface<?>> implemented = catalog.implementedBy(remoteObject.getClass());
      if (implemented.size() != 1) {
        throw new EncodingException(remoteObject.getClass().getName() + " implements several remote interfaces ("
            + implemented.stream().map(t -> t.type().getName()).collect(Collectors.joining(", "))
            + "), so it cannot be passed by reference before it is exported with Node.export(target, type)");
      }
      type = implemented.get(0);
    }
    ObjectId id = exports.export(remoteObject, type, Lifetime.LEASED);
    leases.sent(id);
    return refTo(id, type);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A reference to an interface this node does not know becomes an opaque proxy, which can be
   * held and passed on but not called: a registry need not know what it stores.
   */
  @Override
  public Object resolve(RemoteRef ref) {
    RemoteInterface<?> type = catalog.forName(ref.interfaceName());
    if (type == null) {
      return imports.proxyFor(ref, OpaqueProxy::new);
    }
    return proxyOrTarget(ref, type);
  }

  /** Proxies this node holds for other nodes' objects. */
  public int importedProxies() {
    return imports.size();
  }

  /** Leases other nodes hold now on this node's objects. */
  public int liveLeases() {
    return leases.liveLeases();
  }

  @Override
  public void close() {
    leaseThread.shutdownNow();
    senders.shutdownNow();
  }

  private RemoteRef refTo(ObjectId id, RemoteInterface<?> type) {
    return new RemoteRef(host, port, incarnation, id, type.type().getName(), type.fingerprint());
  }

  private LeaseService leaseServiceOf(RemoteRef ref) {
    RemoteRef service = new RemoteRef(ref.host(), ref.port(), ref.incarnation(), LeaseService.WELL_KNOWN_ID,
        LeaseService.class.getName(), leaseServiceType.fingerprint());
    return leaseServiceType.newProxy(new ClientInvoker(service, leaseServiceType, calls()));
  }

  private OutgoingCalls calls() {
    OutgoingCalls calls = outgoing;
    if (calls == null) {
      throw new IllegalStateException("the remote reference module is not started");
    }
    return calls;
  }
}
