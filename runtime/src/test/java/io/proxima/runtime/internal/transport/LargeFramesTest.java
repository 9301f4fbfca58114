package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargeFramesTest {
  private static final int PIECE = 64 << 10;
  private static final int MAX_FRAME = 4 << 20;

  private final PooledByteBufAllocator channelAllocator = new PooledByteBufAllocator(true);
  private final ByteToMessageDecoder.Cumulator cumulator = LargeFrames.cumulator(MAX_FRAME);

  @Test
  void largeFrame_arrivingInPieces_staysInThosePieces_uncopied() {
    byte[] frame = frameDeclaring(1 << 20, (1 << 20) + Frames.LENGTH_FIELD_BYTES);
    List<ByteBuf> pieces = new ArrayList<>();
    ByteBuf gathering = Unpooled.EMPTY_BUFFER;
    for (int at = 0; at < frame.length; at += PIECE) {
      ByteBuf piece = piece(frame, at);
      pieces.add(piece);
      gathering = cumulator.cumulate(channelAllocator, gathering, piece);
    }

    CompositeByteBuf composite = assertInstanceOf(CompositeByteBuf.class, gathering);
    assertEquals(pieces.size(), composite.numComponents());
    for (int i = 0; i < pieces.size(); i++) {
      assertEquals(pieces.get(i).memoryAddress(), composite.internalComponent(i).memoryAddress(), "piece " + i);
    }
    assertArrayEquals(frame, ByteBufUtil.getBytes(gathering));
    gathering.release();
    assertEquals(0, pieces.get(0).refCnt());
  }

  @Test
  void smallFrames_spanningReads_areMergedIntoOneBuffer() {
    byte[] frames = frameDeclaring(LargeFrames.FROM_BYTES - Frames.LENGTH_FIELD_BYTES - 1, 3 * PIECE);
    ByteBuf gathering = cumulator.cumulate(channelAllocator, Unpooled.EMPTY_BUFFER, piece(frames, 0));
    gathering = cumulator.cumulate(channelAllocator, gathering, piece(frames, PIECE));

    assertFalse(gathering instanceof CompositeByteBuf, "merged, to be read field by field at full speed");
    assertArrayEquals(Arrays.copyOf(frames, 2 * PIECE), ByteBufUtil.getBytes(gathering));
    gathering.release();
  }

  @Test
  void frameDeclaredLongerThanAllowed_isMerged_andGetsNoRoomMadeForIt() {
    byte[] start = frameDeclaring(MAX_FRAME + 1, 2 * PIECE);
    ByteBuf gathering = cumulator.cumulate(channelAllocator, Unpooled.EMPTY_BUFFER, piece(start, 0));
    gathering = cumulator.cumulate(channelAllocator, gathering, piece(start, PIECE));

    assertFalse(gathering instanceof CompositeByteBuf);
    assertTrue(gathering.capacity() < MAX_FRAME, "capacity " + gathering.capacity());
    assertArrayEquals(start, ByteBufUtil.getBytes(gathering));
    gathering.release();
  }

  @Test
  void bytesAlreadyHandedOn_keepTheirValue_whilePiecesKeepComing() {
    byte[] frame = frameDeclaring(1 << 20, 3 * PIECE);
    ByteBuf gathering = cumulator.cumulate(channelAllocator, Unpooled.EMPTY_BUFFER, piece(frame, 0));
    gathering = cumulator.cumulate(channelAllocator, gathering, piece(frame, PIECE));
    ByteBuf handedOn = gathering.retainedSlice(0, PIECE + 10); // as the decoder hands on a frame it has

    gathering = cumulator.cumulate(channelAllocator, gathering, piece(frame, 2 * PIECE));
    gathering.release();

    assertEquals(1, handedOn.refCnt());
    assertArrayEquals(Arrays.copyOf(frame, PIECE + 10), ByteBufUtil.getBytes(handedOn));
    handedOn.release();
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
