package io.proxima.runtime.internal.transport;

import static io.proxima.runtime.Eventually.eventually;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.PoolArenaMetric;
import io.proxima.ObjectId;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Callers read their replies from the socket themselves ({@link CallerReads}), a lone one its
 * own and one of several those of the others too, and whatever else the peer sends on the way
 * still reaches the node intact and in order: a request right behind a reply, a reply in pieces,
 * a large one, a malformed one, a request or the end of the connection while the caller is idle. The peer is a plain socket that writes exactly the
 * bytes each case needs; the last case has many callers on a real node.
 */
@Timeout(60)
class CallerReadsTest {
  private static final long PEER_INCARNATION = 77;
  private static final RequestTarget TARGET = new RequestTarget(PEER_INCARNATION, ObjectId.random(), 5);
  private static final int WARM_UP_CALLS = 300;
  private static final int LONE_CALLS_BEFORE_EACH_ROUND = 20;

  private final BlockingQueue<Request> requestsFromPeer = new LinkedBlockingQueue<>();
  private Transport client;
  private FakePeer peer;
  private Connection connection;

  @BeforeEach
  void connect() throws IOException {
    client = new Transport(config(), 1, new RequestHandler() {
      @Override
      public void onRequest(Connection connection, Request request) {
        requestsFromPeer.add(request);
      }

      @Override
      public void onCancel(Connection connection, long callId) {}
    });
    peer = new FakePeer();
    connection = client.connection(PEER_INCARNATION, new Endpoint("127.0.0.1", peer.port()), "the fake peer");
    peer.accepted();
  }

  @AfterEach
  void close() throws IOException {
    client.close();
    peer.close();
  }

  @Test
  void loneCaller_readsMostRepliesItself() throws Exception {
    CompletableFuture<Void> echoing = peer.echoEach(WARM_UP_CALLS);
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      assertEquals("call " + i, call("call " + i));
    }
    echoing.get(10, TimeUnit.SECONDS);
    assertTrue(connection.repliesReadByCallers() > WARM_UP_CALLS / 2,
        connection.repliesReadByCallers() + " of " + WARM_UP_CALLS + " replies read by their caller");
  }

  @Test
  void severalCallers_eachGetTheirOwnReply_whicheverCallerReadsIt() throws Exception {
    int callers = 4;
    int rounds = 100;
    long readByCallers = 0;
    Random random = new Random(11);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      for (int round = 0; round < rounds; round++) {
        // Lone calls first, so that callers may read; their replies take 0.2 ms, which teaches
        // the callers to wait for up to three times as long, so that they are still waiting when
        // the replies to several come together.
        CompletableFuture<Void> echoing = peer.echoEach(LONE_CALLS_BEFORE_EACH_ROUND, 200_000);
        for (int i = 0; i < LONE_CALLS_BEFORE_EACH_ROUND; i++) {
          call("alone");
        }
        echoing.get(10, TimeUnit.SECONDS);
        long readBefore = connection.repliesReadByCallers();
        // Last call first, cut at a random byte of the first frames, so that the caller reading
        // them finds others' replies ahead of its own, and may leave the head of one to the next.
        CompletableFuture<Void> answering = peer.echoTogether(callers, random.nextInt(callers * 20));
        List<Future<String>> replies = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
          String arguments = "round " + round + ", caller " + caller;
          replies.add(pool.submit(() -> call(arguments)));
        }
        for (int caller = 0; caller < callers; caller++) {
          assertEquals("round " + round + ", caller " + caller, replies.get(caller).get(10, TimeUnit.SECONDS));
        }
        answering.get(10, TimeUnit.SECONDS);
        readByCallers += connection.repliesReadByCallers() - readBefore;
      }
    } finally {
      pool.shutdownNow();
    }
    // About 250 on an idle machine; on a busy one callers stop waiting sooner, and the loop reads.
    assertTrue(readByCallers > 0, readByCallers + " of " + rounds * callers + " replies read by callers");
    assertCallsStillWork();
  }

  @Test
  void requestRightBehindAReply_reachesTheNode() throws Exception {
    warmUp();
    CompletableFuture<Void> replying = peer.reply(in -> {
      ByteArrayFrames frames = new ByteArrayFrames();
      frames.reply(in.callId(), "mine".getBytes(UTF_8));
      frames.request(900, 3, "from the peer".getBytes(UTF_8));
      return frames.bytes();
    });

    assertEquals("mine", call("ignored"));
    replying.get(10, TimeUnit.SECONDS);
    assertRequestFromPeer(900, "from the peer");
    assertCallsStillWork();
  }

  @Test
  void replyInPieces_longerApartThanTheCallerWaits_arrivesWhole() throws Exception {
    warmUp();
    for (int splitAt : new int[] {2, Frames.LENGTH_FIELD_BYTES, Frames.LENGTH_FIELD_BYTES + 6}) {
      CompletableFuture<Void> replying = peer.replyInTwoPieces("piece by piece".getBytes(UTF_8), splitAt, 50);
      assertEquals("piece by piece", call("ignored"));
      replying.get(10, TimeUnit.SECONDS);
    }
    assertCallsStillWork();
  }

  @Test
  void largeReplies_arriveWhole_whetherTheCallerOrTheLoopReadsTheirEnd() throws Exception {
    warmUp();
    byte[] large = new byte[CallerReads.BUFFER_BYTES * 3];
    new Random(7).nextBytes(large);

    CompletableFuture<Void> replying = peer.reply(in -> new ByteArrayFrames().reply(in.callId(), large).bytes());
    assertArrayEquals(large, callForBytes());
    replying.get(10, TimeUnit.SECONDS);
    replying = peer.replyInTwoPieces(large, CallerReads.BUFFER_BYTES + 100, 50);
    assertArrayEquals(large, callForBytes());
    replying.get(10, TimeUnit.SECONDS);

    assertCallsStillWork();
    eventually(() -> LargeFrames.Pool.ALLOCATOR.metric().heapArenas().stream()
        .mapToLong(PoolArenaMetric::numActiveAllocations).sum() == 0, "every large frame went back to its pool");
  }

  @Test
  void malformedReply_closesTheConnection_andTheCallFailsSayingWhy() throws Exception {
    warmUp();
    peer.reply(in -> new byte[] {0, 0, 0, 10, 42, 0, 0, 0, 0, 0, 0, 0, 0, 0}); // as long as a reply, of kind 42

    ConnectionLoss loss = connection.call(TARGET, 1, MessageBody.of(new byte[1]), deadline(), new PendingCall());

    assertNotNull(loss);
    assertTrue(loss.reason().contains("unknown frame kind 42"), loss.reason());
    assertFalse(connection.isOpen());
  }

  @Test
  void requestFromThePeer_whileTheCallerIsIdle_reachesTheNode() throws Exception {
    warmUp();
    Thread.sleep(20); // the caller has stopped calling, and reading
    peer.send(new ByteArrayFrames().request(901, 4, "while idle".getBytes(UTF_8)).bytes());
    assertRequestFromPeer(901, "while idle");
    assertCallsStillWork();
  }

  @Test
  void peerClosing_whileTheCallerIsIdle_isNoticed() throws Exception {
    warmUp();
    peer.close();
    eventually(() -> !connection.isOpen(), "the connection noticed the end of the stream");
    ConnectionLoss loss = connection.call(TARGET, 1, MessageBody.of(new byte[1]), deadline(), new PendingCall());
    assertNotNull(loss);
    assertTrue(loss.reason().endsWith(" closed"), loss.reason());
  }

  @Test
  void manyCallers_syncAndAsync_eachGetTheirOwnReply() throws Exception {
    long serverIncarnation = PEER_INCARNATION + 1;
    try (Transport server = new Transport(config(), serverIncarnation, new EchoingRequests())) {
      int port = server.listen("127.0.0.1", 0).getPort();
      Connection toServer = client.connection(serverIncarnation, new Endpoint("127.0.0.1", port), "the echo server");
      ExecutorService callers = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
          int callerId = thread;
          running.add(callers.submit(() -> callInTurns(toServer, callerId)));
        }
        for (Future<?> caller : running) {
          caller.get(50, TimeUnit.SECONDS);
        }
      } finally {
        callers.shutdownNow();
      }
    }
  }

  /**
   * Calls with the other callers for a while, then alone: synchronous calls, and every tenth call
   * asynchronous, whose reply the event loop reads. Each reply must be the caller's own.
   */
  private static Void callInTurns(Connection toServer, int callerId) throws Exception {
    PendingCall call = new PendingCall();
    for (int i = 0; i < 1_000 * (callerId == 0 ? 3 : 1); i++) {
      byte[] arguments = (callerId + ":" + i).getBytes(UTF_8);
      if (i % 10 == 9) {
        CompletableFuture<byte[]> reply = new CompletableFuture<>();
        toServer.callAsync(TARGET, 1, MessageBody.of(arguments), deadline(), new ReplyInto(reply));
        assertArrayEquals(arguments, reply.get(10, TimeUnit.SECONDS));
      } else {
        assertNull(toServer.call(TARGET, 1, MessageBody.of(arguments), deadline(), call));
        assertArrayEquals(arguments, bodyOf(call));
      }
    }
    return null;
  }

  private void warmUp() throws Exception {
    CompletableFuture<Void> echoing = peer.echoEach(WARM_UP_CALLS);
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      call("warm-up");
    }
    echoing.get(10, TimeUnit.SECONDS);
    assertTrue(connection.repliesReadByCallers() > 0, "the caller reads");
  }

  private void assertCallsStillWork() throws Exception {
    CompletableFuture<Void> echoing = peer.echoEach(3);
    for (int i = 0; i < 3; i++) {
      assertEquals("after " + i, call("after " + i));
    }
    echoing.get(10, TimeUnit.SECONDS);
  }

  private void assertRequestFromPeer(long callId, String arguments) throws InterruptedException {
    Request request = requestsFromPeer.poll(10, TimeUnit.SECONDS);
    assertNotNull(request, "the peer's request reached the node");
    assertEquals(callId, request.callId());
    Payload body = request.arguments();
    assertEquals(arguments, new String(body.array(), body.offset(), body.length(), UTF_8));
  }

  /** Calls the peer with {@code arguments}; returns the reply's body as text. */
  private String call(String arguments) {
    return new String(callForBytes(arguments.getBytes(UTF_8)), UTF_8);
  }

  private byte[] callForBytes() {
    return callForBytes(new byte[1]);
  }

  private byte[] callForBytes(byte[] arguments) {
    PendingCall call = new PendingCall();
    ConnectionLoss loss = connection.call(TARGET, 1, MessageBody.of(arguments), deadline(), call);
    assertNull(loss, () -> "lost: " + loss.reason());
    return bodyOf(call);
  }

  private static byte[] bodyOf(PendingCall call) {
    Payload body = call.body();
    byte[] bytes = Arrays.copyOfRange(body.array(), body.offset(), body.offset() + body.length());
    body.release();
    return bytes;
  }

  private static long deadline() {
    return System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
  }

  private static TransportConfig config() {
    return new TransportConfig(1, 1 << 20, Duration.ofSeconds(5), 64, null, Duration.ofNanos(100_000));
  }

  /** Replies to every request with its own arguments. */
  private static final class EchoingRequests implements RequestHandler {
    @Override
    public void onRequest(Connection connection, Request request) {
      Payload arguments = request.arguments();
      byte[] echo = Arrays.copyOfRange(arguments.array(), arguments.offset(), arguments.offset() + arguments.length());
      arguments.release();
      connection.reply(request.callId(), ReplyStatus.OK, MessageBody.of(echo));
    }

    @Override
    public void onCancel(Connection connection, long callId) {}
  }

  /** Completes a future with the body of an asynchronous call's reply. */
  private record ReplyInto(CompletableFuture<byte[]> reply) implements ReplyListener {
    @Override
    public void awaiting(long callId) {}

    @Override
    public void onReply(long callId, ReplyStatus status, io.netty.buffer.ByteBuf body) {
      byte[] bytes = new byte[body.readableBytes()];
      body.getBytes(body.readerIndex(), bytes);
      reply.complete(bytes);
    }

    @Override
    public void onLoss(long callId, ConnectionLoss loss) {
      reply.completeExceptionally(new IllegalStateException(loss.reason()));
    }
  }

  /** A request as the fake peer read it. */
  private record ReadRequest(long callId, byte[] arguments) {}

  /** What the fake peer writes in answer to a request. */
  private interface Answer {
    byte[] to(ReadRequest request) throws IOException;
  }

  /** Frames written into bytes, to be sent in one write. */
  private static final class ByteArrayFrames {
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    ByteArrayFrames reply(long callId, byte[] payload) throws IOException {
      out.writeInt(1 + Frames.REPLY_HEADER_BYTES + payload.length);
      out.writeByte(Frames.REPLY);
      out.writeLong(callId);
      out.writeByte(ReplyStatus.OK.code());
      out.write(payload);
      return this;
    }

    ByteArrayFrames request(long callId, int methodId, byte[] arguments) throws IOException {
      out.writeInt(1 + Frames.REQUEST_HEADER_BYTES + arguments.length);
      out.writeByte(Frames.REQUEST);
      out.writeLong(callId);
      out.writeLong(1); // the client's incarnation
      out.writeLong(0);
      out.writeLong(0);
      out.writeLong(0);
      out.writeInt(methodId);
      out.writeByte(0);
      out.writeLong(TimeUnit.SECONDS.toNanos(10));
      out.write(arguments);
      return this;
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /** The other end of the connection: a plain socket that says hello, then does what each test says. */
  private static final class FakePeer implements AutoCloseable {
    private final ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private final CompletableFuture<Socket> socket = CompletableFuture.supplyAsync(this::acceptAndSayHello);
    private DataInputStream in;
    private DataOutputStream out;

    FakePeer() throws IOException {}

    int port() {
      return listening.getLocalPort();
    }

    void accepted() {
      Socket accepted = socket.join();
      try {
        in = new DataInputStream(accepted.getInputStream());
        out = new DataOutputStream(accepted.getOutputStream());
        in.readNBytes(Frames.LENGTH_FIELD_BYTES + 1 + Frames.HELLO_BODY_BYTES); // the node's hello
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private Socket acceptAndSayHello() {
      try {
        Socket accepted = listening.accept();
        accepted.setTcpNoDelay(true);
        DataOutputStream hello = new DataOutputStream(accepted.getOutputStream());
        hello.writeInt(1 + Frames.HELLO_BODY_BYTES);
        hello.writeByte(Frames.HELLO);
        hello.writeLong(PEER_INCARNATION);
        hello.writeShort(Frames.PROTOCOL_VERSION);
        hello.flush();
        return accepted;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Answers the next {@code count} requests with their own arguments. */
    CompletableFuture<Void> echoEach(int count) {
      return echoEach(count, 0);
    }

    /** Answers the next {@code count} requests with their own arguments, each {@code delayNanos} after it came. */
    CompletableFuture<Void> echoEach(int count, long delayNanos) {
      return CompletableFuture.runAsync(() -> {
        for (int i = 0; i < count; i++) {
          answer(request -> {
            LockSupport.parkNanos(delayNanos);
            return new ByteArrayFrames().reply(request.callId(), request.arguments()).bytes();
          });
        }
      });
    }

    /**
     * Reads the next {@code count} requests, then answers them with their own arguments, the last
     * first, in two writes: the first {@code splitAt} bytes, and the rest 50 µs later.
     */
    CompletableFuture<Void> echoTogether(int count, int splitAt) {
      return CompletableFuture.runAsync(() -> {
        try {
          List<ReadRequest> requests = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            requests.add(read());
          }
          ByteArrayFrames frames = new ByteArrayFrames();
          for (int i = count - 1; i >= 0; i--) {
            frames.reply(requests.get(i).callId(), requests.get(i).arguments());
          }
          byte[] replies = frames.bytes();
          out.write(replies, 0, splitAt);
          out.flush();
          LockSupport.parkNanos(50_000);
          out.write(replies, splitAt, replies.length - splitAt);
          out.flush();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
    }

    /** Answers the next request with the bytes {@code answer} makes, in one write. */
    CompletableFuture<Void> reply(Answer answer) {
      return CompletableFuture.runAsync(() -> answer(answer));
    }

    /** Answers the next request with {@code payload}, written in two pieces {@code pauseMillis} apart. */
    CompletableFuture<Void> replyInTwoPieces(byte[] payload, int splitAt, long pauseMillis) {
      return CompletableFuture.runAsync(() -> {
        try {
          byte[] reply = new ByteArrayFrames().reply(read().callId(), payload).bytes();
          out.write(reply, 0, splitAt);
          out.flush();
          Thread.sleep(pauseMillis);
          out.write(reply, splitAt, reply.length - splitAt);
          out.flush();
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
    }

    void send(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    private void answer(Answer answer) {
      try {
        send(answer.to(read()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private ReadRequest read() throws IOException {
      int length = in.readInt();
      byte kind = in.readByte();
      if (kind != Frames.REQUEST) {
        throw new IOException("expected a request, got frame kind " + kind);
      }
      long callId = in.readLong();
      in.readNBytes(Frames.REQUEST_HEADER_BYTES - 8);
      return new ReadRequest(callId, in.readNBytes(length - 1 - Frames.REQUEST_HEADER_BYTES));
    }

    @Override
    public void close() throws IOException {
      if (socket.isDone() && !socket.isCompletedExceptionally()) {
        socket.join().close();
      }
      listening.close();
    }
  }
}
