package io.proxima.registry;

import org.jspecify.annotations.Nullable;

/**
 * The rules for names in a registry, and for the prefixes that select a part of it.
 *
 * <p>A name is a path such as {@code accounts/alice}: 1 to {@value #MAX_SEGMENTS} segments
 * separated by single {@code '/'} characters, each segment 1 to {@value #MAX_SEGMENT_LENGTH}
 * characters from {@code A-Z a-z 0-9 . _ -} and neither {@code "."} nor {@code ".."}, the whole
 * name at most {@value #MAX_NAME_LENGTH} characters. The character set keeps names safe in URLs,
 * file names and log lines without any escaping.
 *
 * <p>A prefix is {@code ""} (every name), or a name, optionally followed by one {@code '/'}. A
 * prefix matches segment-wise: {@code accounts} matches {@code accounts} and everything below it,
 * {@code accounts/} only what is below it, and neither matches {@code accountsx}.
 *
 * <p>All methods are static and thread-safe.
 */
public final class RegistryNames {
  /** The most characters a whole name may have. */
  public static final int MAX_NAME_LENGTH = 255;

  /** The most segments a name may have. */
  public static final int MAX_SEGMENTS = 64;

  /** The most characters one segment may have. */
  public static final int MAX_SEGMENT_LENGTH = 64;

  private static final String SHAPE =
      "a name is 1 to " + MAX_SEGMENTS + " segments of A-Z, a-z, 0-9, '.', '_' and '-' separated by"
          + " '/', like \"accounts/alice\"";

  private RegistryNames() {}

  /**
   * Returns {@code name} if it is a valid name.
   *
   * @throws IllegalArgumentException quoting the name, saying what is wrong with it and what is
   *     allowed
   */
  public static String checkName(String name) {
    String problem = problemWith(name);
    if (problem != null) {
      throw new IllegalArgumentException(
          "registry name " + quote(name) + " is invalid: " + problem);
    }
    return name;
  }

  /**
   * Returns {@code prefix} if it is {@code ""} or a valid name optionally followed by one
   * {@code '/'}.
   *
   * @throws IllegalArgumentException quoting the prefix and saying what is wrong with it
   */
  public static String checkPrefix(String prefix) {
    if (prefix.isEmpty()) {
      return prefix;
    }
    String name = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    String problem = problemWith(name);
    if (problem != null) {
      throw new IllegalArgumentException(
          "registry prefix " + quote(prefix) + " is invalid: a prefix is \"\" (every name) or a"
              + " name optionally followed by one '/', and " + quote(name) + " is not a name: "
              + problem);
    }
    return prefix;
  }

  /**
   * Whether {@code prefix} selects {@code name}. {@code ""} selects every name; a prefix ending in
   * {@code '/'} selects the names below it; any other prefix selects the name equal to it and the
   * names below it. Both arguments are assumed valid (see {@link #checkPrefix} and
   * {@link #checkName}).
   */
  public static boolean matches(String prefix, String name) {
    if (prefix.isEmpty() || prefix.endsWith("/")) {
      return name.startsWith(prefix);
    }
    return name.startsWith(prefix)
        && (name.length() == prefix.length() || name.charAt(prefix.length()) == '/');
  }

  /** Returns what is wrong with {@code name} followed by what is allowed, or null if nothing is. */
  private static @Nullable String problemWith(String name) {
    if (name.isEmpty()) {
      return "it is empty; " + SHAPE;
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "it is " + name.length() + " characters long; at most " + MAX_NAME_LENGTH
          + " are allowed";
    }
    if (name.startsWith("/")) {
      return "it starts with '/'; " + SHAPE;
    }
    if (name.endsWith("/")) {
      return "it ends with '/'; " + SHAPE;
    }
    int segments = 0;
    int start = 0;
    while (start <= name.length()) {
      int slash = name.indexOf('/', start);
      int end = slash < 0 ? name.length() : slash;
      String problem = problemWithSegment(name, start, end);
      if (problem != null) {
        return problem;
      }
      segments++;
      start = end + 1;
    }
    if (segments > MAX_SEGMENTS) {
      return "it has " + segments + " segments; at most " + MAX_SEGMENTS + " are allowed";
    }
    return null;
  }

  private static @Nullable String problemWithSegment(String name, int start, int end) {
    if (start == end) {
      return "it has an empty segment (\"//\"); separate segments with a single '/'";
    }
    String segment = name.substring(start, end);
    if (segment.length() > MAX_SEGMENT_LENGTH) {
      return "its segment " + quote(segment) + " is " + segment.length() + " characters long;"
          + " a segment has at most " + MAX_SEGMENT_LENGTH;
    }
    for (int i = start; i < end; i++) {
      char c = name.charAt(i);
      if (!isSegmentCharacter(c)) {
        return "it contains " + describe(c) + " at index " + i + "; segments use only A-Z, a-z,"
            + " 0-9, '.', '_' and '-'";
      }
    }
    if (segment.equals(".") || segment.equals("..")) {
      return "its segment " + quote(segment) + " is not allowed; \".\" and \"..\" cannot be"
          + " segments";
    }
    return null;
  }

  private static boolean isSegmentCharacter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-';
  }

  private static String describe(char c) {
    return c >= 0x20 && c < 0x7f
        ? "'" + c + "'"
        : String.format("U+%04X", (int) c);
  }

  /** Quotes text for a one-line message, writing characters outside printable ASCII as \\uXXXX. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        quoted.append(c);
      } else if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else {
        quoted.append(String.format("\\u%04x", (int) c));
      }
    }
    return quoted.append('"').toString();
  }
}
