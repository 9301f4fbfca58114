package io.proxima.runtime.internal.invocation;

import io.proxima.spi.RemoteInterface;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The remote interfaces compiled by Proxima's processor that a class loader can see, found once
 * through the service index the processor writes.
 *
 * <p>Immutable and thread-safe.
 */
public final class RemoteInterfaceCatalog {
  private final Map<Class<?>, RemoteInterface<?>> byType;
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
  }

  /** Loads every descriptor listed in {@code META-INF/services/io.proxima.spi.RemoteInterface}. */
  public static RemoteInterfaceCatalog load(ClassLoader loader) {
    Map<Class<?>, RemoteInterface<?>> byType = new LinkedHashMap<>();
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

  /** The remote interfaces that instances of {@code implementation} implement. */
  public List<RemoteInterface<?>> implementedBy(Class<?> implementation) {
    return implementedBy.get(implementation);
  }
}
