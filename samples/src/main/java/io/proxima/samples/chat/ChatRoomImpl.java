package io.proxima.samples.chat;

import io.proxima.RemoteException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A room that delivers every message to every member before {@link Session#say} returns. A member
 * whose client disappears leaves when its session is no longer referenced (its lease expired).
 */
public final class ChatRoomImpl implements ChatRoom {
  private final Map<SessionImpl, String> members = new ConcurrentHashMap<>();
  private final Consumer<String> log;
  private volatile ChatRoom bridgedFrom;
  /** This room's membership in the room it relays, kept so that its lease is renewed. */
  private volatile Session bridge;

  /** @param log receives a line for every join, message and departure */
  public ChatRoomImpl(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public Session join(String name, ChatListener listener) {
    SessionImpl session = new SessionImpl(this, name, listener);
    members.put(session, name);
    log.accept(name + " joined");
    return session;
  }

  @Override
  public List<String> members() {
    return members.keySet().stream().sorted().map(SessionImpl::name).toList();
  }

  @Override
  public void bridgeFrom(ChatRoom source) {
    bridge = source.join("bridge", this::deliver);
    bridgedFrom = source;
    log.accept("relaying " + source);
  }

  @Override
  public ChatRoom bridgedFrom() {
    return bridgedFrom;
  }

  /** Tells every member, in the caller's thread; a member that cannot be reached leaves. */
  int deliver(String from, String text) {
    log.accept(from + ": " + text);
    int told = 0;
    for (SessionImpl member : List.copyOf(members.keySet())) {
      try {
        member.listener().said(from, text);
        told++;
      } catch (RemoteException e) {
        left(member, "unreachable: " + e.getClass().getSimpleName());
      }
    }
    return told;
  }

  void left(SessionImpl session, String why) {
    if (members.remove(session) != null) {
      log.accept(session.name() + " left (" + why + ")");
    }
  }
}
