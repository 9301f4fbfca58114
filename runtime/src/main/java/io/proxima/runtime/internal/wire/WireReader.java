package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import io.proxima.spi.ValueReader;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of one fully buffered message, in the order {@link WireWriter} wrote them.
 * Every failure is a {@link DecodingException} that says why the input was refused.
 *
 * <p>Not thread-safe. {@link #close()} returns the Kryo to the pool; the message's bytes must not
 * change until then.
 */
public final class WireReader implements ValueReader, AutoCloseable {
  private static final Map<Class<?>, Class<?>> BOXES = Map.of(
      boolean.class, Boolean.class, byte.class, Byte.class, short.class, Short.class, char.class, Character.class,
      int.class, Integer.class, long.class, Long.class, float.class, Float.class, double.class, Double.class,
      void.class, Void.class);

  private final WireCodec codec;
  private @Nullable WireContext context;
  private final Kryo kryo;
  private final BoundedInput input;
  private boolean failed;

  WireReader(WireCodec codec, WireContext context) {
    this.codec = codec;
    this.context = context;
    this.kryo = context.kryo;
    this.input = context.input;
  }

  @Override
  public boolean readBoolean() {
    checkOpen();
    try {
      return input.readBoolean();
    } catch (RuntimeException e) {
      throw failed(e, boolean.class);
    }
  }

  @Override
  public byte readByte() {
    checkOpen();
    try {
      return input.readByte();
    } catch (RuntimeException e) {
      throw failed(e, byte.class);
    }
  }

  @Override
  public short readShort() {
    checkOpen();
    try {
      return input.readShort();
    } catch (RuntimeException e) {
      throw failed(e, short.class);
    }
  }

  @Override
  public char readChar() {
    checkOpen();
    try {
      return input.readChar();
    } catch (RuntimeException e) {
      throw failed(e, char.class);
    }
  }

  @Override
  public int readInt() {
    checkOpen();
    try {
      return input.readVarInt(false);
    } catch (RuntimeException e) {
      throw failed(e, int.class);
    }
  }

  @Override
  public long readLong() {
    checkOpen();
    try {
      return input.readVarLong(false);
    } catch (RuntimeException e) {
      throw failed(e, long.class);
    }
  }

  @Override
  public float readFloat() {
    checkOpen();
    try {
      return input.readFloat();
    } catch (RuntimeException e) {
      throw failed(e, float.class);
    }
  }

  @Override
  public double readDouble() {
    checkOpen();
    try {
      return input.readDouble();
    } catch (RuntimeException e) {
      throw failed(e, double.class);
    }
  }

  /**
   * Reads a value written by {@link WireWriter#writeObject} with the same declared type.
   *
   * @throws DecodingException if the input is refused, or holds a value that is not a {@code
   *     declaredType}
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T readObject(Class<?> declaredType) {
    checkOpen();
    Object value;
    try {
      value = WireWriter.isFixed(kryo, declaredType)
          ? kryo.readObjectOrNull(input, declaredType)
          : kryo.readClassAndObject(input);
    } catch (RuntimeException e) {
      throw failed(e, declaredType);
    }
    if (value != null && !BOXES.getOrDefault(declaredType, declaredType).isInstance(value)) {
      throw new DecodingException("input holds a " + value.getClass().getName() + " where a "
          + declaredType.getName() + " is declared");
    }
    return (T) value;
  }

  /** The number of bytes of the message not read yet. */
  public int remaining() {
    checkOpen();
    return input.limit() - input.position();
  }

  /** Refuses the message if bytes are left after its last value: writer and reader disagree on its layout. */
  public void expectEnd() {
    int left = remaining();
    if (left != 0) {
      throw new DecodingException(left + " bytes are left after the last value of the message;"
          + " the peer wrote values this side does not expect");
    }
  }

  /** Returns the Kryo to the pool. Idempotent. */
  @Override
  public void close() {
    WireContext released = context;
    if (released != null) {
      context = null;
      codec.release(released, failed);
    }
  }

  private DecodingException failed(RuntimeException e, Class<?> declaredType) {
    failed = true;
    return Failures.decoding(e, declaredType);
  }

  private void checkOpen() {
    if (context == null) {
      throw new IllegalStateException("this reader is closed");
    }
  }
}
