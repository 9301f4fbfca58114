package io.proxima.samples.chat;

import io.proxima.Remote;

/** One member's presence in a {@link ChatRoom}. */
@Remote
public interface Session {
  /** Says {@code text} to everyone in the room; returns how many members heard it. */
  int say(String text);

  /** The listener this member joined with. */
  ChatListener listener();

  /** Leaves the room. */
  void leave();
}
