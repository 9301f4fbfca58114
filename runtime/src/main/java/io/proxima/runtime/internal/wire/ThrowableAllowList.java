package io.proxima.runtime.internal.wire;

import io.proxima.RemoteException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The classes allowed in the Java serialization stream of an exception:
 *
 * <ul>
 *   <li>exception classes of the JDK (java.* and javax.* classes of the platform class loader) and
 *       of Proxima's API (package {@code io.proxima});
 *   <li>the classes of the {@link TypeTable}: the JDK classes of {@code WireTypes.CONCRETE} (with
 *       {@code java.time.Ser}, the form java.time values are serialized in) and the application's
 *       value and exception classes;
 *   <li>what {@code Throwable} itself writes: {@code StackTraceElement}, {@code ArrayList} and
 *       {@code Collections.emptyList()}'s class (its suppressed exceptions), with {@code String},
 *       the boxes, {@code Number} and {@code Enum} (superclasses whose descriptors precede those of
 *       boxes and enums), and arrays of all of these and of primitives;
 *   <li>{@code Object[]} and {@code Map.Entry[]}, which {@code ArrayList}, {@code HashMap} and
 *       {@code HashSet} ask the filter about before allocating their storage. Neither {@code Object}
 *       nor an interface is ever the class of a serialized object, so they admit nothing else.
 * </ul>
 *
 * <p>{@link #resolve} decides from the name alone: application classes come from the table,
 * without any lookup; only JDK and Proxima exception classes are looked up, without being
 * initialized, from the platform class loader or Proxima's own.
 */
final class ThrowableAllowList {
  private static final String PROXIMA_PACKAGE = RemoteException.class.getPackageName();

  private static final Map<String, Class<?>> JDK_CLASSES = Stream.of(
          StackTraceElement.class, ArrayList.class, Collections.emptyList().getClass(), Object.class, String.class,
          Number.class, Enum.class, Boolean.class, Byte.class, Character.class, Short.class, Integer.class,
          Long.class, Float.class, Double.class, Map.Entry.class, timeSerialForm())
      .collect(Collectors.toUnmodifiableMap(Class::getName, Function.identity()));

  private static final Map<String, Class<?>> PRIMITIVES = Stream.of(
          boolean.class, byte.class, char.class, short.class, int.class, long.class, float.class, double.class)
      .collect(Collectors.toUnmodifiableMap(type -> type.arrayType().getName().substring(1), Function.identity()));

  private final TypeTable types;

  /** The class java.time values replace themselves with when serialized. */
  private static Class<?> timeSerialForm() {
    try {
      return Class.forName("java.time.Ser", false, null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("every JDK since 8 has java.time.Ser", e);
    }
  }

  ThrowableAllowList(TypeTable types) {
    this.types = types;
  }

  boolean allows(Class<?> type) {
    Class<?> element = type;
    while (element.isArray()) {
      element = element.getComponentType();
    }
    if (element.isPrimitive() || JDK_CLASSES.get(element.getName()) == element
        || types.classNamed(element.getName()) == element) {
      return true;
    }
    return Throwable.class.isAssignableFrom(element) && (isJdk(element) || isProxima(element));
  }

  /** Returns the allowed class with this binary name, or null if it is not allowed. */
  @Nullable Class<?> resolve(String name) {
    int dimensions = 0;
    while (dimensions < name.length() && name.charAt(dimensions) == '[') {
      dimensions++;
    }
    if (dimensions == 0) {
      return resolveElement(name);
    }
    String element = name.substring(dimensions);
    Class<?> type = element.length() == 1 ? PRIMITIVES.get(element)
        : element.startsWith("L") && element.endsWith(";") ? resolveElement(element.substring(1, element.length() - 1))
        : null;
    for (int i = 0; type != null && i < dimensions; i++) {
      type = type.arrayType();
    }
    return type;
  }

  private @Nullable Class<?> resolveElement(String name) {
    Class<?> known = JDK_CLASSES.get(name);
    if (known == null) {
      known = types.classNamed(name);
    }
    if (known != null) {
      return known;
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return throwableNamed(name, ClassLoader.getPlatformClassLoader());
    }
    if (name.startsWith(PROXIMA_PACKAGE + ".") && name.indexOf('.', PROXIMA_PACKAGE.length() + 1) < 0) {
      return throwableNamed(name, RemoteException.class.getClassLoader());
    }
    return null;
  }

  private static @Nullable Class<?> throwableNamed(String name, @Nullable ClassLoader loader) {
    try {
      Class<?> type = Class.forName(name, false, loader);
      return Throwable.class.isAssignableFrom(type) ? type : null;
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static boolean isJdk(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    return loader == null || loader == ClassLoader.getPlatformClassLoader();
  }

  private static boolean isProxima(Class<?> type) {
    return type.getPackageName().equals(PROXIMA_PACKAGE)
        && type.getClassLoader() == RemoteException.class.getClassLoader();
  }
}
