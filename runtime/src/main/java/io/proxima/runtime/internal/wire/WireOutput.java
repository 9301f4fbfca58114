package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.io.KryoBufferOverflowException;
import com.esotericsoftware.kryo.io.Output;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * Kryo's in-memory output that does not copy large byte arrays into its buffer: it remembers
 * where each one goes, and {@link #writeTo} copies it once, straight into the frame. Copying a
 * 1 MiB array into the buffer first cost a 1 MiB buffer per message (the pool lets a buffer that
 * large go), and on a heap of regions of 1 MiB each such buffer is a humongous object that
 * brings a garbage collection closer.
 *
 * <p>A referenced array must not change until the message has been copied out; the transport
 * copies it on the thread that encoded it, before the call returns.
 */
final class WireOutput extends Output {
  /** Arrays at least this long are referenced rather than copied into the buffer. */
  static final int REFERENCED_ARRAY_BYTES = 8 << 10;

  /**
   * An array that goes at position {@code at} of the buffer, before the buffer's bytes from there
   * on. Kept for the next messages, which then reference arrays without allocating.
   */
  private static final class Referenced {
    int at;
    byte[] bytes;
    int offset;
    int count;
  }

  private final List<Referenced> referenced = new ArrayList<>(2);
  /** How many of {@link #referenced} this message uses. */
  private int referencedArrays;
  private final int maxMessageBytes;
  private int referencedBytes;
  /** The message's strings so far, which an equal string refers to rather than repeats. */
  final StringTable strings = new StringTable();

  WireOutput(int bufferSize, int maxMessageBytes) {
    super(bufferSize, maxMessageBytes);
    this.maxMessageBytes = maxMessageBytes;
  }

  @Override
  public void writeBytes(byte[] bytes, int offset, int count) {
    if (count < REFERENCED_ARRAY_BYTES) {
      super.writeBytes(bytes, offset, count);
      return;
    }
    if (count > maxCapacity - position) {
      throw new KryoBufferOverflowException("Buffer overflow. Max capacity: " + maxMessageBytes + ", required: "
          + ((long) length() + count));
    }
    if (referencedArrays == referenced.size()) {
      referenced.add(new Referenced());
    }
    Referenced array = referenced.get(referencedArrays++);
    array.at = position;
    array.bytes = bytes;
    array.offset = offset;
    array.count = count;
    referencedBytes += count;
    // What the buffer may still grow to shrinks by the array, so that Kryo's own checks keep the
    // whole message within the limit.
    maxCapacity -= count;
    capacity = Math.min(capacity, maxCapacity);
  }

  /**
   * Writes a string that is all ASCII, and so its own UTF-8, in the layout of {@link
   * Utf8StringSerializer} without first encoding it into an array of its own.
   *
   * @return false, having written nothing, if {@code value} has a character beyond ASCII, or is
   *     so long that its encoded array is better referenced than copied into the buffer
   */
  boolean writeAsciiString(String value) {
    int chars = value.length();
    if (chars >= REFERENCED_ARRAY_BYTES) {
      return false;
    }
    for (int i = 0; i < chars; i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    writeVarInt(Utf8StringSerializer.newStringHeader(chars), true);
    require(chars);
    for (int i = 0; i < chars; i++) {
      buffer[position++] = (byte) value.charAt(i);
    }
    return true;
  }

  /** The length of the message: the buffer's bytes and the referenced arrays. */
  int length() {
    return position + referencedBytes;
  }

  /** Copies the message into {@code frame}. */
  void writeTo(ByteBuf frame) {
    int copied = 0;
    for (int i = 0; i < referencedArrays; i++) {
      Referenced array = referenced.get(i);
      frame.writeBytes(buffer, copied, array.at - copied).writeBytes(array.bytes, array.offset, array.count);
      copied = array.at;
    }
    frame.writeBytes(buffer, copied, position - copied);
  }

  /** Returns a copy of the message. */
  byte[] toByteArray() {
    byte[] copy = new byte[length()];
    writeTo(Unpooled.wrappedBuffer(copy).clear());
    return copy;
  }

  @Override
  public void reset() {
    super.reset();
    for (int i = 0; i < referencedArrays; i++) {
      referenced.get(i).bytes = null; // the caller's arrays are not this output's to keep
    }
    referencedArrays = 0;
    referencedBytes = 0;
    strings.clear();
    maxCapacity = maxMessageBytes;
    capacity = buffer.length;
  }
}
