package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import org.jspecify.annotations.Nullable;

/**
 * The body of a frame as it arrived (a request's arguments, a reply's result), in an array that
 * its one owner reads and then {@link #release releases}.
 *
 * <p>A large body is not copied into a new array: on a heap of regions of 1 MiB a 1 MiB array
 * is a humongous object, zeroed on allocation and a step towards the next garbage collection.
 * One gathered across reads already lies in pooled heap memory (that of {@link LargeFrames}) and
 * is read where it lies; any other is copied there. Small bodies take an array of their own,
 * which costs less than a trip to the pool.
 *
 * <p>Not thread-safe: handed from the thread that read it to the one that decodes it.
 */
public final class Payload {
  private final byte[] array;
  private final int offset;
  private final int length;
  private @Nullable ByteBuf pooled;

  private Payload(byte[] array, int offset, int length, @Nullable ByteBuf pooled) {
    this.array = array;
    this.offset = offset;
    this.length = length;
    this.pooled = pooled;
  }

  /** A payload of {@code bytes}, which nobody changes any more. */
  private static Payload of(byte[] bytes) {
    return new Payload(bytes, 0, bytes.length, null);
  }

  /** Takes the readable bytes of {@code frame}, which stays the caller's to release. */
  static Payload of(ByteBuf frame) {
    int length = frame.readableBytes();
    if (length < LargeFrames.FROM_BYTES) {
      return of(ByteBufUtil.getBytes(frame));
    }
    ByteBuf body = frame.hasArray()
        ? frame.retainedSlice()
        : LargeFrames.body(length).writeBytes(frame, frame.readerIndex(), length);
    return new Payload(body.array(), body.arrayOffset() + body.readerIndex(), length, body);
  }

  /** The array holding the body at {@link #offset()}; valid until {@link #release()}. */
  public byte[] array() {
    return array;
  }

  public int offset() {
    return offset;
  }

  public int length() {
    return length;
  }

  /** Gives pooled memory back; the body must not be read afterwards. Idempotent. */
  public void release() {
    ByteBuf memory = pooled;
    if (memory != null) {
      pooled = null;
      memory.release();
    }
  }
}
