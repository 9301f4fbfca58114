package io.proxima.runtime.internal.invocation;

import io.proxima.ObjectId;
import io.proxima.spi.Dispatcher;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteInterface;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The objects a node exports, by object id: the server half of the remote reference module.
 *
 * <p>Thread-safe. Lookups by id, on every call, take no lock.
 */
public final class ExportedObjectTable {
  /** One exported object with its dispatcher and the methods it answers, by id. */
  record Exported(ObjectId id, Object target, RemoteInterface<?> type, Dispatcher dispatcher, Map<Integer, ServedMethod> methods) {}

  /** A method as this node serves it: its description and how its calls run. */
  record ServedMethod(MethodDescriptor descriptor, ExecutionPolicy policy) {}

  private final Map<ObjectId, Exported> byId = new ConcurrentHashMap<>();
  private final Map<Object, Exported> byTarget = new IdentityHashMap<>();
  private final Map<MethodDescriptor, ExecutionPolicy> policies = new ConcurrentHashMap<>();
  private final boolean directExecution;

  /** @param directExecution whether short methods may run on I/O threads (see {@link ExecutionPolicy}) */
  public ExportedObjectTable(boolean directExecution) {
    this.directExecution = directExecution;
  }

  /** Exports {@code target} through {@code type}; exporting the same object again returns its existing id. */
  public synchronized <T> ObjectId export(T target, RemoteInterface<T> type) {
    Exported existing = byTarget.get(target);
    if (existing != null) {
      if (existing.type() != type) {
        throw new IllegalStateException(target + " is already exported as " + existing.type().type().getName());
      }
      return existing.id();
    }
    Map<Integer, ServedMethod> methods = new HashMap<>();
    for (MethodDescriptor method : type.methods()) {
      ExecutionPolicy policy =
          policies.computeIfAbsent(method, m -> new ExecutionPolicy(m.toString(), directExecution));
      methods.put(method.id(), new ServedMethod(method, policy));
    }
    Exported exported = new Exported(ObjectId.random(), target, type, type.newDispatcher(target), Map.copyOf(methods));
    byTarget.put(target, exported);
    byId.put(exported.id(), exported);
    return exported.id();
  }

  public synchronized boolean unexport(Object target) {
    Exported exported = byTarget.remove(target);
    if (exported == null) {
      return false;
    }
    byId.remove(exported.id());
    return true;
  }

  Exported get(ObjectId id) {
    return byId.get(id);
  }

  /** How many objects are exported now. */
  public int size() {
    return byId.size();
  }
}
