package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.Collections;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The element layout shared by the collection and map serializers.
 *
 * <p>A group of elements starts with one class tag: the class all non-null elements share, each
 * then written with a one-byte null marker or a serializer that encodes null itself; or the null
 * tag when they differ, each then written with its own class tag. Either way every element takes
 * at least one byte, so a declared element count beyond the bytes available is refused before
 * anything is allocated, and that byte is reserved (see {@link BoundedInput#reserve}) until the
 * element's turn comes. (Kryo's own serializers can write zero bytes per element, for example for
 * a list of nulls or of empty records, which lets a tiny message declare billions of them.)
 */
final class ElementCodec {
  private static final byte NATURAL_ORDER = 0;
  private static final byte REVERSE_ORDER = 1;
  private static final int MAX_INITIAL_CAPACITY = 1 << 14;

  private ElementCodec() {}

  /** Returns the class every non-null element has, or null if they differ or are all null. */
  static @Nullable Class<?> commonClass(Iterable<?> elements) {
    Class<?> common = null;
    for (Object element : elements) {
      if (element == null) {
        continue;
      }
      if (common == null) {
        common = element.getClass();
      } else if (element.getClass() != common) {
        return null;
      }
    }
    return common;
  }

  /** Writes the group's class tag and returns the serializer for its elements, or null for mixed classes. */
  static @Nullable Serializer<?> writeGroupHeader(Kryo kryo, Output output, @Nullable Class<?> common) {
    Registration registration = kryo.writeClass(output, common);
    return registration == null ? null : registration.getSerializer();
  }

  static void writeElement(Kryo kryo, Output output, @Nullable Object element, @Nullable Serializer<?> shared) {
    if (shared != null) {
      kryo.writeObjectOrNull(output, element, shared);
    } else {
      kryo.writeClassAndObject(output, element);
    }
  }

  /** Reads a group's class tag: the registration its elements share, or null for mixed classes. */
  static @Nullable Registration readGroupHeader(Kryo kryo, Input input) {
    return kryo.readClass(input);
  }

  /** Reads one element; {@code reservedBytes} of it were reserved when its container's length was read. */
  static @Nullable Object readElement(Kryo kryo, BoundedInput input, @Nullable Registration shared, int reservedBytes) {
    input.unreserve(reservedBytes);
    if (shared != null) {
      Class<?> type = shared.getType();
      return kryo.readObjectOrNull(input, type, shared.getSerializer());
    }
    return kryo.readClassAndObject(input);
  }

  /**
   * The capacity to allocate for a declared size that {@link BoundedInput#readLength} accepted.
   * Presizing saves a few copies for large collections, but a declared size is only a claim until
   * the elements arrive, so it is capped: memory then grows with the elements actually read.
   */
  static int initialCapacity(int declaredSize) {
    return Math.min(declaredSize, MAX_INITIAL_CAPACITY);
  }

  /**
   * Writes the ordering of a sorted collection. Only natural and reverse natural order travel: a
   * custom comparator is code, not data.
   */
  static void writeOrder(Output output, @Nullable Comparator<?> comparator, Class<?> type) {
    if (comparator == null) {
      output.writeByte(NATURAL_ORDER);
    } else if (comparator == Collections.reverseOrder()) {
      output.writeByte(REVERSE_ORDER);
    } else {
      throw new EncodingException("a " + type.getName() + " ordered by " + comparator.getClass().getName()
          + " cannot travel: a comparator is code, not data; use natural order or Collections.reverseOrder()");
    }
  }

  static @Nullable Comparator<Object> readOrder(Input input) {
    byte order = input.readByte();
    return switch (order) {
      case NATURAL_ORDER -> null;
      case REVERSE_ORDER -> Collections.reverseOrder();
      default -> throw new DecodingException("input declares an unknown sort order " + order);
    };
  }
}
