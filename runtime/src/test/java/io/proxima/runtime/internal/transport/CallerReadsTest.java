package io.proxima.runtime.internal.transport;

import static io.proxima.runtime.Eventually.eventually;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PoolArenaMetric;
import io.netty.channel.ChannelOption;
import io.proxima.ObjectId;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Callers read their replies from the socket themselves ({@link CallerReads}), a lone one its
 * own and one of several those of the others too, and whatever else the peer sends on the way
 * still reaches the node intact and in order: a request right behind a reply, a reply in pieces,
 * a large one, a malformed one, a request or the end of the connection while the caller is idle.
 * Waiting callers also write the requests others queued: they leave while the event loop is busy,
 * and stay whole when the socket fills. The peer is a plain socket that reads and writes exactly
 * the bytes each case needs; one case has many callers on a real node.
 */
@Timeout(60)
class CallerReadsTest {
  private static final long PEER_INCARNATION = 77;
  private static final RequestTarget TARGET = new RequestTarget(PEER_INCARNATION, ObjectId.random(), 5);
  private static final int WARM_UP_CALLS = 300;
  private static final int LONE_CALLS_BEFORE_EACH_ROUND = 20;

  /** A method of the node that occupies its event loop until the test releases it. */
  private static final int OCCUPY_THE_LOOP = 99;

  private final BlockingQueue<Request> requestsFromPeer = new LinkedBlockingQueue<>();
  private final CountDownLatch loopOccupied = new CountDownLatch(1);
  private final CountDownLatch releaseTheLoop = new CountDownLatch(1);
  private Transport client;
  private FakePeer peer;
  private Connection connection;

  @BeforeEach
  void connect() throws IOException {
    client = new Transport(config(), 1, new RequestHandler() {
      @Override
      public void onRequest(Connection connection, Request request) {
        if (request.methodId() != OCCUPY_THE_LOOP) {
          requestsFromPeer.add(request);
          return;
        }
        request.arguments().release();
        loopOccupied.countDown();
        try {
          releaseTheLoop.await(); // on the event loop, which reads and writes nothing meanwhile
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void onCancel(Connection connection, long callId) {}
    });
    peer = new FakePeer(PEER_INCARNATION);
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
  void nodeThatCloses_returnsTheBufferCallersReadInto() throws Exception {
    peer.echoEach(WARM_UP_CALLS);
    ByteBuf readInto = null;
    for (int i = 0; i < WARM_UP_CALLS && readInto == null; i++) {
      call("call " + i);
      readInto = connection.callersReadAhead(); // kept by the caller for its next call, while it keeps calling
    }
    assertNotNull(readInto, "the lone caller read its replies itself");

    client.close(); // its event loops stop with the connection, before any of them could take the buffer back

    assertEquals(0, readInto.refCnt(), "the buffer went back to its pool");
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
        // Lone calls first, so that callers may read, and are still waiting when the replies to
        // several come together.
        teachCallersToWaitLong();
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
  void requestsOfWaitingCallers_leave_whileTheEventLoopIsBusy() throws Exception {
    int callers = 4;
    teachCallersToWaitLong();
    peer.send(new ByteArrayFrames().request(902, OCCUPY_THE_LOOP, new byte[1]).bytes());
    assertTrue(loopOccupied.await(10, TimeUnit.SECONDS), "the node's event loop runs the peer's request");
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CompletableFuture<Void> answering = peer.echoTogether(callers, 0);
      List<Future<String>> replies = new ArrayList<>();
      for (int caller = 0; caller < callers; caller++) {
        String arguments = "caller " + caller;
        replies.add(pool.submit(() -> call(arguments)));
      }
      answering.get(10, TimeUnit.SECONDS); // every request came, though the loop could write none
      releaseTheLoop.countDown();
      for (int caller = 0; caller < callers; caller++) {
        assertEquals("caller " + caller, replies.get(caller).get(10, TimeUnit.SECONDS));
      }
    } finally {
      releaseTheLoop.countDown();
      pool.shutdownNow();
    }
    assertCallsStillWork();
  }

  @Test
  void requestsOfManyCallers_stayWhole_whenTheSocketFillsAsTheyWrite() throws Exception {
    int callers = 32;
    int callsEach = 20;
    try (FakePeer slowPeer = new FakePeer(PEER_INCARNATION + 2, 4 << 10)) {
      Connection toSlowPeer = client.connection(PEER_INCARNATION + 2, new Endpoint("127.0.0.1", slowPeer.port()),
          "the slow peer");
      slowPeer.accepted();
      // Both ends of the socket hold a few requests only, which the peer reads slowly: callers
      // often find it full, or able to take part of what they write. The requests are just below
      // the size that the event loop always writes itself.
      toSlowPeer.channel().config().setOption(ChannelOption.SO_SNDBUF, 8 << 10);
      CompletableFuture<Void> echoing = slowPeer.echoEach(callers * callsEach, 100_000);
      ExecutorService pool = Executors.newFixedThreadPool(callers);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
          Random random = new Random(caller);
          running.add(pool.submit(() -> {
            PendingCall call = new PendingCall();
            for (int i = 0; i < callsEach; i++) {
              byte[] arguments = new byte[LargeFrames.FROM_BYTES - 200];
              random.nextBytes(arguments);
              assertNull(toSlowPeer.call(TARGET, 1, MessageBody.of(arguments), deadline(), call));
              assertArrayEquals(arguments, bodyOf(call));
            }
            return null;
          }));
        }
        for (Future<?> caller : running) {
          caller.get(50, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      echoing.get(10, TimeUnit.SECONDS); // the peer read only whole requests
    }
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
  void requestFromThePeer_eachTimeTheCallerFallsIdle_reachesTheNode() throws Exception {
    for (int round = 1; round <= 3; round++) { // the loop takes reading back, then callers do again
      warmUp();
      Thread.sleep(20); // the caller has stopped calling, and reading
      peer.send(new ByteArrayFrames().request(900 + round, 4, ("idle " + round).getBytes(UTF_8)).bytes());
      assertRequestFromPeer(900 + round, "idle " + round);
    }
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

  /** Replies that take 0.3 ms teach callers to wait for up to three times as long before they park. */
  private void teachCallersToWaitLong() throws Exception {
    CompletableFuture<Void> echoing = peer.echoEach(LONE_CALLS_BEFORE_EACH_ROUND, 300_000);
    for (int i = 0; i < LONE_CALLS_BEFORE_EACH_ROUND; i++) {
      call("alone");
    }
    echoing.get(10, TimeUnit.SECONDS);
  }

  private void warmUp() throws Exception {
    long readBefore = connection.repliesReadByCallers();
    CompletableFuture<Void> echoing = peer.echoEach(WARM_UP_CALLS);
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      call("warm-up");
    }
    echoing.get(10, TimeUnit.SECONDS);
    assertTrue(connection.repliesReadByCallers() > readBefore, "the caller reads");
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
}
