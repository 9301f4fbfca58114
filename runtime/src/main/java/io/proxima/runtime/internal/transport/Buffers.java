package io.proxima.runtime.internal.transport;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.NettyRuntime;
import io.netty.util.internal.PlatformDependent;

/** The pool that every Proxima connection in this JVM takes its buffers from. */
public final class Buffers {
  private Buffers() {}

  /**
   * Chunks of 8 KiB pages × 2¹¹ = 16 MiB, Netty's default until 4.1.76 (since then 4 MiB). The pool
   * frees a chunk once nothing in it is used and it was ever more than a quarter full, so with
   * 4 MiB chunks every message of 1 MiB or more took a chunk of its own: allocated and zeroed for
   * the frame, freed after it. In a chunk of 16 MiB messages up to 4 MiB come and go while the
   * chunk stays. The cost is what the pool holds on to: up to one chunk per arena in use.
   */
  private static final int MAX_ORDER = 11;
  private static final long CHUNK_BYTES = (long) PooledByteBufAllocator.defaultPageSize() << MAX_ORDER;

  public static final PooledByteBufAllocator POOL = new PooledByteBufAllocator(
      PlatformDependent.directBufferPreferred(),
      arenasWithin(Runtime.getRuntime().maxMemory()),
      arenasWithin(PlatformDependent.maxDirectMemory()),
      PooledByteBufAllocator.defaultPageSize(),
      MAX_ORDER,
      PooledByteBufAllocator.defaultSmallCacheSize(),
      PooledByteBufAllocator.defaultNormalCacheSize(),
      PooledByteBufAllocator.defaultUseCacheForAllThreads());

  /**
   * Arenas for {@code memory}, counted by Netty's own rule: two per core, but one chunk each may
   * take no more than a sixth of the memory in all. None means unpooled buffers.
   */
  private static int arenasWithin(long memory) {
    return (int) Math.min(2L * NettyRuntime.availableProcessors(), memory / CHUNK_BYTES / 2 / 3);
  }
}
