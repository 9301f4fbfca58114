package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PoolArenaMetric;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PayloadTest {
  private final PooledByteBufAllocator allocator = new PooledByteBufAllocator(true);

  @Test
  void smallBody_getsAnArrayOfItsOwn() {
    byte[] body = randomBytes(LargeFrames.FROM_BYTES - 1);
    ByteBuf frame = frameOf(body);
    Payload payload = Payload.of(frame);
    frame.release();
    assertEquals(0, heapBuffersInUse());
    assertArrayEquals(body, bytesOf(payload));
  }

  @Test
  void largeBodyInDirectMemory_isReadWhereItLies_andKeepsItsFrameUntilReleased_once() {
    byte[] body = randomBytes(LargeFrames.FROM_BYTES + 3);
    ByteBuf frame = frameOf(body);
    frame.skipBytes(3); // a body starts after its frame's header
    Payload payload = Payload.of(frame);
    frame.release();

    ByteBuf outside = payload.outsideHeap();
    assertEquals(1, frame.refCnt(), "the payload holds the frame's memory");
    assertEquals(0, heapBuffersInUse(), "no copy");
    assertArrayEquals(Arrays.copyOfRange(body, 3, body.length), ByteBufUtil.getBytes(outside));
    payload.release();
    payload.release();
    assertEquals(0, frame.refCnt());
  }

  @Test
  void largeBodyInDirectMemory_askedForAnArray_movesIntoPooledHeapMemory_once() {
    byte[] body = randomBytes(LargeFrames.FROM_BYTES + 3);
    ByteBuf frame = frameOf(body);
    Payload payload = Payload.of(frame);
    frame.release();

    byte[] array = payload.array();
    assertSame(array, payload.array(), "moved once");
    assertNull(payload.outsideHeap());
    assertEquals(0, frame.refCnt(), "the direct memory went back once the body moved");
    assertEquals(1, heapBuffersInUse());
    assertArrayEquals(body, bytesOf(payload));
    payload.release();
    assertEquals(0, heapBuffersInUse());
  }

  @Test
  void largeBodyInHeapMemory_isReadWhereItLies_andKeepsItsFrameUntilReleased() {
    byte[] body = randomBytes(LargeFrames.FROM_BYTES + 3);
    ByteBuf frame = allocator.heapBuffer(body.length).writeBytes(body);
    frame.skipBytes(3);
    Payload payload = Payload.of(frame);
    frame.release();

    assertSame(frame.array(), payload.array(), "no copy");
    assertEquals(1, frame.refCnt(), "the payload holds the frame's memory");
    assertArrayEquals(Arrays.copyOfRange(body, 3, body.length), bytesOf(payload));
    payload.release();
    payload.release();
    assertEquals(0, frame.refCnt());
  }

  @Test
  void aPayloadReceivingBodyAfterBody_keepsItsArray_butNeverWritesIntoPooledMemory() {
    Payload payload = new Payload();
    receive(payload, randomBytes(100));
    byte[] own = payload.array();
    byte[] second = randomBytes(60);
    receive(payload, second);
    assertSame(own, payload.array(), "the small body went into the payload's array");
    assertArrayEquals(second, bytesOf(payload));

    ByteBuf large = allocator.heapBuffer().writeBytes(randomBytes(LargeFrames.FROM_BYTES));
    payload.receive(large);
    large.release();
    byte[] pooledArray = large.array();
    byte[] pooledBytes = bytesOf(payload);
    byte[] third = randomBytes(30);
    receive(payload, third);

    assertEquals(0, large.refCnt(), "receiving the next body released the large one");
    assertArrayEquals(third, bytesOf(payload));
    assertFalse(payload.array() == pooledArray, "a small body never lands in a pooled array");
    assertEquals(LargeFrames.FROM_BYTES, pooledBytes.length);
  }

  @Test
  void largeReply_thatNoCallerAwaits_isReleased() {
    EmbeddedChannel channel = new EmbeddedChannel();
    Connection connection = new Connection(channel, 16, 1 << 20);
    ByteBuf frame = allocator.directBuffer();
    frame.writeByte(Frames.REPLY).writeLong(99).writeByte(ReplyStatus.OK.code()).writeBytes(randomBytes(64 << 10));
    channel.pipeline().addLast(new ProtocolHandler(connection, new FrameDecoder(1 << 20), RequestHandlerThatFails.INSTANCE,
        new Peers(), 1));
    assertFalse(channel.writeInbound(frame));
    assertEquals(0, heapBuffersInUse());
    assertTrue(channel.isOpen(), "a reply that comes too late is no reason to close the connection");
    channel.finishAndReleaseAll();
  }

  private void receive(Payload payload, byte[] body) {
    ByteBuf frame = frameOf(body);
    payload.receive(frame);
    frame.release();
  }

  private ByteBuf frameOf(byte[] body) {
    return allocator.directBuffer(body.length).writeBytes(body);
  }

  private static long heapBuffersInUse() {
    return LargeFrames.Pool.ALLOCATOR.metric().heapArenas().stream()
        .mapToLong(PoolArenaMetric::numActiveAllocations).sum();
  }

  private static byte[] bytesOf(Payload payload) {
    return Arrays.copyOfRange(payload.array(), payload.offset(), payload.offset() + payload.length());
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new Random(length).nextBytes(bytes);
    return bytes;
  }

  /** This test sends no requests. */
  private enum RequestHandlerThatFails implements RequestHandler {
    INSTANCE;

    @Override
    public void onRequest(Connection connection, Request request) {
      throw new AssertionError("no request was sent");
    }

    @Override
    public void onCancel(Connection connection, long callId) {
      throw new AssertionError("no cancel was sent");
    }
  }
}
