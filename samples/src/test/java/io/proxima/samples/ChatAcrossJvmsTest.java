package io.proxima.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.chat.ChatMember;
import io.proxima.samples.chat.ChatRoom;
import io.proxima.samples.chat.ChatServer;
import io.proxima.samples.chat.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Callbacks and leases with every party in its own JVM: the room's server in a child JVM, clients
 * that do not listen on any port, and a client killed with SIGKILL.
 */
class ChatAcrossJvmsTest {
  private static final Duration START = Duration.ofSeconds(30);

  @Test
  void callbacks_reachClientsThatDoNotListen_overTheConnectionsTheyOpened() throws Exception {
    try (ChildJvm server = ChildJvm.start(ChatServer.class, List.of(), line -> {}, START);
        Node aliceNode = Node.builder().start();
        Node bobNode = Node.builder().start()) {
      List<String> aliceHeard = new CopyOnWriteArrayList<>();
      List<String> bobHeard = new CopyOnWriteArrayList<>();
      Session alice = aliceNode.proxy(RemoteRef.parse(server.readyDetail()), ChatRoom.class)
          .join("alice", (member, text) -> aliceHeard.add(member + ": " + text));
      Session bob = bobNode.proxy(RemoteRef.parse(server.readyDetail()), ChatRoom.class)
          .join("bob", (member, text) -> bobHeard.add(member + ": " + text));

      assertEquals(2, alice.say("hi bob"));
      assertEquals(2, bob.say("hi alice"));

      assertNull(aliceNode.localAddress(), "alice's node does not listen: the server cannot connect to it");
      assertEquals(List.of("alice: hi bob", "bob: hi alice"), aliceHeard);
      assertEquals(List.of("alice: hi bob", "bob: hi alice"), bobHeard);
    }
  }

  @Test
  void reentrantCallbacks_acrossJvms_doNotDeadlock() throws Exception {
    try (ChildJvm server = ChildJvm.start(ChatServer.class, List.of(), line -> {}, START);
        Node node = Node.builder().start()) {
      List<String> heard = new CopyOnWriteArrayList<>();
      AtomicReference<Session> session = new AtomicReference<>();
      // Each message heard is answered from inside the callback, while the server's say() that
      // delivered it is still running: server -> client -> server -> client ...
      session.set(node.proxy(RemoteRef.parse(server.readyDetail()), ChatRoom.class).join("echo", (member, text) -> {
        heard.add(text);
        int level = Integer.parseInt(text.substring("ping ".length()));
        if (level < 4) {
          session.get().say("ping " + (level + 1));
        }
      }));
      session.get().say("ping 0");
      assertEquals(List.of("ping 0", "ping 1", "ping 2", "ping 3", "ping 4"), heard);
    }
  }

  @Test
  void killedClient_losesItsSession_onceItsLeaseExpires() throws Exception {
    List<String> roomLog = new CopyOnWriteArrayList<>();
    try (ChildJvm server = ChildJvm.start(ChatServer.class, List.of("1"), roomLog::add, START);
        Node observer = Node.builder().start()) {
      ChatRoom room = observer.proxy(RemoteRef.parse(server.readyDetail()), ChatRoom.class);
      try (ChildJvm carol = ChildJvm.start(ChatMember.class, List.of(server.readyDetail(), "carol"), line -> {}, START)) {
        assertEquals(List.of("carol"), room.members());
        Thread.sleep(1_500); // longer than a lease: carol's renewals are what keeps her session
        assertEquals(List.of("carol"), room.members());
        carol.kill();
      }
      long killed = System.nanoTime();
      while (!room.members().isEmpty() && System.nanoTime() - killed < Duration.ofSeconds(10).toNanos()) {
        Thread.sleep(50);
      }
      assertEquals(List.of(), room.members(), "the room forgot carol; its log: " + roomLog);
      assertTrue(roomLog.contains("[room] carol left (its client is gone)"), roomLog.toString());
    }
  }
}
