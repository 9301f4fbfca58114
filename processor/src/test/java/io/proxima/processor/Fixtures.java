package io.proxima.processor;

import static io.proxima.processor.Compilations.source;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.tools.JavaFileObject;

/** Good remote interfaces, their value types and implementations, as sources. */
final class Fixtures {
  private Fixtures() {}

  static final JavaFileObject ACCOUNT = source("com.acme.Account", """
      package com.acme;

      import io.proxima.Remote;
      import java.util.List;

      @Remote
      public interface Account {
        long balance();

        void deposit(long amount) throws LimitExceeded;

        List<Entry> history(int limit);
      }
      """);

  static JavaFileObject entry(String components) {
    return source("com.acme.Entry", "package com.acme;\n\npublic record Entry(" + components + ") {}\n");
  }

  static final JavaFileObject ENTRY = entry("long amount, String memo");

  static final JavaFileObject LIMIT_EXCEEDED = source("com.acme.LimitExceeded", """
      package com.acme;

      public class LimitExceeded extends Exception {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public LimitExceeded(long limit) {
          super("limit " + limit + " exceeded");
          this.limit = limit;
        }

        public long limit() {
          return limit;
        }
      }
      """);

  static final JavaFileObject ACCOUNT_IMPL = source("com.acme.AccountImpl", """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;

      public final class AccountImpl implements Account {
        private final List<Entry> entries = new ArrayList<>();
        private long balance;

        @Override
        public long balance() {
          return balance;
        }

        @Override
        public void deposit(long amount) throws LimitExceeded {
          if (amount > 1000) {
            throw new LimitExceeded(1000);
          }
          balance += amount;
          entries.add(new Entry(amount, "deposit"));
        }

        @Override
        public List<Entry> history(int limit) {
          return entries.subList(Math.max(0, entries.size() - limit), entries.size());
        }
      }
      """);

  static JavaFileObject[] account() {
    return new JavaFileObject[] {ACCOUNT, ENTRY, LIMIT_EXCEEDED, ACCOUNT_IMPL};
  }

  static final JavaFileObject REPOSITORY = source("com.acme.Repository", """
      package com.acme;

      public interface Repository<T> {
        T get(int id);

        void put(int id, T value);

        default String describe() {
          return prefix() + "repository";
        }

        static String kind() {
          return "repository";
        }

        private String prefix() {
          return "a ";
        }
      }
      """);

  static final JavaFileObject KITCHEN = source("com.acme.Kitchen", """
      package com.acme;

      import io.proxima.Remote;
      import java.io.IOException;
      import java.util.List;
      import java.util.Map;

      @Remote
      public interface Kitchen extends Repository<Entry> {
        boolean not(boolean value);
        byte nextByte(byte value);
        short nextShort(short value);
        char nextChar(char value);
        int nextInt(int value);
        long nextLong(long value);
        float half(float value);
        double half(double value);
        Integer boxed(Integer value);
        String echo(String text);
        int[] reversed(int[] values);
        Color next(Color color);
        String find(String name);
        String find(int id);
        String find(String name, int limit);
        String clash(int call, int invoker, int target, int arguments, int result);
        Map<String, List<Entry>> byMemo(List<Entry> entries);
        Shape grow(Shape shape);
        Node chain(int length);
        String join(String... parts);
        Outer.Line line(Outer.Line line);
        void fail(String message) throws IOException;
        void crash(String message);
      }
      """);

  static final JavaFileObject COLOR = source("com.acme.Color", """
      package com.acme;

      public enum Color { RED, GREEN, BLUE }
      """);

  static final JavaFileObject SHAPE = source("com.acme.Shape", """
      package com.acme;

      public sealed interface Shape permits Circle, Square {}
      """);

  static final JavaFileObject CIRCLE = source("com.acme.Circle", """
      package com.acme;

      public record Circle(double radius) implements Shape {}
      """);

  static final JavaFileObject SQUARE = source("com.acme.Square", """
      package com.acme;

      public record Square(double side) implements Shape {}
      """);

  static final JavaFileObject NODE = source("com.acme.Node", """
      package com.acme;

      public final class Node {
        private int value;
        private Node next;

        private Node() {}

        public Node(int value, Node next) {
          this.value = value;
          this.next = next;
        }

        public int value() {
          return value;
        }

        public Node next() {
          return next;
        }
      }
      """);

  static final JavaFileObject OUTER = source("com.acme.Outer", """
      package com.acme;

      public final class Outer {
        private Outer() {}

        public record Line(String text) {}
      }
      """);

  static final JavaFileObject KITCHEN_IMPL = source("com.acme.KitchenImpl", """
      package com.acme;

      import java.io.IOException;
      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;
      import java.util.TreeMap;
      import java.util.stream.Collectors;

      public final class KitchenImpl implements Kitchen {
        private final Map<Integer, Entry> entries = new HashMap<>();

        @Override public Entry get(int id) { return entries.get(id); }
        @Override public void put(int id, Entry value) { entries.put(id, value); }
        @Override public boolean not(boolean value) { return !value; }
        @Override public byte nextByte(byte value) { return (byte) (value + 1); }
        @Override public short nextShort(short value) { return (short) (value + 1); }
        @Override public char nextChar(char value) { return (char) (value + 1); }
        @Override public int nextInt(int value) { return value + 1; }
        @Override public long nextLong(long value) { return value + 1; }
        @Override public float half(float value) { return value / 2; }
        @Override public double half(double value) { return value / 4; }
        @Override public Integer boxed(Integer value) { return value == null ? null : value * 2; }
        @Override public String echo(String text) { return text; }

        @Override
        public int[] reversed(int[] values) {
          int[] reversed = new int[values.length];
          for (int i = 0; i < values.length; i++) {
            reversed[i] = values[values.length - 1 - i];
          }
          return reversed;
        }

        @Override public Color next(Color color) { return Color.values()[(color.ordinal() + 1) % 3]; }
        @Override public String find(String name) { return "by name " + name; }
        @Override public String find(int id) { return "by id " + id; }
        @Override public String find(String name, int limit) { return "by name " + name + " up to " + limit; }

        @Override
        public String clash(int call, int invoker, int target, int arguments, int result) {
          return call + "," + invoker + "," + target + "," + arguments + "," + result;
        }

        @Override
        public Map<String, List<Entry>> byMemo(List<Entry> entries) {
          return entries.stream().collect(Collectors.groupingBy(Entry::memo, TreeMap::new, Collectors.toList()));
        }

        @Override
        public Shape grow(Shape shape) {
          if (shape instanceof Circle circle) {
            return new Circle(circle.radius() * 2);
          }
          return new Square(((Square) shape).side() * 2);
        }

        @Override
        public Node chain(int length) {
          Node node = null;
          for (int i = length; i > 0; i--) {
            node = new Node(i, node);
          }
          return node;
        }

        @Override public String join(String... parts) { return String.join("+", parts); }
        @Override public Outer.Line line(Outer.Line line) { return new Outer.Line(line.text().toUpperCase()); }
        @Override public void fail(String message) throws IOException { throw new IOException(message); }
        @Override public void crash(String message) { throw new IllegalStateException(message); }
      }
      """);

  static JavaFileObject[] kitchen() {
    return new JavaFileObject[] {REPOSITORY, KITCHEN, ENTRY, COLOR, SHAPE, CIRCLE, SQUARE, NODE, OUTER, KITCHEN_IMPL};
  }

  /** The sources of both arrays, each once. */
  static JavaFileObject[] concat(JavaFileObject[] first, JavaFileObject... more) {
    Set<JavaFileObject> all = new LinkedHashSet<>(Arrays.asList(first));
    all.addAll(Arrays.asList(more));
    return all.toArray(JavaFileObject[]::new);
  }
}
