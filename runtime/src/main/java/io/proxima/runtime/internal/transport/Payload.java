package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;

/**
 * The body of a frame as it arrived (a request's arguments, a reply's result), in an array that
 * its one owner reads and then {@link #release releases}.
 *
 * <p>A large body is not copied into a new array: on a heap of regions of 1 MiB a 1 MiB array
 * is a humongous object, zeroed on allocation and a step towards the next garbage collection.
 * One gathered across reads already lies in pooled heap memory (that of {@link LargeFrames}) and
 * is read where it lies; any other is copied there. Small bodies are copied into an array of the
 * payload's own, which costs less than a trip to the pool; a payload that receives one body after
 * another (that of a {@link PendingCall}) keeps its array for the next.
 *
 * <p>Not thread-safe: handed from the thread that read it to the one that decodes it.
 */
public final class Payload {
  private static final byte[] EMPTY = new byte[0];

  private byte[] array = EMPTY;
  private int offset;
  private int length;
  private @Nullable ByteBuf pooled;

  /** Takes the readable bytes of {@code frame}, which stays the caller's to release. */
  public static Payload of(ByteBuf frame) {
    Payload payload = new Payload();
    payload.receive(frame);
    return payload;
  }

  /**
   * Takes the readable bytes of {@code frame} in place of the body this payload held (which is
   * released); {@code frame} stays the caller's to release.
   */
  void receive(ByteBuf frame) {
    release();
    length = frame.readableBytes();
    if (length < LargeFrames.FROM_BYTES) {
      if (array.length < length) {
        array = new byte[length];
      }
      offset = 0;
      frame.getBytes(frame.readerIndex(), array, 0, length);
      return;
    }
    ByteBuf body = frame.hasArray()
        ? frame.retainedSlice()
        : LargeFrames.body(length).writeBytes(frame, frame.readerIndex(), length);
    pooled = body;
    array = body.array();
    offset = body.arrayOffset() + body.readerIndex();
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
      array = EMPTY; // the pool's array, not to be written by the next small body
      memory.release();
    }
  }
}
