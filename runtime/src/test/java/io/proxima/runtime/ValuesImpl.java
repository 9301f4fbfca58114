package io.proxima.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

final class ValuesImpl implements Values {
  @Override
  public int add(int a, int b) {
    return a + b;
  }

  @Override
  public boolean not(boolean value) {
    return !value;
  }

  @Override
  public byte nextByte(byte value) {
    return (byte) (value + 1);
  }

  @Override
  public short nextShort(short value) {
    return (short) (value + 1);
  }

  @Override
  public char upper(char value) {
    return Character.toUpperCase(value);
  }

  @Override
  public long negate(long value) {
    return -value;
  }

  @Override
  public float half(float value) {
    return value / 2;
  }

  @Override
  public double twice(double value) {
    return value * 2;
  }

  @Override
  public Integer boxed(Integer value) {
    return value == null ? null : value + 1;
  }

  @Override
  public String concat(String first, String second) {
    return first + second;
  }

  @Override
  public byte[] reverse(byte[] bytes) {
    byte[] reversed = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      reversed[i] = bytes[bytes.length - 1 - i];
    }
    return reversed;
  }

  @Override
  public int[] squares(int[] values) {
    return Arrays.stream(values).map(v -> v * v).toArray();
  }

  @Override
  public String[] upperAll(String[] values) {
    return Arrays.stream(values).map(String::toUpperCase).toArray(String[]::new);
  }

  @Override
  public List<String> sorted(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    return sorted;
  }

  @Override
  public Set<Integer> evens(Set<Integer> numbers) {
    Set<Integer> evens = new TreeSet<>();
    numbers.stream().filter(n -> n % 2 == 0).forEach(evens::add);
    return evens;
  }

  @Override
  public Map<String, Integer> lengths(List<String> words) {
    Map<String, Integer> lengths = new LinkedHashMap<>();
    words.forEach(word -> lengths.put(word, word.length()));
    return lengths;
  }

  @Override
  public Point mirror(Point point) {
    return new Point(point.y(), point.x());
  }

  @Override
  public Color next(Color color) {
    return Color.values()[(color.ordinal() + 1) % Color.values().length];
  }

  @Override
  public Box fill(Box box) {
    box.points().add(new Point(1, 2));
    if (box.inner() != null) {
      box.inner().points().add(new Point(3, 4));
    }
    return box;
  }

  @Override
  public BigDecimal scale(BigDecimal value) {
    return value.movePointRight(2);
  }

  @Override
  public Instant later(Instant instant, long seconds) {
    return instant.plusSeconds(seconds);
  }

  @Override
  public Object identity(Object value) {
    return value;
  }

  @Override
  public String echo(String value) {
    return value;
  }

  @Override
  public String describe(int value) {
    return "int " + value;
  }

  @Override
  public String describe(String value) {
    return "string " + value;
  }

  @Override
  public void nothing() {}
}
