package io.proxima.runtime.internal.transport;

import io.netty.channel.Channel;
import io.proxima.ServerUnreachableException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One connection per remote endpoint, made on first use and shared by every call to it. A failed
 * attempt is not remembered: the next call tries again.
 */
final class ConnectionPool {
  /** Opens a channel to an endpoint, or throws why it could not. */
  interface Connector {
    Channel connect(String host, int port) throws Exception;
  }

  private final Connector connector;
  private final Map<String, CompletableFuture<Connection>> connections = new ConcurrentHashMap<>();

  ConnectionPool(Connector connector) {
    this.connector = connector;
  }

  Connection get(String host, int port, String purpose) {
    String endpoint = host + ":" + port;
    while (true) {
      CompletableFuture<Connection> existing = connections.get(endpoint);
      if (existing == null) {
        CompletableFuture<Connection> mine = new CompletableFuture<>();
        existing = connections.putIfAbsent(endpoint, mine);
        if (existing == null) {
          return open(endpoint, host, port, mine, purpose);
        }
      }
      Connection connection = existing.join();
      if (connection == null) {
        throw new ServerUnreachableException("cannot connect to " + endpoint + " " + purpose + ": another attempt just failed");
      }
      if (connection.isOpen()) {
        return connection;
      }
      connections.remove(endpoint, existing);
    }
  }

  private Connection open(String endpoint, String host, int port, CompletableFuture<Connection> slot, String purpose) {
    try {
      Channel channel = connector.connect(host, port);
      Connection connection = channel.pipeline().get(ProtocolHandler.class).connection();
      channel.closeFuture().addListener(closed -> connections.remove(endpoint, slot));
      slot.complete(connection);
      return connection;
    } catch (Exception e) {
      connections.remove(endpoint, slot);
      slot.complete(null);
      throw new ServerUnreachableException("cannot connect to " + endpoint + " " + purpose + ": " + e.getMessage(), e);
    }
  }
}
