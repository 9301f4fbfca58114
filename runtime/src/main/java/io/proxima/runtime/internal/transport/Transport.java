package io.proxima.runtime.internal.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A node's network side: one event-loop group, an optional listening socket, and the
 * connections made to other nodes. Uses the native epoll transport when its library is on the
 * class path and loads, NIO otherwise.
 *
 * <p>Thread-safe.
 */
public final class Transport implements AutoCloseable {
  private final TransportConfig config;
  private final EventLoopGroup group;
  private final ChannelGroup channels;
  private final ChannelInitializer<Channel> initializer;
  private final ConnectionPool pool;
  private volatile Channel serverChannel;

  public Transport(TransportConfig config, RequestHandler requests) {
    this.config = config;
    DefaultThreadFactory threads = new DefaultThreadFactory("proxima-io", true);
    this.group = Epoll.isAvailable()
        ? new EpollEventLoopGroup(config.ioThreads(), threads)
        : new NioEventLoopGroup(config.ioThreads(), threads);
    this.channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    this.initializer = new ChannelInitializer<>() {
      @Override
      protected void initChannel(Channel channel) {
        channels.add(channel);
        channel.pipeline()
            .addLast("frames", new LengthFieldBasedFrameDecoder(
                config.maxFrameBytes() + Frames.LENGTH_FIELD_BYTES, 0, Frames.LENGTH_FIELD_BYTES, 0, Frames.LENGTH_FIELD_BYTES))
            .addLast("protocol", new ProtocolHandler(new Connection(channel, config.maxOutstandingCalls()), requests));
      }
    };
    this.pool = new ConnectionPool(this::connect);
  }

  /** Starts listening; returns the bound address (useful with port 0). */
  public InetSocketAddress listen(String host, int port) {
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channel(serverChannelType())
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(initializer);
    ChannelFuture bound = bootstrap.bind(host, port).syncUninterruptibly();
    serverChannel = bound.channel();
    channels.add(serverChannel);
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /** Returns the open connection to {@code host:port}, connecting first if there is none. */
  public Connection connection(String host, int port, String purpose) {
    return pool.get(host, port, purpose);
  }

  /** Stops accepting connections; existing ones stay open. */
  public void stopListening() {
    Channel server = serverChannel;
    if (server != null) {
      server.close().syncUninterruptibly();
    }
  }

  @Override
  public void close() {
    ConnectionLoss loss = new ConnectionLoss("the local node closed", true);
    for (Channel channel : channels) {
      ProtocolHandler handler = channel.pipeline().get(ProtocolHandler.class);
      if (handler != null) {
        handler.connection().closed(loss);
      }
    }
    channels.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  private Channel connect(String host, int port) throws Exception {
    ChannelFuture connected = new Bootstrap()
        .group(group)
        .channel(Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
        .handler(initializer)
        .connect(new InetSocketAddress(host, port))
        .awaitUninterruptibly();
    if (!connected.isSuccess()) {
      throw (Exception) connected.cause();
    }
    return connected.channel();
  }

  private Class<? extends ServerChannel> serverChannelType() {
    return Epoll.isAvailable() ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }
}
