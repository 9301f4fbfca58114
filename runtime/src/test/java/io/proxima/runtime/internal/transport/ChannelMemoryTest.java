package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PoolArenaMetric;
import io.netty.channel.Channel;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class ChannelMemoryTest {

  @Test
  void connections_takeTheirBuffersFromChannelMemory() {
    Channel channel = new DirectNioSocketChannel();
    try {
      assertSame(ChannelMemory.ALLOCATOR, channel.alloc());
    } finally {
      channel.unsafe().closeForcibly();
    }
  }

  @Test
  void itsChunksAreHalfNettysDefault_andHoldAChannelsLargestRead() {
    assertEquals(2 << 20, ChannelMemory.ALLOCATOR.metric().chunkSize());

    Channel channel = new DirectNioSocketChannel();
    try {
      List<PoolArenaMetric> arenas = ChannelMemory.ALLOCATOR.metric().directArenas();
      long hugeBefore = sum(arenas, PoolArenaMetric::numHugeAllocations);
      long normalBefore = sum(arenas, PoolArenaMetric::numNormalAllocations);
      // Netty's adaptive reads grow to 64 KiB at most.
      ByteBuf largestRead = channel.alloc().ioBuffer(64 << 10);
      largestRead.release();

      assertEquals(hugeBefore, sum(arenas, PoolArenaMetric::numHugeAllocations), "not a buffer of its own");
      assertEquals(normalBefore + 1, sum(arenas, PoolArenaMetric::numNormalAllocations), "carved from a chunk");
    } finally {
      channel.unsafe().closeForcibly();
    }
  }

  private static long sum(List<PoolArenaMetric> arenas, ToLongFunction<PoolArenaMetric> count) {
    return arenas.stream().mapToLong(count).sum();
  }
}
