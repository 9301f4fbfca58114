package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;

/**
 * The body of a frame as it arrived (a request's arguments, a reply's result), which its one
 * owner reads and then {@link #release releases}.
 *
 * <p>A large body is not copied: it is read where it lies, in the memory the socket was read
 * into (see {@link #outsideHeap()}). Copying it into the heap cost a pass over each of its bytes
 * on each side of a 1 MiB call, and on a heap of regions of 1 MiB a 1 MiB array is a humongous
 * object, zeroed on allocation and a step towards the next garbage collection. Small bodies are
 * copied into an array of the payload's own, which costs less than holding on to the connection's
 * buffers; a payload that receives one body after another (that of a {@link PendingCall}) keeps
 * its array for the next.
 *
 * <p>Not thread-safe: handed from the thread that read it to the one that decodes it.
 */
public final class Payload {
  private static final byte[] EMPTY = new byte[0];

  /** The body's array, or null while a large body lies outside the heap. */
  private byte @Nullable [] array = EMPTY;
  private int offset;
  private int length;
  /** A large body's memory, which this payload holds until it is released; else null. */
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
    holdLarge(frame.retainedSlice());
  }

  private void holdLarge(ByteBuf body) {
    pooled = body;
    array = body.hasArray() ? body.array() : null;
    offset = body.hasArray() ? body.arrayOffset() + body.readerIndex() : 0;
  }

  /**
   * A large body that lies outside the heap, to be read where it lies until {@link #release()};
   * null if the body is in {@link #array()}.
   */
  public @Nullable ByteBuf outsideHeap() {
    return array == null ? pooled : null;
  }

  /**
   * The array holding the body at {@link #offset()}, valid until {@link #release()}. A body
   * outside the heap is first copied into one, for readers that need an array (exceptions,
   * details of failures).
   */
  public byte[] array() {
    byte[] bytes = array;
    if (bytes != null) {
      return bytes;
    }
    ByteBuf outside = pooled;
    holdLarge(LargeFrames.body(length).writeBytes(outside, outside.readerIndex(), length));
    outside.release();
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
