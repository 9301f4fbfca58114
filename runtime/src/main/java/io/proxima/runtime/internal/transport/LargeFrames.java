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
   * {@code maxFrameBytes} long, as Netty's merging cumulator does, with two differences once they
   * reach {@link #FROM_BYTES} and must grow. They move to this pool, in heap memory, where the
   * frame's body is then decoded where it lies (see {@link Payload}). And they move into room for
   * the whole frame that the length field at their head declares: grown by doubling, the bytes of
   * a 1 MiB frame were copied twice more on their way.
   *
   * <p>Room is made only once {@link #FROM_BYTES} bytes have come, and never beyond the largest
   * frame the connection accepts, which the frame decoder enforces at the same head.
   */
  static ByteToMessageDecoder.Cumulator cumulator(int maxFrameBytes) {
    return (usual, cumulation, in) -> {
      int gathered = cumulation.readableBytes() + in.readableBytes();
      if (gathered < FROM_BYTES || !cumulation.isReadable()) {
        return ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(usual, cumulation, in);
      }
      ByteBuf gathering = cumulation;
      if (in.readableBytes() > cumulation.maxFastWritableBytes()) {
        // A new buffer rather than a larger one in place: the decoder's earlier frames may be
        // slices of this one, still being read on other threads.
        gathering = Pool.ALLOCATOR.heapBuffer(Math.max(gathered, declaredFrameBytes(cumulation, maxFrameBytes)))
            .writeBytes(cumulation);
        cumulation.release();
      }
      return ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(Pool.ALLOCATOR, gathering, in);
    };
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

  /** A buffer of {@code capacity} bytes, at least {@link #FROM_BYTES}, for a frame to send. */
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
   * plain buffers are heap memory, so that a cumulation grows in heap memory; frames to send
   * are taken as I/O buffers, which are direct.
   */
  static final class Pool {
    private static final int MAX_ORDER = 11;

    static final PooledByteBufAllocator ALLOCATOR = new PooledByteBufAllocator(false,
        PooledByteBufAllocator.defaultNumHeapArena(), PooledByteBufAllocator.defaultNumDirectArena(),
        PooledByteBufAllocator.defaultPageSize(), MAX_ORDER, 0, 0, false);

    private Pool() {}
  }
}
