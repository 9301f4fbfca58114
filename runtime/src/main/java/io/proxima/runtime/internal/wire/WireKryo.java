package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.EnumSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.URISerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.UUIDSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.VoidSerializer;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.serializers.RecordSerializer;
import com.esotericsoftware.kryo.serializers.TimeSerializers.ZoneIdSerializer;
import io.proxima.spi.ValueCodec;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Kryo configured for the wire: registration required, no references (values are deep copies,
 * as in Java RMI), nesting limited to {@value #MAX_DEPTH}, the hardened resolver and serializers
 * of this package, and every registration of a {@link TypeTable}.
 *
 * <p>Not thread-safe, as any Kryo: instances are pooled by {@link WireCodec}.
 */
final class WireKryo extends Kryo {
  static final int MAX_DEPTH = 64;
  private static final int STRING_ID = 1; // Kryo's own id for String, kept so that ids 0-8 stay Kryo's

  private WireKryo(RemoteObjects remoteObjects) {
    super(new GuardedClassResolver(remoteObjects), null);
  }

  /** Creates a Kryo with every registration of {@code types}, writing remote objects through {@code remoteObjects}. */
  static Kryo create(TypeTable types, RemoteObjects remoteObjects) {
    WireKryo kryo = new WireKryo(remoteObjects);
    kryo.setRegistrationRequired(true);
    kryo.setReferences(false);
    kryo.setMaxDepth(MAX_DEPTH);
    // Generic type hints only save class tags; without them the layout does not depend on them,
    // and no tracking state can be left behind by a failed read.
    kryo.setOptimizedGenerics(false);
    kryo.setInstantiatorStrategy(new NoArgConstructorStrategy());

    kryo.register(String.class, new Utf8StringSerializer(), STRING_ID);
    kryo.register(Void.class, new VoidSerializer(), TypeTable.VOID_ID);
    kryo.register(RemoteReferenceSerializer.Marker.class, new RemoteReferenceSerializer(remoteObjects),
        TypeTable.REMOTE_REFERENCE_ID);
    List<Class<?>> jdkClasses = types.jdkClasses();
    for (int i = 0; i < jdkClasses.size(); i++) {
      Class<?> type = jdkClasses.get(i);
      kryo.register(type, serializerFor(kryo, types, type), TypeTable.FIRST_JDK_ID + i);
    }
    types.applicationClasses().forEach((id, type) -> {
      try {
        kryo.register(type, serializerFor(kryo, types, type), id);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot encode " + type.getName() + " on the wire: " + e.getMessage(), e);
      }
    });
    return kryo;
  }

  /**
   * Chooses the serializer of a registered class. Annotations on application classes are not
   * consulted, so that no class can opt into Java serialization on the wire.
   */
  private static Serializer<?> serializerFor(Kryo kryo, TypeTable types, Class<?> type) {
    ValueCodec<?> generated = types.codecFor(type);
    if (generated != null) {
      return new GeneratedCodecSerializer<>(generated);
    } else if (type == boolean[].class) {
      return new ArraySerializers.BooleanArraySerializer();
    } else if (type == String[].class) {
      return new ArraySerializers.StringArraySerializer();
    } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
      return new ArraySerializers.ObjectArraySerializer();
    } else if (type.isArray()) {
      return kryo.getDefaultSerializer(type); // Kryo's, reading through BoundedInput's checked bulk reads
    } else if (Collection.class.isAssignableFrom(type)) {
      return new BoundedCollectionSerializer(type);
    } else if (Map.class.isAssignableFrom(type)) {
      return new BoundedMapSerializer(type);
    } else if (type == UUID.class) {
      return new UUIDSerializer();
    } else if (type == URI.class) {
      return new URISerializer();
    } else if (ZoneId.class.isAssignableFrom(type) && type != ZoneOffset.class) {
      return new ZoneIdSerializer(); // java.time.ZoneRegion
    } else if (type.isEnum()) {
      return new EnumSerializer(type.asSubclass(Enum.class));
    } else if (type.isRecord()) {
      return new RecordSerializer<>(type); // one the processor could not construct from the interface's package
    } else if (type.getClassLoader() == null) {
      return kryo.getDefaultSerializer(type); // a JDK class of WireTypes.CONCRETE: Kryo has a serializer for each
    }
    return new FieldSerializer<>(kryo, type);
  }

  /**
   * Never lets an annotation choose a serializer. Kryo would otherwise read the annotations of
   * every JDK class registered here, which costs a fresh JVM tens of milliseconds.
   */
  @Override
  @SuppressWarnings("rawtypes")
  protected @Nullable Serializer getDefaultSerializerForAnnotatedType(Class type) {
    return null;
  }

  /** Refuses unregistered classes with a message that says how to allow them. */
  @Override
  @SuppressWarnings("rawtypes")
  public Registration getRegistration(Class type) {
    try {
      return super.getRegistration(type);
    } catch (IllegalArgumentException e) {
      throw new UnregisteredClassException(type);
    }
  }

  /** A class that is not registered was about to be written or read. */
  static final class UnregisteredClassException extends KryoException {
    private static final long serialVersionUID = 1L;

    UnregisteredClassException(Class<?> type) {
      super(messageFor(type));
    }

    private static String messageFor(Class<?> type) {
      String prefix = "class " + type.getName() + " is not allowed on the wire: ";
      if (Throwable.class.isAssignableFrom(type)) {
        return prefix + "exceptions travel only when thrown by a remote method, not as values";
      } else if (type.isSynthetic() || type.isAnonymousClass() || type.isHidden()) {
        return prefix + "lambdas and anonymous classes are code, not data";
      } else if (type.getClassLoader() == null || type.getClassLoader() == ClassLoader.getPlatformClassLoader()) {
        return prefix + "the JDK classes that travel are primitives, their boxes, String, enums and those listed"
            + " in io.proxima.spi.WireTypes.CONCRETE";
      }
      return prefix + "it is not reachable from a @Remote signature; allow it with Node.Builder.allowTypes";
    }
  }
}
