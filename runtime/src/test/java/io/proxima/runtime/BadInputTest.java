package io.proxima.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.RemoteRef;
import io.proxima.runtime.internal.transport.Frames;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input sent over a raw socket. Broken frames close that one connection;
 * well-framed requests with refused arguments get a REFUSED reply; the node keeps serving.
 */
class BadInputTest {
  private static final byte REQUEST = 1;
  private static final byte REPLY = 2;
  private static final byte HELLO = 4;
  private static final byte STATUS_OK = 0;
  private static final byte STATUS_REFUSED = 5;

  private static Node server;
  private static Node client;
  private static RemoteRef ref;

  @BeforeAll
  static void start() {
    server = Node.builder().port(0).start();
    client = Node.builder().start();
    ref = server.export(new ValuesImpl());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void hugeDeclaredFrameLength_closesThatConnectionOnly() throws IOException {
    try (Socket socket = connect()) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(Integer.MAX_VALUE);
      out.writeByte(REQUEST);
      out.flush();
      assertEquals(-1, socket.getInputStream().read(), "the node closed the connection");
    }
    assertNodeStillServes();
  }

  @Test
  void unknownFrameKind_closesThatConnectionOnly() throws IOException {
    try (Socket socket = connect()) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(3);
      out.write(new byte[] {99, 0, 0});
      out.flush();
      assertEquals(-1, socket.getInputStream().read());
    }
    assertNodeStillServes();
  }

  @Test
  void requestShorterThanItsHeader_closesThatConnectionOnly() throws IOException {
    try (Socket socket = connect()) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(5);
      out.write(new byte[] {REQUEST, 0, 0, 0, 1});
      out.flush();
      assertEquals(-1, socket.getInputStream().read());
    }
    assertNodeStillServes();
  }

  @Test
  void unknownClassIdInArguments_isRefusedWithAClearReply_andTheConnectionStaysUsable() throws IOException {
    try (Socket socket = connect()) {
      // identity(Object): a polymorphic argument starts with its class id (+2), here one no node knows.
      byte[] arguments = varint(123_456_789 + 2);
      Reply refused = call(socket, 1, Values_Descriptor.IDENTITY.id(), arguments);
      assertEquals(STATUS_REFUSED, refused.status);
      assertTrue(refused.detail().contains("123456789"), refused.detail());
      Reply fine = call(socket, 2, Values_Descriptor.NOTHING.id(), new byte[0]);
      assertEquals(STATUS_OK, fine.status, "the same connection still serves: " + fine.detail());
    }
  }

  @Test
  void hugeDeclaredArrayLength_isRefusedWithoutAllocating() throws IOException {
    try (Socket socket = connect()) {
      // reverse(byte[]): the array's length (+1, 0 means null) claims about 2 GiB in a 5-byte frame body.
      Reply refused = call(socket, 1, Values_Descriptor.REVERSE.id(), varint(Integer.MAX_VALUE - 8));
      assertEquals(STATUS_REFUSED, refused.status);
      assertTrue(refused.detail().contains("refused"), refused.detail());
    }
    assertNodeStillServes();
  }

  private static void assertNodeStillServes() {
    assertEquals(7, client.proxy(ref, Values.class).add(3, 4));
  }

  /** Connects a raw socket and reads the hello frame the node sends first, naming its incarnation and protocol. */
  private static Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", ref.port());
    socket.setSoTimeout(10_000);
    DataInputStream in = new DataInputStream(socket.getInputStream());
    assertEquals(1 + Frames.HELLO_BODY_BYTES, in.readInt());
    assertEquals(HELLO, in.readByte());
    assertEquals(ref.incarnation(), in.readLong());
    assertEquals(Frames.PROTOCOL_VERSION, in.readShort());
    return socket;
  }

  private static Reply call(Socket socket, long callId, int methodId, byte[] arguments) throws IOException {
    DataOutputStream out = new DataOutputStream(socket.getOutputStream());
    out.writeInt(1 + 8 + 8 + 16 + 8 + 4 + 1 + 8 + arguments.length);
    out.writeByte(REQUEST);
    out.writeLong(callId);
    out.writeLong(ref.incarnation());
    out.writeLong(ref.objectId().high());
    out.writeLong(ref.objectId().low());
    out.writeLong(ref.fingerprint());
    out.writeInt(methodId);
    out.writeByte(0); // flags
    out.writeLong(5_000_000_000L); // timeout: 5 s
    out.write(arguments);
    out.flush();
    DataInputStream in = new DataInputStream(socket.getInputStream());
    int length = in.readInt();
    assertEquals(REPLY, in.readByte());
    assertEquals(callId, in.readLong());
    byte status = in.readByte();
    byte[] payload = new byte[length - 10];
    in.readFully(payload);
    return new Reply(status, payload);
  }

  /** Kryo's unsigned variable-length int, as the wire writes lengths and class ids. */
  private static byte[] varint(int value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while ((value & ~0x7F) != 0) {
      bytes.write((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes.write(value);
    return bytes.toByteArray();
  }

  private record Reply(byte status, byte[] payload) {
    String detail() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }
}
