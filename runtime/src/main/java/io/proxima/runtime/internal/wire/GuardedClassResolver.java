package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Kryo's class resolver, restricted to registered ids.
 *
 * <p>Reading: a class tag is either null or the id of a registration. The tag that introduces a
 * class by name is refused outright, so no name from the wire ever reaches a class loader, and an
 * unknown id is refused with its number.
 *
 * <p>Writing: a proxy or an implementation of a remote interface is written under the one
 * registration of remote references (see {@link RemoteReferenceSerializer}). An unregistered implementation of a JDK collection interface is written under the
 * registration of the standard class it stands for, so that {@code List.of(...)}, {@code
 * Arrays.asList}, {@code Collections.unmodifiableMap(...)} or a {@code ConcurrentHashMap} arrive as
 * an {@code ArrayList}, {@code LinkedHashMap} and so on, with equal contents.
 */
final class GuardedClassResolver extends DefaultClassResolver {
  private final RemoteObjects remoteObjects;

  GuardedClassResolver(RemoteObjects remoteObjects) {
    this.remoteObjects = remoteObjects;
  }

  @Override
  @SuppressWarnings("rawtypes") // the signature Kryo declares
  public @Nullable Registration getRegistration(Class type) {
    Registration registration = super.getRegistration(type);
    if (registration != null) {
      return registration;
    }
    if (remoteObjects.travelsByReference(type)) {
      return super.getRegistration(RemoteReferenceSerializer.Marker.class);
    }
    Class<?> standard = standardClassFor(type);
    return standard == null ? null : super.getRegistration(standard);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Registration registerImplicit(Class type) {
    throw new IllegalStateException("implicit registration is disabled: " + type.getName());
  }

  @Override
  public @Nullable Registration readClass(Input input) {
    int tag = input.readVarInt(true);
    if (tag == Kryo.NULL) {
      return null;
    }
    if (tag == NAME + 2) {
      throw new DecodingException("input names a class by name instead of by registered id; that is never accepted");
    }
    Registration registration = getRegistration(tag - 2);
    if (registration == null) {
      throw new DecodingException("input names unregistered class id " + (tag - 2)
          + "; the peer may allow a class (Node.Builder.allowTypes) or know an interface that this node does not");
    }
    return registration;
  }

  @Override
  protected Registration readName(Input input) {
    throw new DecodingException("input names a class by name instead of by registered id; that is never accepted");
  }

  /** The standard class whose registration an unregistered collection or map is written under. */
  static @Nullable Class<?> standardClassFor(Class<?> type) {
    if (SortedSet.class.isAssignableFrom(type)) {
      return TreeSet.class;
    } else if (Set.class.isAssignableFrom(type)) {
      return LinkedHashSet.class;
    } else if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      return ArrayList.class;
    } else if (SortedMap.class.isAssignableFrom(type)) {
      return TreeMap.class;
    } else if (Map.class.isAssignableFrom(type)) {
      return LinkedHashMap.class;
    }
    return null;
  }
}
