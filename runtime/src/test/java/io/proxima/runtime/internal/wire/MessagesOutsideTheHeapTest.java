package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.io.Output;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.proxima.runtime.internal.wire.Samples.Named;
import io.proxima.runtime.internal.wire.Samples.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Messages read where they lie outside the heap, as large bodies are: through the reader's window
 * of a few KiB, which every value longer than it, and many values together, cross.
 */
class MessagesOutsideTheHeapTest {
  private static final int WINDOW_BYTES = 16 << 10;

  @Test
  void aMessageFarLongerThanTheWindow_inPiecesOfDirectMemory_readsAsWritten() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      points.add(new Point(i, -i * 31));
    }
    String nonAscii = "grüße ".repeat(6_000); // its UTF-8 is longer than the window
    Named kryoString = new Named("ü".repeat(WINDOW_BYTES)); // in Kryo's own string format
    byte[] array = new byte[1 << 20];
    new Random(1).nextBytes(array);
    long[] longs = new Random(2).longs(5_000).toArray();
    byte[] message;
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeObject(points, List.class);
      out.writeObject(nonAscii, String.class);
      out.writeObject(kryoString, Named.class);
      out.writeObject(array, byte[].class);
      out.writeObject(longs, long[].class);
      out.writeObject(nonAscii, String.class); // now a reference to the earlier string
      out.writeInt(7);
      message = out.toByteArray();
    }
    ByteBuf pieces = inDirectPieces(message, 5, 1_000, 9_999, 70_000, 1 << 20);
    int readerIndex = pieces.readerIndex();

    try (WireReader in = Samples.codec().newReader(pieces)) {
      assertEquals(points, in.readObject(List.class));
      assertEquals(nonAscii, in.readObject(String.class));
      assertEquals(kryoString.name, in.<Named>readObject(Named.class).name);
      assertArrayEquals(array, in.readObject(byte[].class));
      assertArrayEquals(longs, in.readObject(long[].class));
      assertEquals(nonAscii, in.readObject(String.class));
      assertEquals(1, in.remaining(), "the varint of 7");
      assertEquals(7, in.readInt());
      in.expectEnd();
    }
    assertEquals(readerIndex, pieces.readerIndex(), "the message's buffer is read where it lies, not consumed");
    pieces.release();
  }

  @Test
  void anArrayDeclaringMoreThanTheMessageHolds_isRefused_thoughMostOfTheMessageIsNotInTheWindowYet() {
    Output out = new Output(64, -1);
    out.writeVarInt(3 * WINDOW_BYTES + 1, true); // a byte array of 3 windows: its length plus one
    out.writeBytes(new byte[3 * WINDOW_BYTES]);
    out.writeVarInt((1 << 20) + 1, true); // a byte array of 1 MiB, of which the message holds a window
    out.writeBytes(new byte[WINDOW_BYTES]);
    ByteBuf message = inDirectPieces(out.toBytes(), WINDOW_BYTES / 2);

    try (WireReader in = Samples.codec().newReader(message)) {
      assertEquals(3 * WINDOW_BYTES, in.<byte[]>readObject(byte[].class).length);
      DecodingException refused = assertThrows(DecodingException.class, () -> in.readObject(byte[].class));
      assertTrue(refused.getMessage().contains("a byte array"), refused.getMessage());
      assertTrue(refused.getMessage().contains("only " + WINDOW_BYTES + " bytes"), refused.getMessage());
    }
    message.release();
  }

  @Test
  void aMessageCutShort_isRefused_whereverItEnds() {
    byte[] array = new byte[3 * WINDOW_BYTES];
    byte[] message = Samples.encode(array, byte[].class);
    for (int cut : new int[] {1, WINDOW_BYTES - 1, WINDOW_BYTES + 1, message.length - 1}) {
      ByteBuf shortened = inDirectPieces(Arrays.copyOf(message, cut), 4_000);
      try (WireReader in = Samples.codec().newReader(shortened)) {
        assertThrows(DecodingException.class, () -> in.readObject(byte[].class), "cut at " + cut);
      }
      shortened.release();
    }
  }

  /** {@code bytes} in direct buffers split at {@code splits} bytes apart (the last split repeating), after a header. */
  private static ByteBuf inDirectPieces(byte[] bytes, int... splits) {
    CompositeByteBuf pieces = Unpooled.compositeBuffer(Integer.MAX_VALUE);
    pieces.addComponent(true, Unpooled.directBuffer(3).writeZero(3));
    int at = 0;
    for (int i = 0; at < bytes.length; i++) {
      int length = Math.min(splits[Math.min(i, splits.length - 1)], bytes.length - at);
      pieces.addComponent(true, Unpooled.directBuffer(length).writeBytes(bytes, at, length));
      at += length;
    }
    return pieces.skipBytes(3);
  }
}
