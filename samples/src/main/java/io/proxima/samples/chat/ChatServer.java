package io.proxima.samples.chat;

import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.ChildJvm;
import java.time.Duration;

/**
 * A server JVM with one chat room: prints a reference to it, then serves until stopped.
 *
 * <p>Usage: {@code ChatServer [leaseSeconds [port]]}: how long a vanished client's session outlives
 * it (default 60), and the port (default: a free one).
 */
public final class ChatServer {
  private ChatServer() {}

  public static void main(String[] args) throws InterruptedException {
    Duration lease = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Node node = Node.builder().port(port).leaseTime(lease).start();
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "chat-server-shutdown"));
    RemoteRef room = node.export(new ChatRoomImpl(line -> System.out.println("[room] " + line)));
    System.out.println(ChildJvm.READY + room.toUri());
    node.awaitTermination();
  }
}
