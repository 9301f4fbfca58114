package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Collections: a varint of the size plus one (0 is null), for a {@code TreeSet} its order, then
 * the elements as {@link ElementCodec} lays them out.
 *
 * <p>On write it accepts any collection, because unregistered implementations ({@code List.of},
 * {@code Collections.unmodifiableSet}, ...) are written under the registration of the standard
 * class they stand for (see {@link GuardedClassResolver}). On read the declared size must fit in
 * the bytes available, and the capacity allocated before any element arrives is clamped further
 * (see {@link ElementCodec#initialCapacity}): beyond it a collection grows only as elements are
 * actually read.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class BoundedCollectionSerializer extends Serializer<Collection> {
  private final Class<?> type;

  BoundedCollectionSerializer(Class<?> type) {
    this.type = type;
    setAcceptsNull(true);
  }

  @Override
  public void write(Kryo kryo, Output output, @Nullable Collection collection) {
    if (collection == null) {
      output.writeVarInt(0, true);
      return;
    }
    int size = collection.size();
    output.writeVarInt(size + 1, true);
    if (type == TreeSet.class) {
      Comparator<?> comparator = collection instanceof SortedSet sorted ? sorted.comparator() : null;
      ElementCodec.writeOrder(output, comparator, collection.getClass());
    }
    if (size == 0) {
      return;
    }
    Serializer<?> shared = ElementCodec.writeGroupHeader(kryo, output, ElementCodec.commonClass(collection));
    int written = 0;
    for (Object element : collection) {
      if (written++ == size) {
        break;
      }
      ElementCodec.writeElement(kryo, output, element, shared);
    }
    if (written != size) {
      throw new EncodingException("a " + collection.getClass().getName() + " changed size while it was being"
          + " encoded; a value must not be modified while it is passed to a remote call");
    }
  }

  @Override
  public @Nullable Collection read(Kryo kryo, Input input, Class<? extends Collection> requested) {
    BoundedInput bounded = BoundedInput.of(input);
    int size = bounded.readLength(1, "a " + type.getName());
    if (size < 0) {
      return null;
    }
    Comparator<Object> order = type == TreeSet.class ? ElementCodec.readOrder(bounded) : null;
    Collection collection = create(kryo, requested, size, order);
    if (size == 0) {
      return collection;
    }
    bounded.reserve(size);
    Registration shared = ElementCodec.readGroupHeader(kryo, bounded);
    for (int i = 0; i < size; i++) {
      collection.add(ElementCodec.readElement(kryo, bounded, shared, 1));
    }
    return collection;
  }

  private Collection create(Kryo kryo, Class<? extends Collection> requested, int declaredSize,
      @Nullable Comparator<Object> order) {
    int size = ElementCodec.initialCapacity(declaredSize);
    if (type == ArrayList.class) {
      return new ArrayList<>(size);
    } else if (type == LinkedList.class) {
      return new LinkedList<>();
    } else if (type == ArrayDeque.class) {
      return new ArrayDeque<>(size);
    } else if (type == HashSet.class) {
      return new HashSet<>(hashCapacity(size));
    } else if (type == LinkedHashSet.class) {
      return new LinkedHashSet<>(hashCapacity(size));
    } else if (type == TreeSet.class) {
      return new TreeSet<>(order);
    }
    return kryo.newInstance(requested); // an application subclass, with its no-argument constructor
  }

  static int hashCapacity(int size) {
    return (int) (size / 0.75f) + 1;
  }
}
