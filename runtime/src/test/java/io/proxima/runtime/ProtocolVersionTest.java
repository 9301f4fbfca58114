package io.proxima.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.ConnectionLostException;
import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import io.proxima.runtime.internal.transport.Frames;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Nodes of different protocol versions refuse each other with that reason instead of misreading frames. */
@Timeout(30)
class ProtocolVersionTest {
  private static final short OTHER_VERSION = Frames.PROTOCOL_VERSION + 1;

  @Test
  void peerSpeakingAnotherVersion_isDisconnected_andTheNodeKeepsServing() throws IOException {
    try (Node server = Node.builder().port(0).start();
        Node client = Node.builder().start()) {
      RemoteRef ref = server.export(new ValuesImpl());
      try (Socket peer = connectedTo(ref)) {
        sayHelloInAnotherVersion(peer);
        assertEquals(-1, peer.getInputStream().read(), "the node closed the connection");
      }
      assertEquals(7, client.proxy(ref, Values.class).add(3, 4));
    }
  }

  @Test
  void peerWhoseHelloNamesNoVersion_isDisconnected() throws IOException {
    try (Node server = Node.builder().port(0).start()) {
      RemoteRef ref = server.export(new ValuesImpl());
      try (Socket peer = connectedTo(ref)) {
        DataOutputStream out = new DataOutputStream(peer.getOutputStream());
        out.writeInt(1 + 8); // the hello of a node from before protocol versions: its incarnation alone
        out.writeByte(Frames.HELLO);
        out.writeLong(42);
        out.flush();
        assertEquals(-1, peer.getInputStream().read(), "the node closed the connection");
      }
    }
  }

  @Test
  void callToAServerSpeakingAnotherVersion_failsNamingBothVersions() throws Exception {
    try (ServerSocket otherVersion = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Node client = Node.builder().start()) {
      CompletableFuture<Integer> clientSaid = CompletableFuture.supplyAsync(() -> {
        try (Socket accepted = otherVersion.accept()) {
          sayHelloInAnotherVersion(accepted);
          accepted.getInputStream().readAllBytes(); // until the client closes the connection
          return 0;
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      RemoteRef ref = new RemoteRef("127.0.0.1", otherVersion.getLocalPort(), 42, ObjectId.random(),
          Values.class.getName(), 0);

      ConnectionLostException thrown =
          assertThrows(ConnectionLostException.class, () -> client.proxy(ref, Values.class).add(1, 2));

      assertTrue(thrown.getMessage().contains("protocol version " + OTHER_VERSION + " and this node version "
          + Frames.PROTOCOL_VERSION), thrown.getMessage());
      clientSaid.get(10, TimeUnit.SECONDS);
    }
  }

  /** Sends the hello of a node of incarnation 42 that speaks {@link #OTHER_VERSION}. */
  private static void sayHelloInAnotherVersion(Socket socket) throws IOException {
    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
    out.writeInt(1 + Frames.HELLO_BODY_BYTES);
    out.writeByte(Frames.HELLO);
    out.writeLong(42);
    out.writeShort(OTHER_VERSION);
    out.flush();
  }

  private static Socket connectedTo(RemoteRef ref) throws IOException {
    Socket socket = new Socket("127.0.0.1", ref.port());
    socket.setSoTimeout(10_000);
    DataInputStream in = new DataInputStream(socket.getInputStream());
    in.readNBytes(Frames.LENGTH_FIELD_BYTES + 1 + Frames.HELLO_BODY_BYTES); // the node's hello
    return socket;
  }
}
