package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WireOutputTest {
  private static final int MEBIBYTE = 1 << 20;

  @Test
  void largeArray_growsTheBufferOnce_toWhatItNeeds() {
    byte[] array = new byte[MEBIBYTE];
    new Random(7).nextBytes(array);
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeLong(42);
      out.writeObject(array, byte[].class);
      out.writeInt(7);
      assertTrue(out.buffer().length < MEBIBYTE + MEBIBYTE / 4,
          "a 1 MiB array grew the buffer to " + out.buffer().length + " bytes, not just past what it needs");
      byte[] bytes = out.toByteArray();
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
    WireCodec codec = new WireCodec(Samples.table(), 64 << 10);
    try (WireWriter out = codec.newWriter()) {
      EncodingException thrown =
          assertThrows(EncodingException.class, () -> out.writeObject(new byte[128 << 10], byte[].class));
      assertTrue(thrown.getMessage().contains("65536"), thrown.getMessage());
    }
  }
}
