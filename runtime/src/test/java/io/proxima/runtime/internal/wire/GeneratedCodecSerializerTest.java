package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.Values;
import io.proxima.runtime.Values_Descriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records travel through the codecs the processor generated for them (here for {@code Values.Point}). */
class GeneratedCodecSerializerTest {
  private final WireCodec codec = new WireCodec(new TypeTable(List.of(new Values_Descriptor()), Set.of()));

  @Test
  void record_isWrittenByItsGeneratedCodec_componentByComponent() {
    byte[] bytes;
    try (WireWriter out = codec.newWriter()) {
      out.writeObject(new Values.Point(3, -4), Values.Point.class);
      bytes = out.toByteArray();
    }
    // Not null, then x and y as zigzag varints: the layout of the codec's writeInt calls.
    assertArrayEquals(new byte[] {1, 6, 7}, bytes);
    try (WireReader in = codec.newReader(bytes, 0, bytes.length)) {
      assertEquals(new Values.Point(3, -4), in.readObject(Values.Point.class));
      in.expectEnd();
    }
  }

  @Test
  void recordsInsideOtherValues_andNull_roundTrip() {
    List<Values.Point> points = new ArrayList<>(List.of(new Values.Point(1, 2), new Values.Point(-5, 9)));
    points.add(null);
    byte[] bytes;
    try (WireWriter out = codec.newWriter()) {
      out.writeObject(points, List.class);
      out.writeObject(null, Values.Point.class);
      bytes = out.toByteArray();
    }
    try (WireReader in = codec.newReader(bytes, 0, bytes.length)) {
      assertEquals(points, in.readObject(List.class));
      assertNull(in.<Values.Point>readObject(Values.Point.class));
      in.expectEnd();
    }
  }

  @Test
  void truncatedRecord_isRefused() {
    byte[] truncated = {1, 6};
    try (WireReader in = codec.newReader(truncated, 0, truncated.length)) {
      DecodingException thrown = assertThrows(DecodingException.class, () -> in.readObject(Values.Point.class));
      assertTrue(thrown.getMessage().contains("truncated"), thrown.getMessage());
    }
  }
}
