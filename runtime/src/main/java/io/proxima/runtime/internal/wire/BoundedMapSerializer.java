package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps: a varint of the size plus one (0 is null), for a {@code TreeMap} its order, then the keys'
 * and the values' group headers (see {@link ElementCodec}) and the entries, key then value.
 *
 * <p>Like {@link BoundedCollectionSerializer}, it writes any map under the registration it was
 * given, and on read refuses a size the bytes available cannot hold (two bytes per entry at least)
 * and clamps the capacity allocated before the entries arrive.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class BoundedMapSerializer extends Serializer<Map> {
  private final Class<?> type;

  BoundedMapSerializer(Class<?> type) {
    this.type = type;
    setAcceptsNull(true);
  }

  @Override
  public void write(Kryo kryo, Output output, @Nullable Map map) {
    if (map == null) {
      output.writeVarInt(0, true);
      return;
    }
    int size = map.size();
    output.writeVarInt(size + 1, true);
    if (type == TreeMap.class) {
      Comparator<?> comparator = map instanceof SortedMap sorted ? sorted.comparator() : null;
      ElementCodec.writeOrder(output, comparator, map.getClass());
    }
    if (size == 0) {
      return;
    }
    Serializer<?> keys = ElementCodec.writeGroupHeader(kryo, output, ElementCodec.commonClass(map.keySet()));
    Serializer<?> values = ElementCodec.writeGroupHeader(kryo, output, ElementCodec.commonClass(map.values()));
    int written = 0;
    for (Object object : map.entrySet()) {
      if (written++ == size) {
        break;
      }
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) object;
      ElementCodec.writeElement(kryo, output, entry.getKey(), keys);
      ElementCodec.writeElement(kryo, output, entry.getValue(), values);
    }
    if (written != size) {
      throw new EncodingException("a " + map.getClass().getName() + " changed size while it was being encoded;"
          + " a value must not be modified while it is passed to a remote call");
    }
  }

  @Override
  public @Nullable Map read(Kryo kryo, Input input, Class<? extends Map> requested) {
    BoundedInput bounded = BoundedInput.of(input);
    int size = bounded.readLength(2, "a " + type.getName());
    if (size < 0) {
      return null;
    }
    Comparator<Object> order = type == TreeMap.class ? ElementCodec.readOrder(bounded) : null;
    Map map = create(kryo, requested, size, order);
    if (size == 0) {
      return map;
    }
    bounded.reserve(2L * size);
    Registration keys = ElementCodec.readGroupHeader(kryo, bounded);
    Registration values = ElementCodec.readGroupHeader(kryo, bounded);
    for (int i = 0; i < size; i++) {
      Object key = ElementCodec.readElement(kryo, bounded, keys, 1);
      map.put(key, ElementCodec.readElement(kryo, bounded, values, 1));
    }
    return map;
  }

  private Map create(Kryo kryo, Class<? extends Map> requested, int declaredSize, @Nullable Comparator<Object> order) {
    int capacity = BoundedCollectionSerializer.hashCapacity(ElementCodec.initialCapacity(declaredSize));
    if (type == HashMap.class) {
      return new HashMap<>(capacity);
    } else if (type == LinkedHashMap.class) {
      return new LinkedHashMap<>(capacity);
    } else if (type == TreeMap.class) {
      return new TreeMap<>(order);
    }
    return kryo.newInstance(requested); // an application subclass, with its no-argument constructor
  }
}
