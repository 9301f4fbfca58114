package io.proxima.runtime.internal.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelId;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Netty's NIO socket channel, with its JDK socket exposed so that {@link Connection} can write
 * past Netty's outbound buffer (see {@link SocketWriter}), and callers read their replies (see
 * {@link CallerReads}). Its id is a {@link SequentialChannelId}; its buffers come from
 * {@link ChannelMemory}.
 */
final class DirectNioSocketChannel extends NioSocketChannel {
  /** A connection this node makes. */
  DirectNioSocketChannel() {
    config().setAllocator(ChannelMemory.ALLOCATOR);
  }

  /** A connection {@code server} accepted. */
  DirectNioSocketChannel(Channel server, SocketChannel socket) {
    super(server, socket);
    config().setAllocator(ChannelMemory.ALLOCATOR);
  }

  @Override
  protected ChannelId newId() {
    return SequentialChannelId.next();
  }

  SocketChannel socket() {
    return javaChannel();
  }
}
