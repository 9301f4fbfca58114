package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers for the small frames a thread sends, which it reuses once each frame has gone: a frame
 * is sent by copying it (see {@link SocketWriter}), and its sender's release then leaves the
 * buffer held by this thread alone. A frame taken from Netty's pool instead was taken by one
 * thread and freed by the event loop: a contended lock in the pool and recycling across threads,
 * which allocate. The buffers are used in turn, as frames leave in the order they were queued.
 * A thread with more frames in flight than it keeps buffers for takes the rest from the pool.
 *
 * <p>Each thread uses only its own.
 */
final class SmallFrames {
  private static final int MAX_BUFFERS = 1024;
  private static final int MIN_BUFFER_BYTES = 256;
  private static final ThreadLocal<SmallFrames> OF_THREAD = ThreadLocal.withInitial(SmallFrames::new);

  /** Each held once by this thread; a second reference is the frame in flight. */
  private final List<ByteBuf> buffers = new ArrayList<>();
  private int next;

  private SmallFrames() {}

  /**
   * An empty buffer for a frame of {@code bytes}, which the frame's sender releases once sent;
   * from {@link LargeFrames} if the frame is large, from {@code allocator} if the thread has too
   * many in flight.
   */
  static ByteBuf take(ByteBufAllocator allocator, int bytes) {
    return bytes < LargeFrames.FROM_BYTES ? OF_THREAD.get().free(allocator, bytes) : LargeFrames.frame(bytes);
  }

  private ByteBuf free(ByteBufAllocator allocator, int bytes) {
    if (next < buffers.size() && buffers.get(next).refCnt() == 1) {
      ByteBuf buffer = buffers.get(next);
      if (buffer.capacity() < bytes) {
        buffer = newBuffer(bytes);
        buffers.set(next, buffer);
      }
      next = (next + 1) % buffers.size();
      return buffer.clear().retain();
    }
    if (buffers.size() == MAX_BUFFERS) {
      return allocator.ioBuffer(bytes, bytes);
    }
    ByteBuf buffer = newBuffer(bytes);
    buffers.add(next, buffer); // the oldest frame in flight stays next in turn
    next = (next + 1) % buffers.size();
    return buffer.retain();
  }

  private static ByteBuf newBuffer(int bytes) {
    return Unpooled.wrappedBuffer(new byte[Math.max(bytes, MIN_BUFFER_BYTES)]).clear();
  }
}
