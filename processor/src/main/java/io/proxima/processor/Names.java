package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The naming rules of generated code: {@code Foo_Proxy} (for a nested {@code Outer.Inner},
 * {@code Outer_Inner_Proxy}) in the interface's package; {@code UPPER_SNAKE} method constants.
 */
final class Names {
  private Names() {}

  /** The generated class {@code <Outer>_<Inner>_<suffix>} next to {@code remoteInterface}. */
  static ClassName generated(ClassName remoteInterface, String suffix) {
    return ClassName.get(remoteInterface.packageName(), String.join("_", remoteInterface.simpleNames()) + "_" + suffix);
  }

  /** {@code balanceAsync} becomes {@code BALANCE_ASYNC}, {@code getURLName} becomes {@code GET_URL_NAME}. */
  static String upperSnake(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && startsWord(name, i)) {
        snake.append('_');
      }
      snake.append(c);
    }
    return snake.toString().toUpperCase(Locale.ROOT);
  }

  private static boolean startsWord(String name, int i) {
    char previous = name.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return Character.isUpperCase(previous) && nextIsLower;
  }

  /**
   * Makes {@code bases} unique, in order: bases that occur more than once are numbered
   * {@code base_1}, {@code base_2}, ...; a name that is still taken (or reserved) gets trailing
   * underscores until it is free.
   */
  static List<String> unique(List<String> bases, Set<String> reserved) {
    Map<String, Integer> occurrences = new HashMap<>();
    bases.forEach(base -> occurrences.merge(base, 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    Set<String> taken = new HashSet<>(reserved);
    List<String> names = new ArrayList<>(bases.size());
    for (String base : bases) {
      String name = occurrences.get(base) == 1 ? base : base + "_" + seen.merge(base, 1, Integer::sum);
      while (!taken.add(name)) {
        name += "_";
      }
      names.add(name);
    }
    return names;
  }
}
