package io.proxima.runtime.internal.wire;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.KryoBufferUnderflowException;
import io.netty.buffer.ByteBuf;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A Kryo {@link Input} over a fully buffered message that refuses any declared length the message
 * cannot hold, before allocating for it.
 *
 * <p>Kryo 5.6.2 allocates arrays and strings from the length the input declares, so a few bytes
 * declaring two billion elements exhaust the heap. Every bulk read Kryo's serializers use is
 * overridden here to compare the declared length with the bytes available (each element takes at
 * least one byte, or its fixed width).
 *
 * <p>Containers being read also reserve one byte per element still to come ({@link #reserve}), and
 * those bytes are not available to what is nested inside. Otherwise 64 nested arrays could each
 * declare the whole message as their length and together allocate 64 times what it can hold.
 *
 * <p>A message outside the heap (a large body read straight from the socket into direct memory,
 * or gathered from the event loop's read buffers) is read through a small window, and a long byte
 * array straight into its own array: copying the message into the heap first cost one more pass
 * over every byte of a 1 MiB argument or result.
 */
final class BoundedInput extends Input {
  private static final byte[] EMPTY = new byte[0];
  private static final int MAX_RETAINED_CHARS = 8192;
  private static final int WINDOW_BYTES = 16 << 10;

  /** The message when it lies outside the heap, whose bytes from {@link #sourceIndex} on are not yet in the window; else null. */
  private @Nullable ByteBuf source;
  private int sourceIndex;
  private int sourceEnd;
  private byte[] window = EMPTY;

  private long reserved;
  /** The message's new strings so far, which a later string may refer to (see {@link StringTable}). */
  private final String[] strings = new String[StringTable.SHARED];
  private int stringCount;

  BoundedInput() {
    super(EMPTY);
  }

  /** Returns {@code input} as the bounded input every decoding Kryo reads from. */
  static BoundedInput of(Input input) {
    if (input instanceof BoundedInput bounded) {
      return bounded;
    }
    throw new IllegalStateException("wire serializers read only from a BoundedInput, not a " + input.getClass());
  }

  /** Reads from {@code bytes[offset, offset + length)}; the input never reads past it. */
  void wrap(byte[] bytes, int offset, int length) {
    setBuffer(bytes, offset, length);
    source = null;
    sourceIndex = 0;
    sourceEnd = 0;
    reserved = 0;
    if (stringCount > 0) {
      Arrays.fill(strings, 0, stringCount, null);
      stringCount = 0;
    }
  }

  /**
   * Reads the readable bytes of {@code message}, which stay where they are (its indexes do not
   * move) and must not change until the next message.
   */
  void wrap(ByteBuf message) {
    if (window == EMPTY) {
      window = new byte[WINDOW_BYTES];
    }
    wrap(window, 0, 0);
    source = message;
    sourceIndex = message.readerIndex();
    sourceEnd = message.writerIndex();
  }

  /** Moves the next bytes of a message outside the heap into the window; -1 once there are none. */
  @Override
  protected int fill(byte[] buffer, int offset, int count) {
    int left = sourceEnd - sourceIndex;
    if (left == 0) {
      return -1;
    }
    int moved = Math.min(count, left); // 0 when the window is full: Kryo then compacts it and asks again
    source.getBytes(sourceIndex, buffer, offset, moved);
    sourceIndex += moved;
    return moved;
  }

  /** Copies a long array of a message outside the heap straight into {@code bytes}, not through the window. */
  @Override
  public void readBytes(byte[] bytes, int offset, int count) {
    int inWindow = limit - position;
    if (count <= inWindow || source == null) {
      super.readBytes(bytes, offset, count);
      return;
    }
    int fromSource = count - inWindow;
    if (fromSource > sourceEnd - sourceIndex) {
      throw new KryoBufferUnderflowException("Buffer underflow.");
    }
    System.arraycopy(buffer, position, bytes, offset, inWindow);
    position = limit;
    source.getBytes(sourceIndex, bytes, offset + inWindow, fromSource);
    sourceIndex += fromSource;
  }

  /** Reads a UTF-8 string of {@code bytes} bytes, which {@link #checkLength} has allowed. */
  String readUtf8(int bytes) {
    if (bytes > capacity) {
      return new String(readBytes(bytes), UTF_8); // only outside the heap: the string is longer than the window
    }
    require(bytes);
    String value = new String(buffer, position, bytes, UTF_8);
    position += bytes;
    return value;
  }

  /** The bytes of the message not read yet. */
  int remainingBytes() {
    return limit - position + sourceEnd - sourceIndex;
  }

  /** Takes {@code value} as the message's next new string. */
  void newString(String value) {
    if (stringCount < strings.length) {
      strings[stringCount++] = value;
    }
  }

  /** The message's new string of {@code index}, to which a later string refers. */
  String earlierString(int index) {
    if (index >= stringCount) {
      throw new DecodingException("a string refers to the message's string #" + Integer.toUnsignedString(index)
          + " but only " + stringCount + " strings it can refer to came before it");
    }
    return strings[index];
  }

  /** Drops the last message, and a large scratch buffer left by a long string, so that they can be collected. */
  void clear() {
    wrap(EMPTY, 0, 0);
    if (chars.length > MAX_RETAINED_CHARS) {
      chars = new char[32];
    }
  }

  /** The bytes left in the message that no enclosing container has reserved for its later elements. */
  long unreservedBytes() {
    return remainingBytes() - reserved;
  }

  /** Reserves {@code bytes} for elements to be read later; call {@link #unreserve} as each one starts. */
  void reserve(long bytes) {
    reserved += bytes;
  }

  void unreserve(int bytes) {
    reserved -= bytes;
  }

  /**
   * Reads a container's varint length plus one (0 is null) and refuses it unless {@code
   * minBytesEach} bytes per element are available.
   *
   * @return the length, or -1 for null
   */
  int readLength(int minBytesEach, String what) {
    int declared = readVarInt(true);
    if (declared == 0) {
      return -1;
    }
    checkLength(declared - 1, minBytesEach, what);
    return declared - 1;
  }

  /** Refuses {@code count} elements of at least {@code bytesEach} bytes unless they are available. */
  void checkLength(int count, int bytesEach, String what) {
    if (count < 0 || (long) count * bytesEach > unreservedBytes()) {
      throw new DecodingException("input declares a length of " + Integer.toUnsignedString(count) + " for " + what
          + " (at least " + Integer.toUnsignedLong(count) * bytesEach + " bytes) but only "
          + Math.max(0, unreservedBytes()) + " bytes of the message are left for it");
    }
  }

  @Override
  public void setInputStream(InputStream inputStream) {
    throw new UnsupportedOperationException("decoding reads only from a fully buffered message");
  }

  @Override
  public byte[] readBytes(int length) {
    checkLength(length, 1, "a byte array");
    return super.readBytes(length);
  }

  @Override
  public int[] readInts(int length) {
    checkLength(length, 4, "an int array");
    return super.readInts(length);
  }

  @Override
  public int[] readInts(int length, boolean optimizePositive) {
    checkLength(length, varEncoding ? 1 : 4, "an int array");
    return super.readInts(length, optimizePositive);
  }

  @Override
  public long[] readLongs(int length) {
    checkLength(length, 8, "a long array");
    return super.readLongs(length);
  }

  @Override
  public long[] readLongs(int length, boolean optimizePositive) {
    checkLength(length, varEncoding ? 1 : 8, "a long array");
    return super.readLongs(length, optimizePositive);
  }

  @Override
  public float[] readFloats(int length) {
    checkLength(length, 4, "a float array");
    return super.readFloats(length);
  }

  @Override
  public double[] readDoubles(int length) {
    checkLength(length, 8, "a double array");
    return super.readDoubles(length);
  }

  @Override
  public short[] readShorts(int length) {
    checkLength(length, 2, "a short array");
    return super.readShorts(length);
  }

  @Override
  public char[] readChars(int length) {
    checkLength(length, 2, "a char array");
    return super.readChars(length);
  }

  @Override
  public boolean[] readBooleans(int length) {
    checkLength(length, 1, "a boolean array");
    return super.readBooleans(length);
  }

  // Kryo's own string format, which some of its serializers read directly (Locale, URI, ZoneId,
  // String fields of FieldSerializer): its UTF-8 form declares a char count and allocates for it.
  @Override
  public String readString() {
    checkKryoStringLength();
    return super.readString();
  }

  @Override
  public StringBuilder readStringBuilder() {
    checkKryoStringLength();
    return super.readStringBuilder();
  }

  private void checkKryoStringLength() {
    // At most 5 bytes of length, in the window before it is read: reading them then moves no bytes.
    if (optional(5) <= 0 || (buffer[position] & 0x80) == 0) {
      return; // underflow is reported by Kryo; the ASCII form declares no length
    }
    int start = position;
    int declared = readVarIntFlag(true); // 0 is null, 1 is empty, n + 1 is n chars
    if (declared < 0 || declared > 1) {
      checkLength(declared - 1, 1, "a string");
    }
    position = start;
  }
}
