package io.proxima.runtime.internal.transport;

import io.netty.channel.Channel;
import io.proxima.ServerUnreachableException;
import java.net.ConnectException;
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
  private final Map<Endpoint, CompletableFuture<Connection>> connections = new ConcurrentHashMap<>();

  ConnectionPool(Connector connector) {
    this.connector = connector;
  }

  Connection get(Endpoint endpoint, Object purpose) {
    while (true) {
      CompletableFuture<Connection> existing = connections.get(endpoint);
      if (existing == null) {
        CompletableFuture<Connection> mine = new CompletableFuture<>();
        existing = connections.putIfAbsent(endpoint, mine);
        if (existing == null) {
          return open(endpoint, mine, purpose);
        }
      }
      Connection connection = existing.join();
      if (connection == null) {
        throw new ServerUnreachableException("cannot connect to " + endpoint + " to call " + purpose
            + ": another attempt just failed");
      }
      if (connection.isOpen()) {
        return connection;
      }
      connections.remove(endpoint, existing);
    }
  }

  private Connection open(Endpoint endpoint, CompletableFuture<Connection> slot, Object purpose) {
    try {
      Channel channel = connector.connect(endpoint.host(), endpoint.port());
      Connection connection = Connection.of(channel);
      connection.awaitHelloSent(); // no caller may write ahead of it
      if (!connection.isOpen()) {
        throw new ConnectException("the server closed the connection as soon as it was made");
      }
      channel.closeFuture().addListener(closed -> connections.remove(endpoint, slot));
      slot.complete(connection);
      return connection;
    } catch (Exception e) {
      connections.remove(endpoint, slot);
      slot.complete(null);
      throw new ServerUnreachableException("cannot connect to " + endpoint + " to call " + purpose + ": "
          + e.getMessage(), e);
    }
  }
}
