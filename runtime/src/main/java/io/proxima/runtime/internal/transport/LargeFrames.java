package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Pooled memory for large frames: a frame being sent, the bytes of one being received, and its
 * body once received (see {@link Payload}).
 *
 * <p>Netty's default pool carves buffers from chunks of 4 MiB and frees a chunk once nothing in
 * it is used, if it was ever more than a quarter full: every frame of 1 MiB or more took chunks of
 * its own, allocated (the heap ones zeroed) for it and freed after it, which halved the throughput
 * of 1 MiB calls. This pool's chunks are 16 MiB (8 KiB pages × 2¹¹, Netty's default until 4.1.76),
 * in which frames of up to 4 MiB come and go while the chunk stays. It is made when the first large
 * frame comes, so that a node that never sees one never pays for it; small frames use
 * {@link SmallFrames}.
 */
final class LargeFrames {
  /** Frames and bodies at least this long come from this pool. */
  static final int FROM_BYTES = 8 << 10;

  /**
   * Gathers the bytes of a frame that spans several reads of a connection whose frames are at most
   * {@code maxFrameBytes} long. Once the frame at the head declares {@link #FROM_BYTES} bytes or
   * more, the buffers the event loop read into are kept side by side in a composite buffer rather
   * than copied into one: its body is then decoded where it lies (see {@link Payload}), and a 1 MiB
   * frame is not copied at all on its way. Smaller frames are merged as Netty's default does,
   * since a frame spread over buffers is slower to read field by field.
   */
  static ByteToMessageDecoder.Cumulator cumulator(int maxFrameBytes) {
    return (allocator, cumulation, in) -> cumulation.isReadable()
            && declaredFrameBytes(cumulation, maxFrameBytes) >= FROM_BYTES
        ? ByteToMessageDecoder.COMPOSITE_CUMULATOR.cumulate(allocator, cumulation, in)
        : ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(allocator, cumulation, in);
  }

  /** The bytes of the frame at the head of {@code cumulation}, length field included; 0 if not yet known or too long. */
  private static int declaredFrameBytes(ByteBuf cumulation, int maxFrameBytes) {
    if (cumulation.readableBytes() < Frames.LENGTH_FIELD_BYTES) {
      return 0;
    }
    int declared = cumulation.getInt(cumulation.readerIndex());
    return declared >= 0 && declared <= maxFrameBytes ? Frames.LENGTH_FIELD_BYTES + declared : 0;
  }

  private LargeFrames() {}

  /**
   * A direct buffer of {@code capacity} bytes, at least {@link #FROM_BYTES}, for a frame to send or
   * one a caller reads from the socket.
   */
  static ByteBuf frame(int capacity) {
    return Pool.ALLOCATOR.ioBuffer(capacity, capacity);
  }

  /** A heap buffer of {@code capacity} bytes for a large body. */
  static ByteBuf body(int capacity) {
    return Pool.ALLOCATOR.heapBuffer(capacity, capacity);
  }

  /**
   * The pool itself, made on first use. Without thread caches: a large buffer is mostly released
   * by another thread than the one that took it (a body by its caller, a frame by the I/O thread
   * that wrote it), which a cache of the releasing thread would only keep from the others. Its
   * plain buffers are heap memory, for bodies copied into the heap; frames are taken as I/O
   * buffers, which are direct.
   */
  static final class Pool {
    private static final int MAX_ORDER = 11;

    static final PooledByteBufAllocator ALLOCATOR = new PooledByteBufAllocator(false,
        PooledByteBufAllocator.defaultNumHeapArena(), PooledByteBufAllocator.defaultNumDirectArena(),
        PooledByteBufAllocator.defaultPageSize(), MAX_ORDER, 0, 0, false);

    private Pool() {}
  }
}
