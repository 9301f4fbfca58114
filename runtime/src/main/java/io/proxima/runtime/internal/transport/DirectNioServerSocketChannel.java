package io.proxima.runtime.internal.transport;

import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;

/** Netty's NIO listening channel, whose accepted connections are {@link DirectNioSocketChannel}s. */
final class DirectNioServerSocketChannel extends NioServerSocketChannel {
  @Override
  protected int doReadMessages(List<Object> accepted) throws Exception {
    SocketChannel socket = javaChannel().accept();
    if (socket == null) {
      return 0;
    }
    try {
      accepted.add(new DirectNioSocketChannel(this, socket));
      return 1;
    } catch (RuntimeException e) {
      socket.close();
      throw e;
    }
  }
}
