package io.proxima.runtime.internal.invocation;

import io.proxima.spi.RemoteInterface;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import java.util.ServiceLoader;

/**
 * The remote interfaces compiled by Proxima's processor that a class loader can see, found once
 * through the service index the processor writes.
 *
 * <p>Immutable and thread-safe.
 */
public final class RemoteInterfaceCatalog {
  private final Map<Class<?>, RemoteInterface<?>> byType;
  private final Map<String, RemoteInterface<?>> byName = new HashMap<>();
  private final ClassValue<List<RemoteInterface<?>>> implementedBy = new ClassValue<>() {
    @Override
    protected List<RemoteInterface<?>> computeValue(Class<?> implementation) {
      List<RemoteInterface<?>> found = new ArrayList<>();
      for (RemoteInterface<?> candidate : byType.values()) {
        if (candidate.type().isAssignableFrom(implementation)) {
          found.add(candidate);
        }
      }
      return List.copyOf(found);
    }
  };

  private RemoteInterfaceCatalog(Map<Class<?>, RemoteInterface<?>> byType) {
    this.byType = byType;
    byType.forEach((type, descriptor) -> byName.put(type.getName(), descriptor));
  }

  /**
   * Loads every descriptor listed in {@code META-INF/services/io.proxima.spi.RemoteInterface},
   * plus {@code builtIns}, the interfaces of the runtime's own services, which the loader may not see.
   */
  public static RemoteInterfaceCatalog load(ClassLoader loader, List<RemoteInterface<?>> builtIns) {
    Map<Class<?>, RemoteInterface<?>> byType = new LinkedHashMap<>();
    builtIns.forEach(descriptor -> byType.put(descriptor.type(), descriptor));
    for (RemoteInterface<?> descriptor : ServiceLoader.load(RemoteInterface.class, loader)) {
      byType.putIfAbsent(descriptor.type(), descriptor);
    }
    return new RemoteInterfaceCatalog(Map.copyOf(byType));
  }

  public Collection<RemoteInterface<?>> all() {
    return byType.values();
  }

  /** Returns the descriptor of {@code type}, or explains why there is none. */
  @SuppressWarnings("unchecked")
  public <T> RemoteInterface<T> forType(Class<T> type) {
    RemoteInterface<?> descriptor = byType.get(type);
    if (descriptor == null) {
      throw new IllegalArgumentException(type.getName() + " is not a remote interface known to this node: annotate it"
          + " with @io.proxima.Remote and put proxima-processor on the compiler's annotation processor path");
    }
    return (RemoteInterface<T>) descriptor;
  }

  /** Returns the descriptor of the interface with this binary name, or null if this node does not know it. */
  public @Nullable RemoteInterface<?> forName(String interfaceName) {
    return byName.get(interfaceName);
  }

  /** The remote interfaces that instances of {@code implementation} implement. */
  public List<RemoteInterface<?>> implementedBy(Class<?> implementation) {
    return implementedBy.get(implementation);
  }
}
