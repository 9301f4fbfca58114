package io.proxima.samples.chat;

import io.proxima.Unreferenced;
import java.util.concurrent.atomic.AtomicLong;

/** A member's session; when its client no longer references it, the member leaves the room. */
final class SessionImpl implements Session, Unreferenced, Comparable<SessionImpl> {
  private static final AtomicLong JOINED = new AtomicLong();

  private final ChatRoomImpl room;
  private final String name;
  private final ChatListener listener;
  private final long joinOrder = JOINED.incrementAndGet();

  SessionImpl(ChatRoomImpl room, String name, ChatListener listener) {
    this.room = room;
    this.name = name;
    this.listener = listener;
  }

  String name() {
    return name;
  }

  @Override
  public ChatListener listener() {
    return listener;
  }

  @Override
  public int say(String text) {
    return room.deliver(name, text);
  }

  @Override
  public void leave() {
    room.left(this, "said goodbye");
  }

  @Override
  public void unreferenced() {
    room.left(this, "its client is gone");
  }

  @Override
  public int compareTo(SessionImpl other) {
    return Long.compare(joinOrder, other.joinOrder);
  }
}
