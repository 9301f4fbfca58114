package io.proxima.runtime.internal.wire;

import static io.proxima.runtime.internal.wire.Samples.roundTrip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import io.proxima.runtime.internal.wire.Samples.Color;
import io.proxima.runtime.internal.wire.Samples.Empty;
import io.proxima.runtime.internal.wire.Samples.Item;
import io.proxima.runtime.internal.wire.Samples.Link;
import io.proxima.runtime.internal.wire.Samples.Op;
import io.proxima.runtime.internal.wire.Samples.Order;
import io.proxima.runtime.internal.wire.Samples.Point;
import io.proxima.runtime.internal.wire.Samples.Secret;
import io.proxima.spi.WireTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireRoundTripTest {

  /** One sample value of every class in WireTypes.CONCRETE, in the same order. */
  static Stream<Arguments> everyConcreteJdkType() {
    List<Object> samples = List.of(
        new boolean[] {true, false, true}, new byte[] {1, -2, 127}, new short[] {-3, 300}, new char[] {'a', 'é'},
        new int[] {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}, new long[] {Long.MIN_VALUE, 0, 42},
        new float[] {1.5f, Float.NaN}, new double[] {Math.PI, -0.0},
        new String[] {"a", null, "ünïcødé 😀"}, new Object[] {1, "two", new Point(3, 4), null},
        new ArrayList<>(List.of(1, 2)), new LinkedList<>(List.of("x", "y")), new ArrayDeque<>(List.of(1L, 2L)),
        new HashMap<>(Map.of("a", 1, "b", 2)), new LinkedHashMap<>(Map.of(1, "one")), new TreeMap<>(Map.of("k", 'v')),
        new HashSet<>(List.of(1, 2, 3)), new LinkedHashSet<>(List.of("c", "a", "b")), new TreeSet<>(List.of(3, 1, 2)),
        new BigInteger("123456789012345678901234567890"), new BigDecimal("-1234.5678901234567890"),
        UUID.randomUUID(), new Date(1_700_000_000_000L),
        Instant.ofEpochSecond(1_700_000_000L, 123), Duration.ofMillis(1500), LocalDate.of(2024, 2, 29),
        LocalTime.of(23, 59, 1, 999), LocalDateTime.of(2024, 1, 2, 3, 4, 5),
        OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHours(2)),
        ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, ZoneId.of("Europe/Paris")), ZoneOffset.ofHoursMinutes(-3, -30),
        Period.of(1, 2, 3), Year.of(1999), YearMonth.of(2020, 12), MonthDay.of(2, 29),
        OffsetTime.of(10, 11, 12, 13, ZoneOffset.UTC),
        Optional.of("present"), OptionalInt.of(7), OptionalLong.of(8L), OptionalDouble.of(9.5),
        URI.create("proxima://host:1?x=y"), Locale.forLanguageTag("pt-BR"));
    assertEquals(WireTypes.CONCRETE.size(), samples.size());
    return samples.stream().map(value -> Arguments.of(value.getClass().getName(), value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyConcreteJdkType")
  void concreteJdkType_arrivesEqual_declaredAsItselfOrAsObject(String name, Object value) {
    for (Class<?> declared : List.of(value.getClass(), Object.class)) {
      Object copy = roundTrip(value, declared);

      assertEquals(value.getClass(), copy.getClass());
      assertTrue(Arrays.deepEquals(new Object[] {comparable(value)}, new Object[] {comparable(copy)}),
          () -> value + " became " + copy);
    }
  }

  @Test
  void everyConcreteJdkType_hasADedicatedSerializerRatherThanReflection() {
    Kryo kryo = WireKryo.create(Samples.table(), RemoteObjects.NONE);
    for (Class<?> type : Samples.table().jdkClasses()) {
      assertFalse(kryo.getRegistration(type).getSerializer() instanceof FieldSerializer, type.getName());
    }
  }

  @Test
  void primitives_roundTripThroughTheValueWriterMethods() {
    byte[] bytes;
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeBoolean(true);
      out.writeByte((byte) -7);
      out.writeShort(Short.MIN_VALUE);
      out.writeChar('€');
      out.writeInt(Integer.MIN_VALUE);
      out.writeLong(Long.MAX_VALUE);
      out.writeFloat(-0.5f);
      out.writeDouble(Double.MIN_VALUE);
      bytes = out.toByteArray();
    }
    try (WireReader in = Samples.codec().newReader(bytes, 0, bytes.length)) {
      assertTrue(in.readBoolean());
      assertEquals(-7, in.readByte());
      assertEquals(Short.MIN_VALUE, in.readShort());
      assertEquals('€', in.readChar());
      assertEquals(Integer.MIN_VALUE, in.readInt());
      assertEquals(Long.MAX_VALUE, in.readLong());
      assertEquals(-0.5f, in.readFloat());
      assertEquals(Double.MIN_VALUE, in.readDouble());
      assertEquals(0, in.remaining());
    }
  }

  @Test
  void boxesAndStrings_arriveEqual_declaredAsThemselvesPrimitivesOrObject() {
    List<Object> values = List.of(true, (byte) 1, (short) 2, 'c', 3, 4L, 5.5f, 6.5d, "", "plain", "多言語 😀");
    for (Object value : values) {
      assertEquals(value, roundTrip(value, value.getClass()));
      assertEquals(value, roundTrip(value, Object.class));
    }
    assertEquals(42, (int) roundTrip(42, int.class));
  }

  @Test
  void aStringEqualToAnEarlierOneOfTheMessage_travelsAsItsIndex_andArrivesAsThatSameString() {
    String london = "London";
    String alsoLondon = new String(london.toCharArray()); // equal, not the same instance
    String accented = "Zürich";
    byte[] message;
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeObject(london, String.class);
      out.writeObject(accented, String.class);
      out.writeObject(alsoLondon, String.class);
      out.writeObject(new String[] {"Zürich", "Paris", "London"}, String[].class);
      out.writeObject(List.of("Paris", "Rome"), Object.class);
      message = out.toByteArray();
    }

    byte[] start = Arrays.copyOf(message, 1 + 6 + 1 + 7 + 1);
    assertArrayEquals(new byte[] {2 * 6 + 1, 'L', 'o', 'n', 'd', 'o', 'n', 2 * 7 + 1, 'Z', (byte) 0xC3, (byte) 0xBC,
        'r', 'i', 'c', 'h', 2 * 0 + 2}, start);
    try (WireReader in = Samples.codec().newReader(message, 0, message.length)) {
      String first = in.readObject(String.class);
      String second = in.readObject(String.class);
      assertEquals(london, first);
      assertEquals(accented, second);
      assertSame(first, in.readObject(String.class));
      String[] array = in.readObject(String[].class);
      assertArrayEquals(new String[] {"Zürich", "Paris", "London"}, array);
      assertSame(second, array[0]);
      assertSame(first, array[2]);
      List<?> list = in.readObject(Object.class);
      assertEquals(List.of("Paris", "Rome"), list);
      assertSame(array[1], list.get(0));
      in.expectEnd();
    }
  }

  @Test
  void manyDistinctStrings_arriveEqual_theEarliestSharedAndTheLaterRepeatedInFull() {
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < StringTable.SHARED + 50; i++) {
      distinct.add("s" + i);
    }
    List<String> values = new ArrayList<>(distinct);
    values.addAll(distinct); // each again: the first SHARED as references, the rest in full

    @SuppressWarnings("unchecked")
    List<String> copy = (List<String>) roundTrip(values, Object.class);

    assertEquals(values, copy);
    assertSame(copy.get(0), copy.get(distinct.size()));
    assertNotSame(copy.get(distinct.size() - 1), copy.get(2 * distinct.size() - 1));
  }

  @Test
  void theStringsOfOneMessage_areNotReferredToFromTheNext() {
    for (int time = 0; time < 3; time++) { // the pooled codec's context carries over between messages
      byte[] message;
      try (WireWriter out = Samples.codec().newWriter()) {
        out.writeObject("again", String.class);
        message = out.toByteArray();
      }
      assertArrayEquals(new byte[] {2 * 5 + 1, 'a', 'g', 'a', 'i', 'n'}, message);
      try (WireReader in = Samples.codec().newReader(message, 0, message.length)) {
        assertEquals("again", in.readObject(String.class));
      }
    }
  }

  @Test
  void string_declaredAsString_isTwiceItsUtf8LengthPlusOneAndBytes_andDeclaredAsObjectTheSameAfterItsClassTag() {
    byte[] declaredAsString;
    byte[] declaredAsObject;
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeObject("hé", String.class);
      out.writeObject(null, String.class);
      declaredAsString = out.toByteArray();
    }
    try (WireWriter out = Samples.codec().newWriter()) {
      out.writeObject("hé", Object.class);
      declaredAsObject = out.toByteArray();
    }

    assertArrayEquals(new byte[] {2 * 3 + 1, 'h', (byte) 0xC3, (byte) 0xA9, 0}, declaredAsString);
    assertArrayEquals(Arrays.copyOf(declaredAsString, 4),
        Arrays.copyOfRange(declaredAsObject, declaredAsObject.length - 4, declaredAsObject.length));
    try (WireReader in = Samples.codec().newReader(declaredAsString, 0, declaredAsString.length)) {
      assertEquals("hé", in.readObject(String.class));
      assertNull(in.readObject(String.class));
      in.expectEnd();
    }
  }

  @Test
  void null_arrivesAsNull_forFinalAndNonFinalDeclaredTypes() {
    for (Class<?> declared : List.of(String.class, Integer.class, Point.class, Color.class, int[].class,
        Object.class, List.class, Map.class, Order.class)) {
      assertNull(roundTrip(null, declared), declared.getName());
    }
  }

  @Test
  void recordsAndEnums_arriveEqual() {
    assertEquals(new Point(1, -2), roundTrip(new Point(1, -2), Point.class));
    assertEquals(new Item("pen", 150, Color.GREEN), roundTrip(new Item("pen", 150, Color.GREEN), Object.class));
    assertEquals(new Empty(), roundTrip(new Empty(), Empty.class));
    assertSame(Color.BLUE, roundTrip(Color.BLUE, Color.class));
    assertSame(Op.TIMES, roundTrip(Op.TIMES, Op.class));
    assertSame(Op.PLUS, roundTrip(Op.PLUS, Object.class));
    Point[] points = {new Point(1, 1), null};
    assertArrayEquals(points, roundTrip(points, Point[].class));
  }

  @Test
  void nestedApplicationClass_arrivesEqualAsADeepCopy() {
    Order order = new Order("A-1", new TreeMap<>(Map.of("pens", 2)), Color.RED, new Point(0, 0),
        List.of(Map.of("k", new Point(5, 5))), new int[] {4, 5})
        .add(new Item("pen", 150, null))
        .add(new Item("ink", 90, List.of(Color.RED, Op.PLUS)));

    Order copy = roundTrip(order, Order.class);

    assertEquals(order, copy);
    assertNotSame(order.items(), copy.items());
    copy.items().clear();
    assertEquals(2, order.items().size(), "the caller's object is untouched by changes to the copy");
  }

  @Test
  void sharedReferences_arriveAsSeparateCopies() {
    Point shared = new Point(1, 2);
    List<Point> list = roundTrip(new ArrayList<>(List.of(shared, shared)), List.class);

    assertEquals(list.get(0), list.get(1));
    assertNotSame(list.get(0), list.get(1));
  }

  @Test
  void zoneRegion_travelsDeclaredAsZoneId() {
    ZoneId paris = ZoneId.of("Europe/Paris");

    assertEquals(paris, roundTrip(paris, ZoneId.class));
    assertEquals(ZoneOffset.UTC, roundTrip(ZoneOffset.UTC, ZoneId.class));
  }

  @Test
  void valueOfAClassNotAllowed_isRefusedNamingTheClassAndTheRemedy() {
    try (WireWriter out = Samples.codec().newWriter()) {
      EncodingException e = assertThrows(EncodingException.class,
          () -> out.writeObject(List.of(new Item("x", 1, new Secret("s"))), List.class));

      assertTrue(e.getMessage().contains(Secret.class.getName()), e.getMessage());
      assertTrue(e.getMessage().contains("Node.Builder.allowTypes"), e.getMessage());
    }
  }

  @Test
  void lambda_isRefusedAsCode() {
    try (WireWriter out = Samples.codec().newWriter()) {
      Runnable lambda = () -> { };
      EncodingException e = assertThrows(EncodingException.class, () -> out.writeObject(lambda, Object.class));

      assertTrue(e.getMessage().contains("lambdas and anonymous classes"), e.getMessage());
    }
  }

  @Test
  void cyclicGraph_isRefusedAsTooDeep() {
    Link first = new Link("first", null);
    first.next = new Link("second", first);
    try (WireWriter out = Samples.codec().newWriter()) {
      EncodingException e = assertThrows(EncodingException.class, () -> out.writeObject(first, Link.class));

      assertTrue(e.getMessage().contains("deeper than 64 levels"), e.getMessage());
    }
  }

  @Test
  void messageLargerThanTheLimit_isRefused() {
    WireCodec small = new WireCodec(Samples.table(), 1024);
    try (WireWriter out = small.newWriter()) {
      EncodingException e = assertThrows(EncodingException.class, () -> out.writeObject(new byte[2048], byte[].class));

      assertTrue(e.getMessage().contains("limit of 1024 bytes"), e.getMessage());
    }
  }

  @Test
  void closedWriter_refusesFurtherUse() {
    WireWriter out = Samples.codec().newWriter();
    out.close();
    out.close();

    assertThrows(IllegalStateException.class, () -> out.writeInt(1));
  }

  @Test
  void pooledCodec_isSafeToShareBetweenThreads() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(threads.submit(() -> {
          for (int i = 0; i < 200; i++) {
            Item item = new Item("item-" + thread + "-" + i, i, List.of(thread, i));
            if (!item.equals(roundTrip(item, Item.class))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Arrays compare by content; everything else by equals. */
  private static Object comparable(Object value) {
    if (value instanceof ArrayDeque<?> deque) {
      return List.copyOf(deque);
    }
    return value;
  }
}
