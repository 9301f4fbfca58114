package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.proxima.spi.Dispatcher;
import io.proxima.spi.Invoker;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteInterface;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Application types the wire tests send, and a table and codec that allow them. */
final class Samples {
  private Samples() {}

  record Point(int x, int y) implements java.io.Serializable {}

  record Item(String name, long price, Object tag) {}

  record Empty() {}

  enum Color { RED, GREEN, BLUE }

  enum Op {
    PLUS {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    TIMES {
      @Override
      int apply(int a, int b) {
        return a * b;
      }
    };

    abstract int apply(int a, int b);
  }

  /** A mutable class with a private no-argument constructor, decoded field by field. */
  static final class Order {
    private String reference;
    private List<Item> items = new ArrayList<>();
    private Map<String, Integer> counts;
    private Color color;
    private Point origin;
    private Object note;
    private int[] codes;

    private Order() {}

    Order(String reference, Map<String, Integer> counts, Color color, Point origin, Object note, int[] codes) {
      this.reference = reference;
      this.counts = counts;
      this.color = color;
      this.origin = origin;
      this.note = note;
      this.codes = codes;
    }

    Order add(Item item) {
      items.add(item);
      return this;
    }

    List<Item> items() {
      return items;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Order that && reference.equals(that.reference) && items.equals(that.items)
          && counts.equals(that.counts) && color == that.color && origin.equals(that.origin)
          && Objects.equals(note, that.note) && java.util.Arrays.equals(codes, that.codes);
    }

    @Override
    public int hashCode() {
      return reference.hashCode();
    }
  }

  /** A linked chain, to build deep and cyclic graphs. */
  static final class Link {
    Link next;
    String name;

    private Link() {}

    Link(String name, Link next) {
      this.name = name;
      this.next = next;
    }
  }

  /** A class with a String field, which Kryo's field serializer reads in Kryo's own string format. */
  static final class Named {
    String name;

    private Named() {}

    Named(String name) {
      this.name = name;
    }
  }

  /** Allowed nowhere. */
  record Secret(String value) implements java.io.Serializable {}

  /** An application exception with fields of its own. */
  static final class AccountLockedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String owner;
    private final int attempts;
    private final Point where;

    AccountLockedException(String owner, int attempts, Point where, Throwable cause) {
      super("account of " + owner + " is locked", cause);
      this.owner = owner;
      this.attempts = attempts;
      this.where = where;
    }

    String owner() {
      return owner;
    }

    int attempts() {
      return attempts;
    }

    Point where() {
      return where;
    }
  }

  /** An application exception holding collections and JDK values, as Java serialization writes them. */
  static final class InventoryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Map<String, Integer> missing;
    private final Set<String> skus;
    private final List<Point> where;
    private final java.time.Instant at;

    InventoryException(Map<String, Integer> missing, Set<String> skus, List<Point> where, java.time.Instant at) {
      super("missing " + missing);
      this.missing = missing;
      this.skus = skus;
      this.where = where;
      this.at = at;
    }

    List<Object> fields() {
      return List.of(missing, skus, where, at);
    }
  }

  /** An exception class the table does not allow. */
  static final class SecretException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecretException(String message) {
      super(message);
    }
  }

  /** An allowed exception holding a value that is not allowed on the wire. */
  static final class LeakyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Object payload;

    LeakyException(String message, Object payload) {
      super(message);
      this.payload = payload;
    }

    Object payload() {
      return payload;
    }
  }

  static final List<Class<?>> VALUE_TYPES = List.of(
      Point.class, Item.class, Empty.class, Color.class, Op.class, Order.class, Link.class, Named.class,
      Point[].class, AccountLockedException.class, InventoryException.class, IOException.class);

  /** A remote interface descriptor that only lists value types. */
  static RemoteInterface<Runnable> descriptor(List<Class<?>> valueTypes) {
    return new RemoteInterface<>() {
      @Override
      public Class<Runnable> type() {
        return Runnable.class;
      }

      @Override
      public long fingerprint() {
        return 1;
      }

      @Override
      public List<MethodDescriptor> methods() {
        return List.of();
      }

      @Override
      public List<Class<?>> valueTypes() {
        return valueTypes;
      }

      @Override
      public Runnable newProxy(Invoker invoker) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Dispatcher newDispatcher(Runnable target) {
        throw new UnsupportedOperationException();
      }
    };
  }

  static TypeTable table() {
    return new TypeTable(List.of(descriptor(VALUE_TYPES)), Set.of(LeakyException.class));
  }

  private static final WireCodec CODEC = new WireCodec(table());

  static WireCodec codec() {
    return CODEC;
  }

  /**
   * Writes {@code value} declared as {@code declaredType} and reads it back, from an array and from
   * direct memory (as a large body is read): both must read what encodes to the same bytes.
   */
  static <T> T roundTrip(Object value, Class<?> declaredType) {
    byte[] bytes = encode(value, declaredType);
    T fromArray = decodeWhole(bytes, declaredType, false);
    T fromDirect = decodeWhole(bytes, declaredType, true);
    assertArrayEquals(encode(fromArray, declaredType), encode(fromDirect, declaredType),
        "read alike from an array and from direct memory");
    return fromArray;
  }

  /**
   * Decodes {@code bytes} as one value declared as {@code declaredType}, from an array and from
   * direct memory: a message refused from one must be refused from the other, for the same reason.
   */
  static Object decode(byte[] bytes, Class<?> declaredType) {
    Object fromArray;
    try {
      fromArray = decodeFirst(bytes, declaredType, false);
    } catch (DecodingException refused) {
      DecodingException fromDirect = assertThrows(DecodingException.class,
          () -> decodeFirst(bytes, declaredType, true), "refused from direct memory too");
      assertEquals(refused.getMessage(), fromDirect.getMessage());
      throw refused;
    }
    decodeFirst(bytes, declaredType, true);
    return fromArray;
  }

  static byte[] encode(Object value, Class<?> declaredType) {
    try (WireWriter out = CODEC.newWriter()) {
      out.writeObject(value, declaredType);
      return out.toByteArray();
    }
  }

  private static <T> T decodeWhole(byte[] bytes, Class<?> declaredType, boolean direct) {
    return decode(bytes, direct, in -> {
      T read = in.readObject(declaredType);
      in.expectEnd();
      return read;
    });
  }

  private static Object decodeFirst(byte[] bytes, Class<?> declaredType, boolean direct) {
    return decode(bytes, direct, in -> in.readObject(declaredType));
  }

  /** Reads {@code bytes} with {@code reading}, from the array or from a copy in direct memory after a header. */
  static <T> T decode(byte[] bytes, boolean direct, Function<WireReader, T> reading) {
    if (!direct) {
      try (WireReader in = CODEC.newReader(bytes, 0, bytes.length)) {
        return reading.apply(in);
      }
    }
    ByteBuf message = Unpooled.directBuffer(3 + bytes.length).writeZero(3).writeBytes(bytes).skipBytes(3);
    try (WireReader in = CODEC.newReader(message)) {
      return reading.apply(in);
    } finally {
      message.release();
    }
  }
}
