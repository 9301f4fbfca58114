package io.proxima.samples.chat;

import io.proxima.Remote;
import java.util.List;

/** A chat room: members join with a listener, which the room calls back with every message. */
@Remote
public interface ChatRoom {
  /**
   * Joins the room as {@code name}; the room calls {@code listener} for every message said in it.
   *
   * @return the member's session, through which it speaks; it lives while the member holds it
   */
  Session join(String name, ChatListener listener);

  /** The names of the members now in the room, in the order they joined. */
  List<String> members();

  /**
   * Relays into this room everything said in {@code source} from now on: this room joins the
   * source room itself, calling it directly, whoever passed the reference.
   */
  void bridgeFrom(ChatRoom source);

  /** The room this one relays, or null. */
  ChatRoom bridgedFrom();
}
