package io.proxima.runtime.internal.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The open connections by the node incarnation at their other end, learnt from hello frames,
 * whichever side opened them. A call to an object of a node that is already connected, in either
 * direction, takes that connection: this is how a server calls back a client that does not listen.
 *
 * <p>Thread-safe.
 */
final class Peers {
  private final Map<Long, Connection> byIncarnation = new ConcurrentHashMap<>();

  void arrived(long incarnation, Connection connection) {
    byIncarnation.put(incarnation, connection);
  }

  void left(long incarnation, Connection connection) {
    byIncarnation.remove(incarnation, connection);
  }

  /** The open connection to node incarnation {@code incarnation}, or null. */
  @Nullable Connection get(long incarnation) {
    Connection connection = byIncarnation.get(incarnation);
    return connection != null && connection.isOpen() ? connection : null;
  }
}
