package io.proxima.samples.chat;

import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.ChildJvm;
import java.lang.ref.Reference;

/**
 * A client JVM that joins a room and stays until it is stopped, printing what it hears. It does
 * not listen on any port: the room reaches its listener over the connection it opened.
 *
 * <p>Usage: {@code ChatMember <room reference URI> <name>}.
 */
public final class ChatMember {
  private ChatMember() {}

  public static void main(String[] args) throws InterruptedException {
    try (Node node = Node.builder().start()) {
      ChatRoom room = node.proxy(RemoteRef.parse(args[0]), ChatRoom.class);
      Session session = room.join(args[1], (member, text) -> System.out.println("[" + args[1] + "] " + member + ": " + text));
      session.say("hello from process " + ProcessHandle.current().pid());
      System.out.println(ChildJvm.READY + args[1]);
      node.awaitTermination();
      Reference.reachabilityFence(session); // the session lives while this member holds it
    }
  }
}
