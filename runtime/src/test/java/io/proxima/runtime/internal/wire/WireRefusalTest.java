package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Output;
import io.proxima.runtime.internal.wire.Samples.Named;
import io.proxima.runtime.internal.wire.Samples.Point;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Hostile input of a few bytes each. With -Xmx512m an unprotected Kryo 5.6.2 runs out of memory
 * on most of them; here each must be refused quickly with a DecodingException.
 */
class WireRefusalTest {
  private static final int HUGE = Integer.MAX_VALUE; // a varint length of n + 1 declares n elements

  @Test
  void byteArray_declaringTwoGibibytes_isRefused() {
    assertRefused(bytes(out -> out.writeVarInt(HUGE, true)), byte[].class, "a byte array");
  }

  @Test
  void intArray_declaringTwoBillionElements_isRefused() {
    assertRefused(bytes(out -> out.writeVarInt(HUGE, true)), int[].class, "an int array");
  }

  @Test
  void longArray_declaringTwoBillionElements_isRefused() {
    assertRefused(bytes(out -> out.writeVarInt(HUGE, true)), long[].class, "a long array");
  }

  @Test
  void otherPrimitiveArrays_declaringHugeLengths_areRefused() {
    for (Class<?> type : List.of(short[].class, char[].class, float[].class, double[].class, boolean[].class)) {
      assertRefused(bytes(out -> out.writeVarInt(1 << 30, true)), type, "array");
    }
  }

  @Test
  void string_declaringTwoGibibytes_isRefused() {
    assertRefused(bytes(out -> out.writeVarInt(HUGE, true)), String.class, "a string");
  }

  @Test
  void string_referringToAStringTheMessageHasNotHad_isRefused() {
    assertRefused(bytes(out -> out.writeVarInt(2 * 5 + 2, true)), String.class, "string #5 but only 0");
    assertRefused(bytes(out -> {
      out.writeVarInt(classTag(String[].class), true);
      out.writeVarInt(2 + 1, true); // two elements
      out.writeVarInt(2 * 1 + 1, true);
      out.writeByte('a');
      out.writeVarInt(2 * 1 + 2, true); // the string of index 1: only index 0 came before
    }), Object.class, "string #1 but only 1");
    assertRefused(bytes(out -> out.writeVarInt(-2, true)), String.class, "string #2147483646");
  }

  @Test
  void stringFieldInKryosOwnFormat_declaringTwoBillionChars_isRefused() {
    byte[] payload = bytes(out -> {
      out.writeByte(Kryo.NOT_NULL);
      out.writeVarIntFlag(true, HUGE, true); // Kryo's UTF-8 string form: a char count, then the chars
    });

    assertRefused(payload, Named.class, "a string");
  }

  @Test
  void arrayList_declaringMaxIntElements_isRefused() {
    assertRefused(bytes(out -> {
      out.writeVarInt(classTag(ArrayList.class), true);
      out.writeVarInt(HUGE, true);
    }), Object.class, "java.util.ArrayList");
  }

  @Test
  void hashMap_declaringMaxIntEntries_isRefused() {
    assertRefused(bytes(out -> {
      out.writeVarInt(classTag(HashMap.class), true);
      out.writeVarInt(HUGE, true);
    }), Object.class, "java.util.HashMap");
  }

  @Test
  void objectArray_declaringHugeLength_isRefused() {
    assertRefused(bytes(out -> {
      out.writeVarInt(classTag(Object[].class), true);
      out.writeVarInt(HUGE, true);
    }), Object.class, "an array of java.lang.Object");
  }

  @Test
  void stringArray_declaringHugeLength_isRefused() {
    assertRefused(bytes(out -> out.writeVarInt(HUGE, true)), String[].class, "a String array");
  }

  @Test
  void nestedArrays_eachDeclaringTheWholeMessage_areRefused() {
    // Each array alone fits in the message, but the outer one's elements are owed a byte each.
    byte[] payload = bytes(out -> {
      for (int level = 0; level < 3; level++) {
        out.writeVarInt(classTag(Object[].class), true);
        out.writeVarInt(500 + 1, true);
      }
      out.writeBytes(new byte[510]);
    });

    assertRefused(payload, Object.class, "an array of java.lang.Object");
  }

  @Test
  void legitimateNestedArrays_stillDecode() {
    Object[] nested = {new Object[] {1, new Object[] {"deep", null}}, 2, new Point[] {new Point(1, 2)}};

    assertArrayEquals(nested, Samples.roundTrip(nested, Object[].class));
  }

  @Test
  void unknownClassId_isRefusedWithItsNumber() {
    assertRefused(bytes(out -> out.writeVarInt(500 + 2, true)), Object.class, "unregistered class id 500");
  }

  @Test
  void classNamedOnTheWire_isRefusedWithoutInitializingIt() {
    for (String name : List.of("java.lang.Runtime", NameTagTarget.class.getName())) {
      byte[] payload = bytes(out -> {
        out.writeVarInt(1, true); // the by-name class tag
        out.writeVarInt(0, true); // its name id within the message
        out.writeString(name);
      });

      assertRefused(payload, Object.class, "by name");
    }
    assertFalse(Flags.NAME_TAG_TARGET_INITIALIZED.get());
  }

  @Test
  void nestingDeeperThanTheLimit_isRefused() {
    assertRefused(deeplyNestedLists(), Object.class, "deeper than 64 levels");
  }

  @Test
  void truncatedMessage_isRefused() {
    byte[] whole;
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeObject(new Samples.Item("a long enough name", 12345, null), Samples.Item.class);
      whole = out.toByteArray();
    }

    assertRefused(Arrays.copyOf(whole, whole.length - 3), Samples.Item.class, "truncated");
  }

  @Test
  void valueOfAnotherClassThanDeclared_isRefused() {
    byte[] emptyHashMap = bytes(out -> {
      out.writeVarInt(classTag(HashMap.class), true);
      out.writeVarInt(1, true);
    });

    assertRefused(emptyHashMap, List.class, "a java.util.HashMap where a java.util.List is declared");
  }

  @Test
  void bytesLeftAfterTheLastValue_areRefused() {
    Output out = new Output(8);
    out.writeVarInt(5, false);
    out.writeByte(0);
    byte[] payload = out.toBytes();
    try (WireReader in = Samples.codec().newReader(payload, 0, payload.length)) {
      assertEquals(5, in.readInt());
      DecodingException e = assertThrows(DecodingException.class, in::expectEnd);
      assertTrue(e.getMessage().contains("1 bytes are left"), e.getMessage());
    }
  }

  @Test
  void pooledKryo_decodesCorrectlyAfterEveryKindOfRefusal() {
    WireCodec codec = new WireCodec(Samples.table()); // its own pool, so that one Kryo sees every refusal
    Samples.Order order = new Samples.Order("after", new HashMap<>(Map.of("n", 1)), Samples.Color.GREEN,
        new Point(1, 2), List.of(new Point(3, 4), Map.of("k", List.of())), new int[] {1})
        .add(new Samples.Item("item", 1, Set.of("tag")));
    byte[] deep = deeplyNestedLists();
    List<byte[]> hostile = List.of(deep, Arrays.copyOf(deep, deep.length / 2),
        bytes(out -> out.writeVarInt(1, true)), bytes(out -> out.writeVarInt(500, true)),
        bytes(out -> {
          out.writeVarInt(classTag(HashMap.class), true);
          out.writeVarInt(HUGE, true);
        }),
        new byte[] {-1, -1, -1, -1, -1}, new byte[0]);
    for (int round = 0; round < 2; round++) {
      for (byte[] payload : hostile) {
        try (WireReader in = codec.newReader(payload, 0, payload.length)) {
          assertThrows(DecodingException.class, () -> in.readObject(Object.class));
        }
      }
      byte[] bytes;
      try (WireWriter out = codec.newWriter()) {
        out.writeObject(order, Samples.Order.class);
        bytes = out.toByteArray();
      }
      try (WireReader in = codec.newReader(bytes, 0, bytes.length)) {
        assertEquals(order, in.readObject(Samples.Order.class));
        in.expectEnd();
      }
    }
  }

  @Test
  void messageWithinALargerBuffer_isReadOnlyWithinItsBounds() {
    byte[] value;
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeObject("inside", String.class);
      value = out.toByteArray();
    }
    byte[] buffer = new byte[value.length + 20];
    System.arraycopy(value, 0, buffer, 10, value.length);
    try (WireReader in = Samples.codec().newReader(buffer, 10, value.length)) {
      assertEquals("inside", in.readObject(String.class));
      in.expectEnd();
    }
    try (WireReader in = Samples.codec().newReader(buffer, 10, value.length - 1)) {
      assertThrows(DecodingException.class, () -> in.readObject(String.class));
    }
  }

  private static void assertRefused(byte[] payload, Class<?> declaredType, String expected) {
    DecodingException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(DecodingException.class, () -> Samples.decode(payload, declaredType)));
    assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
  }

  /** A hundred nested lists, written by a Kryo whose depth limit was raised. */
  private static byte[] deeplyNestedLists() {
    Object nested = null;
    for (int i = 0; i < 100; i++) {
      nested = new ArrayList<>(Collections.singletonList(nested));
    }
    Kryo permissive = WireKryo.create(Samples.table(), RemoteObjects.NONE);
    permissive.setMaxDepth(1_000);
    Output out = new Output(64, -1);
    permissive.writeClassAndObject(out, nested);
    return out.toBytes();
  }

  private static int classTag(Class<?> type) {
    return Samples.table().idOf(type) + 2; // Kryo writes id + 2: 0 is null, 1 the by-name tag
  }

  private static byte[] bytes(Consumer<Output> writer) {
    Output out = new Output(64, -1);
    writer.accept(out);
    out.writeBytes(new byte[8]); // a few trailing bytes, as a real frame would have
    return out.toBytes();
  }
}
