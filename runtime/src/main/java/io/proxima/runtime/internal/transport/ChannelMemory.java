package io.proxima.runtime.internal.transport;

import io.netty.buffer.PooledByteBufAllocator;

/**
 * The pool that connections read into, and take the few buffers from that are neither a thread's
 * own small frames ({@link SmallFrames}) nor large frames ({@link LargeFrames}).
 *
 * <p>Netty's default pool carves its buffers from chunks of 4 MiB, and each thread that takes a
 * buffer binds to an arena of its own, which makes its first chunk then: the JDK zeroes direct
 * memory it allocates, and in a fresh JVM each event loop spent tens of milliseconds on it, some
 * of them during the node's first call. This pool's chunks are 2 MiB (8 KiB pages × 2⁸), half of
 * that. Not smaller: chunks of 512 KiB took an eighth off calls with 1 MiB arrays, as the reads an
 * event loop gathers such a frame from (up to 64 KiB each, see {@link LargeFrames#cumulator})
 * then filled chunks that were freed after every frame and allocated again for the next.
 */
final class ChannelMemory {
  private static final int MAX_ORDER = 8;

  static final PooledByteBufAllocator ALLOCATOR = new PooledByteBufAllocator(true,
      PooledByteBufAllocator.defaultNumHeapArena(), PooledByteBufAllocator.defaultNumDirectArena(),
      PooledByteBufAllocator.defaultPageSize(), MAX_ORDER, PooledByteBufAllocator.defaultSmallCacheSize(),
      PooledByteBufAllocator.defaultNormalCacheSize(), PooledByteBufAllocator.defaultUseCacheForAllThreads());

  private ChannelMemory() {}
}
