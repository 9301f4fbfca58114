package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.io.KryoBufferOverflowException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireOutputTest {
  private static final int MEBIBYTE = 1 << 20;
  private static final int LIMIT = 64 << 10;

  @Test
  void largeArrays_areNotCopiedIntoTheBuffer_butComeOutInPlace() {
    byte[] large = randomBytes(MEBIBYTE, 1);
    byte[] small = randomBytes(100, 2);
    byte[] otherLarge = randomBytes(WireOutput.REFERENCED_ARRAY_BYTES, 3);
    WireOutput out = new WireOutput(512, 16 * MEBIBYTE);
    out.writeByte(42);
    out.writeBytes(large);
    out.writeBytes(small);
    out.writeBytes(otherLarge);
    out.writeByte(7);

    assertTrue(out.getBuffer().length < 1024, "the buffer grew to " + out.getBuffer().length + " bytes");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(42);
    expected.writeBytes(large);
    expected.writeBytes(small);
    expected.writeBytes(otherLarge);
    expected.write(7);
    assertEquals(expected.size(), out.length());
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  @Test
  void asciiString_isWrittenInTheStringLayout_whileAnyOtherIsLeftUntouched() {
    String longAscii = "x".repeat(300); // beyond one buffer's worth, and a two-byte header
    WireOutput out = new WireOutput(16, LIMIT);

    assertTrue(out.writeAsciiString("abc"));
    assertFalse(out.writeAsciiString("abé"));
    assertTrue(out.writeAsciiString(longAscii));
    assertFalse(out.writeAsciiString("y".repeat(WireOutput.REFERENCED_ARRAY_BYTES)));

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(new byte[] {2 * 3 + 1, 'a', 'b', 'c'});
    expected.writeBytes(new byte[] {(byte) (601 & 0x7F | 0x80), (byte) (601 >>> 7)}); // 2 * 300 + 1
    expected.writeBytes(longAscii.getBytes(StandardCharsets.US_ASCII));
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  @Test
  void aMessageInABuffer_isReadWhereverItLies_directOrHeap_afterAHeader() {
    byte[] array = randomBytes(3_000, 8);
    ByteBuf message = Unpooled.buffer();
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeLong(42);
      out.writeObject(array, byte[].class);
      message.writeInt(0xCAFE); // a header before the message
      out.writeTo(message);
    }
    ByteBuf direct = Unpooled.directBuffer().writeBytes(message, 0, message.writerIndex());
    for (ByteBuf buffer : new ByteBuf[] {message, direct}) {
      buffer.skipBytes(4);
      for (int time = 0; time < 2; time++) { // the buffer is not consumed by a read
        try (WireReader in = Samples.codec().newReader(buffer)) {
          assertEquals(42, in.readLong());
          assertArrayEquals(array, in.readObject(byte[].class));
          in.expectEnd();
        }
      }
      buffer.release();
    }
  }

  @Test
  void messageWithALargeArray_roundTripsThroughADirectFrame() {
    byte[] array = randomBytes(MEBIBYTE, 7);
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeLong(42);
      out.writeObject(array, byte[].class);
      out.writeInt(7);
      ByteBuf frame = Unpooled.directBuffer(out.length());
      out.writeTo(frame);
      assertEquals(out.length(), frame.readableBytes());
      byte[] bytes = ByteBufUtil.getBytes(frame);
      frame.release();
      try (WireReader in = Samples.codec().newReader(bytes, 0, bytes.length)) {
        assertEquals(42, in.readLong());
        assertArrayEquals(array, in.readObject(byte[].class));
        assertEquals(7, in.readInt());
        in.expectEnd();
      }
    }
  }

  @Test
  void arrayBeyondTheMessageLimit_isRefusedAsBefore() {
    WireCodec codec = new WireCodec(Samples.table(), LIMIT);
    try (WireWriter out = codec.newWriter()) {
      EncodingException thrown =
          assertThrows(EncodingException.class, () -> out.writeObject(new byte[2 * LIMIT], byte[].class));
      assertTrue(thrown.getMessage().contains("65536"), thrown.getMessage());
    }
  }

  @Test
  void referencedArrays_countAgainstTheLimit_andSoDoesWhatFollowsThem() {
    WireOutput out = new WireOutput(512, LIMIT);
    out.writeBytes(new byte[LIMIT / 2]);
    assertThrows(KryoBufferOverflowException.class, () -> out.writeBytes(new byte[LIMIT / 2 + 1]));
    out.writeBytes(new byte[LIMIT / 2 - 4]);
    out.writeInt(1);
    assertEquals(LIMIT, out.length());
    assertThrows(KryoBufferOverflowException.class, () -> out.writeByte(1));
  }

  @Test
  void reset_forgetsTheReferencedArrays_andRestoresTheLimit() {
    WireOutput out = new WireOutput(512, LIMIT);
    out.writeBytes(new byte[LIMIT - 10]);
    out.reset();
    assertEquals(0, out.length());
    out.writeBytes(new byte[LIMIT - 10]);
    out.writeBytes(new byte[10]);
    assertEquals(LIMIT, out.length());
  }

  private static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
