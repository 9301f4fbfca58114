package io.proxima.runtime.internal.wire;

import io.proxima.spi.ValueWriter;
import io.proxima.runtime.internal.transport.MessageBody;
import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;

/**
 * Writes the values of one message into a pooled buffer; {@link #length()} and {@link #writeTo}
 * let the transport copy what was written into a frame after its header.
 *
 * <p>{@code int}, {@code long} and their arrays are variable-length (zigzag) encoded, the other
 * primitives have fixed widths. After an {@link EncodingException} the contents are undefined:
 * discard the message and close the writer.
 *
 * <p>Not thread-safe. {@link #close()} returns the buffer to the pool: copy the bytes out first.
 */
public final class WireWriter implements ValueWriter, MessageBody, AutoCloseable {
  private final WireCodec codec;
  private final WireContext context;
  private boolean open;
  private final ValueLayout.Writer values;
  private final WireOutput output;
  private boolean failed;

  /** The one writer of {@code context}, which {@link WireCodec} opens for each message. */
  WireWriter(WireCodec codec, WireContext context) {
    this.codec = codec;
    this.context = context;
    this.values = context.writer;
    this.output = context.output;
  }
  /** Readies this writer for one message. */
  WireWriter open() {
    open = true;
    failed = false;
    return this;
  }


  @Override
  public void writeBoolean(boolean value) {
    checkOpen();
    try {
      values.writeBoolean(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeByte(byte value) {
    checkOpen();
    try {
      values.writeByte(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeShort(short value) {
    checkOpen();
    try {
      values.writeShort(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeChar(char value) {
    checkOpen();
    try {
      values.writeChar(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeInt(int value) {
    checkOpen();
    try {
      values.writeInt(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeLong(long value) {
    checkOpen();
    try {
      values.writeLong(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeFloat(float value) {
    checkOpen();
    try {
      values.writeFloat(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  @Override
  public void writeDouble(double value) {
    checkOpen();
    try {
      values.writeDouble(value);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  /**
   * Writes {@code value} as a deep copy. When {@code declaredType} is final (a record, a final
   * class, String, a box, an array of a final type) or an enum, no class tag is written and the
   * reader must pass the same declared type; otherwise the value's class travels as its id.
   *
   * @throws EncodingException if the value, or anything it holds, is of a class not allowed on
   *     the wire, nests deeper than the limit, or makes the message too large
   */
  @Override
  public void writeObject(@Nullable Object value, Class<?> declaredType) {
    checkOpen();
    try {
      values.writeObject(value, declaredType);
    } catch (RuntimeException e) {
      throw failed(e, value);
    }
  }

  /** The number of bytes written so far. */
  @Override
  public int length() {
    checkOpen();
    return output.length();
  }

  /**
   * Copies the bytes written so far into {@code frame}. Large arrays were not copied when written
   * (see {@link WireOutput}): they are copied here, and must not have changed since.
   */
  @Override
  public void writeTo(ByteBuf frame) {
    checkOpen();
    output.writeTo(frame);
  }

  /** Returns a copy of the bytes written so far. */
  public byte[] toByteArray() {
    checkOpen();
    return output.toByteArray();
  }

  /** Returns the Kryo and the buffer to the pool. Idempotent. */
  @Override
  public void close() {
    if (open) {
      open = false;
      codec.release(context, failed);
    }
  }

  private EncodingException failed(RuntimeException e, @Nullable Object value) {
    failed = true;
    return Failures.encoding(e, value, codec.maxMessageBytes());
  }

  private void checkOpen() {
    if (!open) {
      throw new IllegalStateException("this writer is closed");
    }
  }
}
