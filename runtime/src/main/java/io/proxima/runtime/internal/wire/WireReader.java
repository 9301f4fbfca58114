package io.proxima.runtime.internal.wire;

import io.proxima.spi.ValueReader;

/**
 * Reads the values of one fully buffered message, in the order {@link WireWriter} wrote them.
 * Every failure is a {@link DecodingException} that says why the input was refused.
 *
 * <p>Not thread-safe. {@link #close()} returns the Kryo to the pool; the message's bytes must not
 * change until then.
 */
public final class WireReader implements ValueReader, AutoCloseable {
  private final WireCodec codec;
  private final WireContext context;
  private boolean open;
  private final ValueLayout.Reader values;
  private final BoundedInput input;
  private boolean failed;

  /** The one reader of {@code context}, which {@link WireCodec} opens for each message. */
  WireReader(WireCodec codec, WireContext context) {
    this.codec = codec;
    this.context = context;
    this.values = context.reader;
    this.input = context.input;
  }
  /** Readies this reader for one message. */
  WireReader open() {
    open = true;
    failed = false;
    return this;
  }


  @Override
  public boolean readBoolean() {
    checkOpen();
    try {
      return values.readBoolean();
    } catch (RuntimeException e) {
      throw failed(e, boolean.class);
    }
  }

  @Override
  public byte readByte() {
    checkOpen();
    try {
      return values.readByte();
    } catch (RuntimeException e) {
      throw failed(e, byte.class);
    }
  }

  @Override
  public short readShort() {
    checkOpen();
    try {
      return values.readShort();
    } catch (RuntimeException e) {
      throw failed(e, short.class);
    }
  }

  @Override
  public char readChar() {
    checkOpen();
    try {
      return values.readChar();
    } catch (RuntimeException e) {
      throw failed(e, char.class);
    }
  }

  @Override
  public int readInt() {
    checkOpen();
    try {
      return values.readInt();
    } catch (RuntimeException e) {
      throw failed(e, int.class);
    }
  }

  @Override
  public long readLong() {
    checkOpen();
    try {
      return values.readLong();
    } catch (RuntimeException e) {
      throw failed(e, long.class);
    }
  }

  @Override
  public float readFloat() {
    checkOpen();
    try {
      return values.readFloat();
    } catch (RuntimeException e) {
      throw failed(e, float.class);
    }
  }

  @Override
  public double readDouble() {
    checkOpen();
    try {
      return values.readDouble();
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
  public <T> T readObject(Class<?> declaredType) {
    checkOpen();
    try {
      return values.readObject(declaredType);
    } catch (RuntimeException e) {
      throw failed(e, declaredType);
    }
  }

  /** The number of bytes of the message not read yet. */
  public int remaining() {
    checkOpen();
    return input.remainingBytes();
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
    if (open) {
      open = false;
      codec.release(context, failed);
    }
  }

  private DecodingException failed(RuntimeException e, Class<?> declaredType) {
    failed = true;
    return Failures.decoding(e, declaredType);
  }

  private void checkOpen() {
    if (!open) {
      throw new IllegalStateException("this reader is closed");
    }
  }
}
