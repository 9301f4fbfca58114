package io.proxima.runtime.internal.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SelectStrategyFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.TimeUnit;
import io.proxima.ServerUnreachableException;
import org.jspecify.annotations.Nullable;

/**
 * A node's network side: event loops for accepted and for made connections, an optional listening socket, and the
 * connections made to other nodes. Always Netty's NIO transport, with channels of its own whose
 * sockets callers read and write directly: Netty's native epoll transport offers no such access,
 * and calls over it measured slower.
 *
 * <p>Thread-safe.
 */
public final class Transport implements AutoCloseable {
  private static final ChannelFactory<ServerChannel> SERVER_CHANNELS = DirectNioServerSocketChannel::new;
  private static final ChannelFactory<Channel> CLIENT_CHANNELS = DirectNioSocketChannel::new;

  private final TransportConfig config;
  /** Made when the node starts listening: a node that only makes calls needs no such threads. */
  private volatile @Nullable EventLoopGroup serverGroup;
  private final EventLoopGroup clientGroup;
  private final ChannelGroup channels;
  private final ChannelInitializer<Channel> initializer;
  private final ConnectionPool pool;
  private final Peers peers = new Peers();
  private volatile Channel serverChannel;

  /**
   * @param incarnation this node's incarnation, announced to every peer in the hello frame
   * @param requests serves the requests that arrive on any connection, made or accepted
   */
  public Transport(TransportConfig config, long incarnation, RequestHandler requests) {
    this.config = config;
    // Connections this node accepted (see listen) and connections it made get event loops of their own: a
    // short method run directly on an accepted connection's loop may call another node, and the
    // reply to that call must never need the very loop that is waiting for it.
    this.clientGroup = newGroup(config.ioThreads(), config.ioPoll().toNanos(), "proxima-io-client");
    this.channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    this.initializer = new ChannelInitializer<>() {
      /**
       * As the {@code @Sharable} annotation of {@link ChannelInitializer} says, without Netty reading
       * it: in a fresh JVM that means generating proxy classes for it and its meta-annotations,
       * milliseconds of the first connection on both sides.
       */
      @Override
      public boolean isSharable() {
        return true;
      }

      @Override
      protected void initChannel(Channel channel) {
        channels.add(channel);
        installHandlers(channel, requests, incarnation);
      }
    };
    this.pool = new ConnectionPool(this::connect);
    // In a fresh JVM the first channel, its pipeline and handlers, and the annotations that
    // Netty's handler masks read, take tens of milliseconds to load; a channel set up and closed
    // here, never connected, loads them off the first connection's path, made or accepted. Its
    // initializer never runs: that waits for the channel to be registered.
    clientGroup.next().execute(() -> {
      Channel unused = new DirectNioSocketChannel();
      unused.pipeline().addLast(initializer);
      installHandlers(unused, requests, incarnation);
      unused.unsafe().closeForcibly();
    });
    // Each event loop starts now and sets up its share of the connections' buffer pool while the node
    // finishes starting, instead of on its first connection: milliseconds of a fresh JVM's first call.
    for (EventExecutor loop : clientGroup) {
      loop.execute(() -> ChannelMemory.ALLOCATOR.ioBuffer().release());
    }
  }

  private void installHandlers(Channel channel, RequestHandler requests, long incarnation) {
    FrameDecoder frames = new FrameDecoder(config.maxFrameBytes());
    Connection connection = new Connection(channel, config.maxOutstandingCalls(), config.maxFrameBytes());
    channel.pipeline()
        .addLast("frames", frames)
        .addLast("protocol", new ProtocolHandler(connection, frames, requests, peers, incarnation));
  }

  /** Starts listening; returns the bound address (useful with port 0). */
  public InetSocketAddress listen(String host, int port) {
    EventLoopGroup group = newGroup(config.ioThreads(), config.ioPoll().toNanos(), "proxima-io-server");
    serverGroup = group;
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channelFactory(SERVER_CHANNELS)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(initializer);
    ChannelFuture bound = bootstrap.bind(host, port).syncUninterruptibly();
    serverChannel = bound.channel();
    channels.add(serverChannel);
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /**
   * Returns the connection to the node incarnation {@code incarnation}: one already open in either
   * direction, or else a new one to {@code endpoint}.
   *
   * @param endpoint where the node listens, or null if it does not (it is then reachable only
   *     over a connection it opened)
   * @param purpose what the connection is for, named when it cannot be made (its string form is
   *     built only then)
   * @throws ServerUnreachableException if no connection can be had
   */
  public Connection connection(long incarnation, @Nullable Endpoint endpoint, Object purpose) {
    Connection open = peers.get(incarnation);
    if (open != null) {
      return open;
    }
    if (endpoint == null) {
      throw new ServerUnreachableException("cannot call " + purpose + ": its object lives on a node that does not"
          + " listen, and the connection that node opened to this one is closed");
    }
    return pool.get(endpoint, purpose);
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
      Connection connection = Connection.of(channel);
      if (connection != null) {
        connection.closed(loss);
      }
    }
    channels.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    EventLoopGroup server = serverGroup;
    if (server != null) {
      server.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }
    clientGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    if (server != null) {
      server.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    clientGroup.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  private Channel connect(String host, int port) throws Exception {
    Bootstrap bootstrap = new Bootstrap()
        .group(clientGroup)
        .channelFactory(CLIENT_CHANNELS)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis())
        .handler(initializer);
    InetSocketAddress remote = new InetSocketAddress(host, port);
    ChannelFuture connected = (config.sourceAddress() == null
        ? bootstrap.connect(remote)
        : bootstrap.connect(remote, new InetSocketAddress(config.sourceAddress(), 0)))
        .awaitUninterruptibly();
    if (!connected.isSuccess()) {
      throw (Exception) connected.cause();
    }
    return connected.channel();
  }

  private static EventLoopGroup newGroup(int threads, long pollNanos, String name) {
    DefaultThreadFactory factory = new DefaultThreadFactory(name, true);
    SelectStrategyFactory polling = () -> new PollingSelectStrategy(pollNanos);
    return new NioEventLoopGroup(threads, factory, SelectorProvider.provider(), polling);
  }
}
