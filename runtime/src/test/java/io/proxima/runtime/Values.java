package io.proxima.runtime;

import io.proxima.Remote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A remote interface that passes every kind of value the wire supports. */
@Remote
public interface Values {
  int add(int a, int b);

  boolean not(boolean value);

  byte nextByte(byte value);

  short nextShort(short value);

  char upper(char value);

  long negate(long value);

  float half(float value);

  double twice(double value);

  Integer boxed(Integer value);

  String concat(String first, String second);

  byte[] reverse(byte[] bytes);

  int[] squares(int[] values);

  String[] upperAll(String[] values);

  List<String> sorted(List<String> words);

  Set<Integer> evens(Set<Integer> numbers);

  Map<String, Integer> lengths(List<String> words);

  Point mirror(Point point);

  Color next(Color color);

  Box fill(Box box);

  BigDecimal scale(BigDecimal value);

  Instant later(Instant instant, long seconds);

  Object identity(Object value);

  /** Returns null when given null. */
  String echo(String value);

  /** Overloaded: ids come from erased parameter types. */
  String describe(int value);

  String describe(String value);

  void nothing();

  /** A value type. */
  record Point(int x, int y) {}

  /** An enum. */
  enum Color {
    RED,
    GREEN,
    BLUE
  }
}
