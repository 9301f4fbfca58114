package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.PoolArenaMetric;
import io.netty.channel.Channel;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelMemoryTest {

  @Test
  void connectionsMadeAndAccepted_takeTheirBuffersFromChannelMemory() throws IOException {
    Channel server = new DirectNioServerSocketChannel();
    Channel made = new DirectNioSocketChannel();
    Channel accepted = new DirectNioSocketChannel(server, SocketChannel.open());
    try {
      assertSame(ChannelMemory.ALLOCATOR, made.alloc());
      assertSame(ChannelMemory.ALLOCATOR, accepted.alloc());
    } finally {
      made.unsafe().closeForcibly();
      accepted.unsafe().closeForcibly();
      server.unsafe().closeForcibly();
    }
  }

  @Test
  void itsChunksAreHalfNettysDefault_andHoldAChannelsLargestRead() {
    assertEquals(2 << 20, ChannelMemory.ALLOCATOR.metric().chunkSize());

    Channel channel = new DirectNioSocketChannel();
    try {
      List<PoolArenaMetric> arenas = ChannelMemory.ALLOCATOR.metric().directArenas();
      long hugeBefore = arenas.stream().mapToLong(PoolArenaMetric::numHugeAllocations).sum();
      // Netty's adaptive reads grow to 64 KiB at most.
      channel.alloc().ioBuffer(64 << 10).release();

      assertEquals(hugeBefore, arenas.stream().mapToLong(PoolArenaMetric::numHugeAllocations).sum(),
          "carved from a chunk, not allocated on its own");
    } finally {
      channel.unsafe().closeForcibly();
    }
  }
}
