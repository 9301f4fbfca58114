package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import io.proxima.spi.ValueCodec;

/**
 * Encodes a record with the codec the processor generated for it, in place of Kryo's record
 * serializer, which reads the components and calls the constructor by reflection and boxes every
 * primitive on the way.
 *
 * <p>Not thread-safe: one per Kryo, as Kryo's serializers are. It keeps views of the one output
 * and input that its Kryo works with (see {@link WireContext}).
 */
final class GeneratedCodecSerializer<T> extends Serializer<T> {
  private final ValueCodec<T> codec;
  private ValueLayout.Writer writer;
  private ValueLayout.Reader reader;

  GeneratedCodecSerializer(ValueCodec<T> codec) {
    super(false, true);
    this.codec = codec;
  }

  @Override
  public void write(Kryo kryo, Output output, T value) {
    if (writer == null || !writer.writesTo(output)) {
      writer = new ValueLayout.Writer(kryo, output);
    }
    codec.write(writer, value);
  }

  @Override
  public T read(Kryo kryo, Input input, Class<? extends T> type) {
    if (reader == null || !reader.readsFrom(input)) {
      reader = new ValueLayout.Reader(kryo, input);
    }
    return codec.read(reader);
  }
}
