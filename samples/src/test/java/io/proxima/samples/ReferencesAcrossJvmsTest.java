package io.proxima.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.NoSuchObjectException;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.chat.ChatListener;
import io.proxima.samples.chat.ChatRoom;
import io.proxima.samples.chat.ChatServer;
import io.proxima.samples.chat.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Third parties, identity, coming home and stale references, with each node in its own JVM. */
class ReferencesAcrossJvmsTest {
  private static final Duration START = Duration.ofSeconds(30);

  @Test
  void thirdPartyReference_isCalledDirectly_andKeepsItsIdentity() throws Exception {
    try (ChildJvm source = ChildJvm.start(ChatServer.class, List.of(), line -> {}, START);
        ChildJvm relay = ChildJvm.start(ChatServer.class, List.of(), line -> {}, START);
        Node dave = Node.builder().start()) {
      try (Node alice = Node.builder().start()) {
        ChatRoom sourceRoom = alice.proxy(RemoteRef.parse(source.readyDetail()), ChatRoom.class);
        alice.proxy(RemoteRef.parse(relay.readyDetail()), ChatRoom.class).bridgeFrom(sourceRoom);
      } // alice, who passed the reference, is gone: the relay can only reach the source directly

      ChatRoom sourceRoom = dave.proxy(RemoteRef.parse(source.readyDetail()), ChatRoom.class);
      ChatRoom relayRoom = dave.proxy(RemoteRef.parse(relay.readyDetail()), ChatRoom.class);
      List<String> heardInRelay = new CopyOnWriteArrayList<>();
      Session inRelay = relayRoom.join("dave", (member, text) -> heardInRelay.add(member + ": " + text));
      Session inSource = sourceRoom.join("dave", (member, text) -> {});

      assertEquals(2, inSource.say("hello source"), "dave and the relay's bridge heard it");
      assertEquals(List.of("dave: hello source"), heardInRelay, "relayed by the relay JVM from the source JVM");
      assertSame(sourceRoom, relayRoom.bridgedFrom(), "the source room received again is the same proxy");
      assertEquals(List.of("dave"), relayRoom.members());
      inRelay.leave();
    }
  }

  @Test
  void ownObject_comesHomeAsItself() throws Exception {
    try (ChildJvm server = ChildJvm.start(ChatServer.class, List.of(), line -> {}, START);
        Node client = Node.builder().start()) {
      ChatListener mine = (member, text) -> {};
      Session session = client.proxy(RemoteRef.parse(server.readyDetail()), ChatRoom.class).join("erin", mine);
      assertSame(mine, session.listener(), "the listener went to the server JVM by reference and came back as itself");
    }
  }

  @Test
  void referenceFromBeforeARestart_failsFast_andReachesNoOtherObject() throws Exception {
    RemoteRef room;
    try (ChildJvm server = ChildJvm.start(ChatServer.class, List.of(), line -> {}, START);
        Node client = Node.builder().start()) {
      room = RemoteRef.parse(server.readyDetail());
      client.proxy(room, ChatRoom.class).join("frank", (member, text) -> {});
      assertEquals(List.of("frank"), client.proxy(room, ChatRoom.class).members());
    }
    try (ChildJvm restarted = ChildJvm.start(ChatServer.class, List.of(String.valueOf(60), String.valueOf(room.port())),
        line -> {}, START); Node client = Node.builder().start()) {
      NoSuchObjectException stale = assertThrows(NoSuchObjectException.class,
          () -> client.proxy(room, ChatRoom.class).members());
      assertTrue(stale.getMessage().contains("restarted"), stale.getMessage());
    }
  }
}
