package io.proxima.runtime.internal.wire;

import io.proxima.spi.RemoteInterface;
import io.proxima.spi.ValueCodec;
import io.proxima.spi.WireTypes;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The classes allowed on the wire and their Kryo registration ids.
 *
 * <ul>
 *   <li>ids 0-8 are Kryo's own (int, String, float, boolean, byte, char, short, long, double and
 *       their boxes); 9 is {@code Void};
 *   <li>the JDK class at index {@code i} of {@link WireTypes#CONCRETE} has id {@code 10 + i};
 *   <li>an application class (a value type of a remote interface, or a class the application
 *       allows explicitly) has id {@code 1000 + h}, where {@code h} is the low 28 bits of the 64-bit
 *       FNV-1a hash of its binary name in UTF-8, mixed by MurmurHash3's 64-bit finaliser. The id
 *       depends on the name alone, so two nodes that know different sets of interfaces still agree
 *       on it. (Not a cryptographic hash: names are not chosen by an adversary, and the JDK's
 *       digests cost a fresh JVM tens of milliseconds to set up.)
 *       {@code java.time.ZoneRegion}, the class of most {@code ZoneId} values, takes an id the same
 *       way. So does the one-dimensional array class of each application class, remote
 *       interface and application interface;
 *   <li>id 999 tags an object that travels by reference (a proxy, or an implementation of a remote
 *       interface), written as its remote reference.
 * </ul>
 *
 * <p>Exception classes are allowed but not registered with Kryo: they travel through {@link
 * ThrowableCodec}. Interfaces and abstract classes may be declared in signatures but never travel
 * themselves, so they get no id.
 *
 * <p>Immutable and thread-safe.
 */
public final class TypeTable {
  static final int VOID_ID = 9;
  static final int FIRST_JDK_ID = 10;
  static final int FIRST_APPLICATION_ID = 1000;
  /** The id under which every object that travels by reference is written. */
  static final int REMOTE_REFERENCE_ID = FIRST_APPLICATION_ID - 1;
  private static final int HASH_MASK = (1 << 28) - 1;

  private static final Set<Class<?>> ALWAYS = Set.of(
      String.class, Void.class, Boolean.class, Byte.class, Character.class, Short.class,
      Integer.class, Long.class, Float.class, Double.class);

  private final List<Class<?>> jdkClasses;
  private final Map<Class<?>, Integer> jdkIds;
  private final SortedMap<Integer, Class<?>> applicationClasses;
  private final Map<Class<?>, Integer> applicationIds;
  private final Set<Class<?>> throwables;
  private final Map<String, Class<?>> byName;
  private final Map<Class<?>, ValueCodec<?>> codecs;

  /**
   * Builds the table for {@code interfaces} plus the classes the application allows explicitly.
   *
   * @throws IllegalStateException if two application classes hash to the same id (the message
   *     names both), or a JDK class of {@link WireTypes#CONCRETE} is missing from this JDK
   * @throws IllegalArgumentException if an allowed class is a JDK class without a wire encoding
   */
  public TypeTable(Collection<? extends RemoteInterface<?>> interfaces, Collection<? extends Class<?>> allowedTypes) {
    this(interfaces, allowedTypes, TypeTable::nameHash);
  }

  /** With the name hash replaceable, so that tests can provoke a collision. */
  TypeTable(Collection<? extends RemoteInterface<?>> interfaces, Collection<? extends Class<?>> allowedTypes,
      ToIntFunction<String> nameHash) {
    this.jdkClasses = resolveJdkClasses();
    if (FIRST_JDK_ID + jdkClasses.size() > REMOTE_REFERENCE_ID) {
      throw new IllegalStateException("WireTypes.CONCRETE lists too many classes for the ids below " + REMOTE_REFERENCE_ID);
    }
    Map<Class<?>, Integer> jdk = new HashMap<>();
    for (int i = 0; i < jdkClasses.size(); i++) {
      jdk.put(jdkClasses.get(i), FIRST_JDK_ID + i);
    }
    this.jdkIds = Map.copyOf(jdk);

    Set<Class<?>> candidates = new LinkedHashSet<>();
    Map<Class<?>, ValueCodec<?>> generatedCodecs = new HashMap<>();
    for (RemoteInterface<?> remoteInterface : interfaces) {
      candidates.addAll(remoteInterface.valueTypes());
      remoteInterface.valueCodecs().forEach(codec -> generatedCodecs.putIfAbsent(codec.type(), codec));
    }
    this.codecs = Map.copyOf(generatedCodecs);
    candidates.addAll(allowedTypes);

    SortedMap<Integer, Class<?>> byId = new TreeMap<>();
    Set<Class<?>> exceptions = new HashSet<>();
    for (Class<?> implementation : jdkImplementations()) {
      register(implementation, nameHash, byId);
    }
    for (Class<?> candidate : candidates) {
      collect(candidate, nameHash, byId, exceptions);
    }
    // Arrays of them travel too (Order[], and Listener[] whose elements travel by reference).
    Set<Class<?>> elementTypes = new LinkedHashSet<>(byId.values());
    interfaces.forEach(remoteInterface -> elementTypes.add(remoteInterface.type()));
    candidates.stream().filter(type -> type.isInterface() && !isJdkClass(type)).forEach(elementTypes::add);
    for (Class<?> elementType : elementTypes) {
      if (!elementType.isArray()) {
        register(elementType.arrayType(), nameHash, byId);
      }
    }
    this.applicationClasses = Collections.unmodifiableSortedMap(byId);
    Map<Class<?>, Integer> ids = new HashMap<>();
    Map<String, Class<?>> names = new HashMap<>();
    byId.forEach((id, type) -> {
      ids.put(type, id);
      names.put(type.getName(), type);
    });
    exceptions.forEach(type -> names.put(type.getName(), type));
    jdkClasses.forEach(type -> names.put(type.getName(), type));
    this.applicationIds = Map.copyOf(ids);
    this.throwables = Set.copyOf(exceptions);
    this.byName = Map.copyOf(names);
  }

  /** The generated codec of a record type, or null if it has none. */
  @Nullable ValueCodec<?> codecFor(Class<?> type) {
    return codecs.get(type);
  }

  /**
   * Returns whether values of exactly this class may travel: primitives, boxes, {@code String},
   * the JDK classes of {@link WireTypes#CONCRETE}, and the application's value and exception
   * classes.
   */
  public boolean isAllowed(Class<?> type) {
    if (type.isPrimitive() || ALWAYS.contains(type) || jdkIds.containsKey(type)
        || applicationIds.containsKey(type) || throwables.contains(type)) {
      return true;
    }
    // An enum constant with a body is an anonymous subclass; it travels as its enum.
    Class<?> parent = type.getSuperclass();
    return parent != null && parent.isEnum() && applicationIds.containsKey(parent);
  }

  /** Returns the registration id of {@code type}, or -1 if it has none. */
  int idOf(Class<?> type) {
    Integer id = jdkIds.get(type);
    if (id == null) {
      id = applicationIds.get(type);
    }
    return id == null ? -1 : id;
  }

  /** The classes of {@link WireTypes#CONCRETE}, in order: the id of element {@code i} is {@code 10 + i}. */
  List<Class<?>> jdkClasses() {
    return jdkClasses;
  }

  /** The application classes registered with Kryo, by id. */
  SortedMap<Integer, Class<?>> applicationClasses() {
    return applicationClasses;
  }

  /** Returns the registered or exception class with this binary name, or null: never looks a class up. */
  @Nullable Class<?> classNamed(String binaryName) {
    return byName.get(binaryName);
  }

  @Override
  public String toString() {
    return "TypeTable[" + jdkClasses.size() + " JDK classes, " + applicationClasses.size()
        + " application classes, " + throwables.size() + " exception classes]";
  }

  /** The application id of a class: see the class documentation. */
  static int applicationId(String binaryName) {
    return FIRST_APPLICATION_ID + (nameHash(binaryName) & HASH_MASK);
  }

  private static int nameHash(String binaryName) {
    long hash = 0xcbf29ce484222325L; // FNV-1a's offset basis
    for (byte b : binaryName.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xFF)) * 0x100000001b3L; // FNV's 64-bit prime
    }
    hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
    hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return (int) (hash ^ (hash >>> 33));
  }

  private void collect(Class<?> type, ToIntFunction<String> nameHash, SortedMap<Integer, Class<?>> byId,
      Set<Class<?>> exceptions) {
    if (type.isPrimitive() || ALWAYS.contains(type) || jdkIds.containsKey(type)) {
      return;
    }
    if (Throwable.class.isAssignableFrom(type)) {
      exceptions.add(type);
      return;
    }
    if (type.isArray()) {
      collect(type.getComponentType(), nameHash, byId, exceptions);
    } else if (type.isInterface() || (Modifier.isAbstract(type.getModifiers()) && !type.isEnum())) {
      return; // declared in signatures, never the class of a value
    } else if (type.getSuperclass() != null && type.getSuperclass().isEnum()) {
      collect(type.getSuperclass(), nameHash, byId, exceptions); // an enum constant with a body
      return;
    } else if (isJdkClass(type) && !type.isEnum()) {
      throw new IllegalArgumentException(type.getName() + " is a JDK class without a wire encoding; the JDK "
          + "classes that travel are primitives, their boxes, String, enums and those listed in WireTypes.CONCRETE");
    }
    register(type, nameHash, byId);
  }

  private static void register(Class<?> type, ToIntFunction<String> nameHash, SortedMap<Integer, Class<?>> byId) {
    int id = FIRST_APPLICATION_ID + (nameHash.applyAsInt(type.getName()) & HASH_MASK);
    Class<?> previous = byId.putIfAbsent(id, type);
    if (previous != null && previous != type) {
      throw new IllegalStateException("classes " + previous.getName() + " and " + type.getName()
          + " hash to the same wire id " + id + "; rename one of them (a wire id is derived from the binary"
          + " class name alone, so that nodes with different sets of remote interfaces agree on it)");
    }
  }

  private static boolean isJdkClass(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    return loader == null || loader == ClassLoader.getPlatformClassLoader();
  }

  /**
   * Non-public JDK classes that are the values of a type {@link WireTypes#DECLARED_ONLY} lists:
   * {@code ZoneId.of("Europe/Paris")} is a {@code java.time.ZoneRegion}. They take an id like
   * application classes, from their names. Looked up by name: making a zone would load the time
   * zone database, tens of milliseconds in a fresh JVM.
   */
  private static List<Class<?>> jdkImplementations() {
    try {
      return List.of(Class.forName("java.time.ZoneRegion", false, ClassLoader.getPlatformClassLoader()));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("this JDK has no java.time.ZoneRegion, the class of ZoneId.of(\"Europe/Paris\")", e);
    }
  }

  private static List<Class<?>> resolveJdkClasses() {
    List<Class<?>> classes = new ArrayList<>(WireTypes.CONCRETE.size());
    for (String name : WireTypes.CONCRETE) {
      try {
        classes.add(Class.forName(name, false, ClassLoader.getPlatformClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("WireTypes.CONCRETE names " + name + ", which this JDK does not have", e);
      }
    }
    return List.copyOf(classes);
  }
}
