package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargeFramesTest {
  private static final int PIECE = 64 << 10;
  private static final int MAX_FRAME = 4 << 20;

  private final PooledByteBufAllocator channelAllocator = new PooledByteBufAllocator(true);
  private final ByteToMessageDecoder.Cumulator cumulator = LargeFrames.cumulator(MAX_FRAME);

  @Test
  void largeFrame_arrivingInPieces_movesOnceIntoRoomForTheWholeFrame_inHeapMemory() {
    byte[] frame = frameDeclaring(1 << 20, (1 << 20) + Frames.LENGTH_FIELD_BYTES);
    ByteBuf gathering = cumulator.cumulate(channelAllocator, Unpooled.EMPTY_BUFFER, piece(frame, 0));
    gathering = cumulator.cumulate(channelAllocator, gathering, piece(frame, PIECE));

    assertSame(LargeFrames.Pool.ALLOCATOR, gathering.alloc());
    assertTrue(gathering.hasArray(), "gathered in heap memory, to be decoded where it lies");
    assertTrue(gathering.capacity() >= frame.length, "room for the whole frame, made at once");
    ByteBuf moved = gathering;
    for (int at = 2 * PIECE; at < frame.length; at += PIECE) {
      gathering = cumulator.cumulate(channelAllocator, gathering, piece(frame, at));
      assertSame(moved, gathering, "no further move at " + at);
    }
    assertArrayEquals(frame, ByteBufUtil.getBytes(gathering));
    gathering.release();
  }

  @Test
  void frameDeclaredLongerThanAllowed_getsNoRoomMadeForIt() {
    byte[] start = frameDeclaring(MAX_FRAME + 1, 2 * PIECE);
    ByteBuf gathering = cumulator.cumulate(channelAllocator, Unpooled.EMPTY_BUFFER, piece(start, 0));
    gathering = cumulator.cumulate(channelAllocator, gathering, piece(start, PIECE));

    assertTrue(gathering.capacity() < MAX_FRAME, "capacity " + gathering.capacity());
    assertArrayEquals(start, ByteBufUtil.getBytes(gathering));
    gathering.release();
  }

  @Test
  void bytesAlreadyHandedOn_keepTheirValue_whenTheGatheringMoves() {
    byte[] frame = frameDeclaring(1 << 20, 3 * PIECE);
    ByteBuf gathering = cumulator.cumulate(channelAllocator, Unpooled.EMPTY_BUFFER, piece(frame, 0));
    gathering = cumulator.cumulate(channelAllocator, gathering, piece(frame, PIECE));
    ByteBuf handedOn = gathering.retainedSlice(0, PIECE); // as the decoder hands on a frame it has

    ByteBuf moved = cumulator.cumulate(channelAllocator, fillToCapacity(gathering), piece(frame, 2 * PIECE));

    assertNotSame(gathering, moved);
    assertEquals(1, handedOn.refCnt());
    assertArrayEquals(ByteBufUtil.getBytes(Unpooled.wrappedBuffer(frame, 0, PIECE)), ByteBufUtil.getBytes(handedOn));
    handedOn.release();
    moved.release();
  }

  /** Writes filler up to the buffer's capacity, so that the next piece must move it. */
  private static ByteBuf fillToCapacity(ByteBuf buffer) {
    return buffer.writeZero(buffer.maxFastWritableBytes());
  }

  /** The first {@code length} bytes of a frame whose length field declares {@code declared} bytes. */
  private static byte[] frameDeclaring(int declared, int length) {
    byte[] bytes = new byte[length];
    new Random(declared).nextBytes(bytes);
    Unpooled.wrappedBuffer(bytes).setInt(0, declared);
    return bytes;
  }

  /** The piece of {@code bytes} from {@code at}, as a read of the channel would bring it. */
  private ByteBuf piece(byte[] bytes, int at) {
    return channelAllocator.directBuffer(PIECE).writeBytes(bytes, at, Math.min(PIECE, bytes.length - at));
  }
}
