package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import io.proxima.spi.ValueReader;
import io.proxima.spi.ValueWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How values are laid out on the wire, in one place for {@link WireWriter}, {@link WireReader}
 * and the serializers of generated record codecs: {@code int} and {@code long} as zigzag
 * varints, the other primitives at their fixed widths, and an object of a final or enum declared
 * type without a class tag (the reader knows it), any other object after its class tag.
 *
 * <p>These views neither check nor translate failures: Kryo's exceptions go to whoever reads or
 * writes the whole message. Not thread-safe.
 */
final class ValueLayout {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      boolean.class, Boolean.class, byte.class, Byte.class, short.class, Short.class, char.class, Character.class,
      int.class, Integer.class, long.class, Long.class, float.class, Float.class, double.class, Double.class,
      void.class, Void.class);

  private ValueLayout() {}

  /** Whether a value of {@code declaredType} travels without a class tag. */
  static boolean isFixed(Kryo kryo, Class<?> declaredType) {
    return declaredType.isEnum() || kryo.isFinal(declaredType);
  }

  /** Writes values into one Kryo output. */
  static final class Writer implements ValueWriter {
    private final Kryo kryo;
    private final Output output;

    Writer(Kryo kryo, Output output) {
      this.kryo = kryo;
      this.output = output;
    }

    boolean writesTo(Output other) {
      return output == other;
    }

    @Override
    public void writeBoolean(boolean value) {
      output.writeBoolean(value);
    }

    @Override
    public void writeByte(byte value) {
      output.writeByte(value);
    }

    @Override
    public void writeShort(short value) {
      output.writeShort(value);
    }

    @Override
    public void writeChar(char value) {
      output.writeChar(value);
    }

    @Override
    public void writeInt(int value) {
      output.writeVarInt(value, false);
    }

    @Override
    public void writeLong(long value) {
      output.writeVarLong(value, false);
    }

    @Override
    public void writeFloat(float value) {
      output.writeFloat(value);
    }

    @Override
    public void writeDouble(double value) {
      output.writeDouble(value);
    }

    @Override
    public void writeObject(@Nullable Object value, Class<?> declaredType) {
      if (declaredType == String.class) {
        Utf8StringSerializer.writeString(output, (String) value); // what Kryo would call, minus its lookups
      } else if (isFixed(kryo, declaredType)) {
        kryo.writeObjectOrNull(output, value, declaredType);
      } else {
        kryo.writeClassAndObject(output, value);
      }
    }
  }

  /** Reads values from one Kryo input. */
  static final class Reader implements ValueReader {
    private final Kryo kryo;
    private final Input input;

    Reader(Kryo kryo, Input input) {
      this.kryo = kryo;
      this.input = input;
    }

    boolean readsFrom(Input other) {
      return input == other;
    }

    @Override
    public boolean readBoolean() {
      return input.readBoolean();
    }

    @Override
    public byte readByte() {
      return input.readByte();
    }

    @Override
    public short readShort() {
      return input.readShort();
    }

    @Override
    public char readChar() {
      return input.readChar();
    }

    @Override
    public int readInt() {
      return input.readVarInt(false);
    }

    @Override
    public long readLong() {
      return input.readVarLong(false);
    }

    @Override
    public float readFloat() {
      return input.readFloat();
    }

    @Override
    public double readDouble() {
      return input.readDouble();
    }

    /**
     * Reads a value written with the same declared type.
     *
     * @throws DecodingException if the input holds a value that is not a {@code declaredType}
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T readObject(Class<?> declaredType) {
      if (declaredType == String.class) {
        return (T) Utf8StringSerializer.readString(input); // what Kryo would call, minus its lookups
      }
      Object value = isFixed(kryo, declaredType)
          ? kryo.readObjectOrNull(input, declaredType)
          : kryo.readClassAndObject(input);
      if (value != null && !BOXES.getOrDefault(declaredType, declaredType).isInstance(value)) {
        throw new DecodingException("input holds a " + value.getClass().getName() + " where a "
            + declaredType.getName() + " is declared");
      }
      return (T) value;
    }
  }
}
