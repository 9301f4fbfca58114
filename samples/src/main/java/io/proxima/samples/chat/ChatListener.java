package io.proxima.samples.chat;

import io.proxima.Remote;

/** What a member of a {@link ChatRoom} is told; implemented by the client and passed by reference. */
@Remote
public interface ChatListener {
  void said(String member, String text);
}
