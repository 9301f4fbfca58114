package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Array;
import org.jspecify.annotations.Nullable;

/**
 * Array serializers that check the declared length against the bytes available before allocating.
 * Kryo's own serializers for {@code byte[]}, {@code int[]} and the other primitive arrays read
 * through {@link BoundedInput}'s checked bulk reads; these three allocate by themselves in Kryo
 * and are replaced.
 *
 * <p>Each layout is a varint of the length plus one (0 is null) followed by the elements, each of
 * which takes at least one byte, so a length beyond the bytes available is always a lie.
 */
final class ArraySerializers {
  private ArraySerializers() {}

  /** {@code boolean[]}: one byte per element, read in bulk through the checked input. */
  static final class BooleanArraySerializer extends Serializer<boolean[]> {
    BooleanArraySerializer() {
      setAcceptsNull(true);
    }

    @Override
    public void write(Kryo kryo, Output output, boolean @Nullable [] array) {
      if (array == null) {
        output.writeVarInt(0, true);
        return;
      }
      output.writeVarInt(array.length + 1, true);
      output.writeBooleans(array, 0, array.length);
    }

    @Override
    public boolean @Nullable [] read(Kryo kryo, Input input, Class<? extends boolean[]> type) {
      BoundedInput bounded = BoundedInput.of(input);
      int length = bounded.readLength(1, "a boolean array");
      return length < 0 ? null : bounded.readBooleans(length);
    }
  }

  /** {@code String[]}: elements in {@link Utf8StringSerializer}'s layout. */
  static final class StringArraySerializer extends Serializer<String[]> {
    StringArraySerializer() {
      setAcceptsNull(true);
    }

    @Override
    public void write(Kryo kryo, Output output, String @Nullable [] array) {
      if (array == null) {
        output.writeVarInt(0, true);
        return;
      }
      output.writeVarInt(array.length + 1, true);
      for (String element : array) {
        Utf8StringSerializer.writeString(output, element);
      }
    }

    @Override
    public String @Nullable [] read(Kryo kryo, Input input, Class<? extends String[]> type) {
      BoundedInput bounded = BoundedInput.of(input);
      int length = bounded.readLength(1, "a String array");
      if (length < 0) {
        return null;
      }
      String[] array = new String[length];
      bounded.reserve(length);
      for (int i = 0; i < length; i++) {
        bounded.unreserve(1);
        array[i] = Utf8StringSerializer.readString(bounded);
      }
      return array;
    }
  }

  /**
   * Arrays of reference types other than {@code String}. Elements of a final component type are
   * written without a class tag; others with one.
   */
  static final class ObjectArraySerializer extends Serializer<Object[]> {
    ObjectArraySerializer() {
      setAcceptsNull(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Object @Nullable [] array) {
      if (array == null) {
        output.writeVarInt(0, true);
        return;
      }
      output.writeVarInt(array.length + 1, true);
      Class<?> component = array.getClass().getComponentType();
      if (ValueLayout.isFixed(kryo, component)) {
        Serializer<?> serializer = kryo.getSerializer(component);
        for (Object element : array) {
          kryo.writeObjectOrNull(output, element, serializer);
        }
      } else {
        for (Object element : array) {
          kryo.writeClassAndObject(output, element);
        }
      }
    }

    @Override
    public Object @Nullable [] read(Kryo kryo, Input input, Class<? extends Object[]> type) {
      BoundedInput bounded = BoundedInput.of(input);
      Class<?> component = type.getComponentType();
      int length = bounded.readLength(1, "an array of " + component.getName());
      if (length < 0) {
        return null;
      }
      Object[] array = (Object[]) Array.newInstance(component, length);
      Serializer<?> serializer = ValueLayout.isFixed(kryo, component) ? kryo.getSerializer(component) : null;
      bounded.reserve(length);
      for (int i = 0; i < length; i++) {
        bounded.unreserve(1);
        array[i] = serializer != null
            ? kryo.readObjectOrNull(bounded, component, serializer)
            : kryo.readClassAndObject(bounded);
      }
      return array;
    }
  }
}
