package io.proxima.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.RemoteRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of value, passed between two nodes over a real loopback connection. */
class ValuesAcrossNodesTest {
  private static Node server;
  private static Node client;
  private static Values values;

  @BeforeAll
  static void start() {
    server = Node.builder().port(0).start();
    client = Node.builder().start();
    RemoteRef ref = server.export(new ValuesImpl());
    values = client.proxy(RemoteRef.parse(ref.toUri()), Values.class);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void primitives_roundTrip() {
    assertEquals(5, values.add(2, 3));
    assertFalse(values.not(true));
    assertEquals((byte) -128, values.nextByte((byte) 127));
    assertEquals((short) 11, values.nextShort((short) 10));
    assertEquals('Q', values.upper('q'));
    assertEquals(Long.MIN_VALUE + 1, values.negate(Long.MAX_VALUE));
    assertEquals(1.25f, values.half(2.5f));
    assertEquals(-7.0, values.twice(-3.5));
  }

  @Test
  void boxesStringsAndNull_roundTrip() {
    assertEquals(8, values.boxed(7));
    assertNull(values.boxed(null));
    assertEquals("héllo wörld ✓", values.concat("héllo ", "wörld ✓"));
    assertNull(values.echo(null));
    assertEquals("", values.echo(""));
  }

  @Test
  void arrays_roundTrip() {
    assertArrayEquals(new byte[] {3, 2, 1}, values.reverse(new byte[] {1, 2, 3}));
    assertArrayEquals(new byte[0], values.reverse(new byte[0]));
    assertArrayEquals(new int[] {1, 4, 9}, values.squares(new int[] {1, 2, 3}));
    assertArrayEquals(new String[] {"A", "B"}, values.upperAll(new String[] {"a", "b"}));
    byte[] large = new byte[1 << 20];
    large[0] = 42;
    assertEquals(42, values.reverse(large)[large.length - 1]);
  }

  @Test
  void collections_roundTrip_includingImmutableAndUnmodifiableOnes() {
    assertEquals(List.of("a", "b", "c"), values.sorted(List.of("c", "a", "b")));
    assertEquals(List.of("x", "y"), values.sorted(Collections.unmodifiableList(new ArrayList<>(List.of("y", "x")))));
    assertEquals(Set.of(2, 4), values.evens(new HashSet<>(Set.of(1, 2, 3, 4))));
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("one", 3);
    expected.put("three", 5);
    assertEquals(expected, values.lengths(List.of("one", "three")));
  }

  @Test
  void recordsEnumsAndJdkValueTypes_roundTrip() {
    assertEquals(new Values.Point(2, 1), values.mirror(new Values.Point(1, 2)));
    assertEquals(Values.Color.RED, values.next(Values.Color.BLUE));
    assertEquals(new BigDecimal("123.45"), values.scale(new BigDecimal("1.2345")));
    Instant now = Instant.now();
    assertEquals(now.plusSeconds(60), values.later(now, 60));
  }

  @Test
  void polymorphicDeclaredType_carriesTheConcreteClass() {
    assertEquals(new Values.Point(1, 1), values.identity(new Values.Point(1, 1)));
    assertEquals(List.of(1L, "two"), values.identity(List.of(1L, "two")));
    assertNull(values.identity(null));
  }

  @Test
  void nestedObjects_travelAsDeepCopies_serverChangesDoNotReachTheCaller() {
    Box box = new Box("outer").inner(new Box("inner"));
    Box filled = values.fill(box);
    assertTrue(box.points().isEmpty(), "the caller's object is unchanged");
    assertTrue(box.inner().points().isEmpty(), "the caller's nested object is unchanged");
    assertNotSame(box, filled);
    assertEquals("outer", filled.label());
    assertEquals(List.of(new Values.Point(1, 2)), filled.points());
    assertEquals(List.of(new Values.Point(3, 4)), filled.inner().points());
  }

  @Test
  void overloadedMethods_reachTheirOwnImplementation() {
    assertEquals("int 7", values.describe(7));
    assertEquals("string 7", values.describe("7"));
  }

  @Test
  void voidMethod_returns() {
    values.nothing();
  }

  @Test
  void manyThreads_shareOneConnection_andEachGetsItsOwnResult() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int thread = 0; thread < 32; thread++) {
        int base = thread * 1000;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            if (values.add(base, i) != base + i) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get(), "every call got the reply to its own request");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void serverWithoutDirectExecution_servesEveryCallOnServerThreads() {
    try (Node strict = Node.builder().port(0).directExecution(false).start()) {
      Values onPool = client.proxy(strict.export(new ValuesImpl()), Values.class);
      for (int i = 0; i < 100; i++) {
        assertEquals(i + 1, onPool.add(i, 1));
      }
    }
  }

  @Test
  void proxies_areEqualWhenTheyDenoteTheSameObject() {
    RemoteRef ref = server.export(new ValuesImpl());
    Values first = client.proxy(ref, Values.class);
    Values second = client.proxy(ref, Values.class);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertFalse(first.equals(values));
    assertTrue(first.toString().contains(ref.toUri()), first.toString());
  }
}
