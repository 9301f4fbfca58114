package io.proxima.runtime.internal.transport;

import io.netty.channel.ChannelId;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Netty's NIO socket channel, with its JDK socket exposed so that {@link Connection} can write a
 * lone synchronous request from the calling thread instead of waking the event loop to do it.
 * Reads stay with the event loop. Its id is a {@link SequentialChannelId}.
 */
final class DirectNioSocketChannel extends NioSocketChannel {
  @Override
  protected ChannelId newId() {
    return SequentialChannelId.next();
  }

  SocketChannel socket() {
    return javaChannel();
  }
}
