package io.proxima.spi;

import java.util.List;

/**
 * The JDK types that may appear in remote signatures, shared by the annotation processor (which
 * accepts them) and the runtime (which registers them on the wire).
 *
 * <p>Primitives, their boxes, {@code String} and enums are always accepted and are not listed.
 * Application classes (records, enums, and classes with a no-argument constructor) are accepted
 * when all their fields are; they are collected per interface in
 * {@link RemoteInterface#valueTypes()}.
 */
public final class WireTypes {
  private WireTypes() {}

  /**
   * Concrete JDK classes with a wire encoding, by binary name. Each one's position in this list
   * fixes its id on the wire, so entries are only ever appended.
   */
  public static final List<String> CONCRETE = List.of(
      "[Z", "[B", "[S", "[C", "[I", "[J", "[F", "[D",
      "[Ljava.lang.String;", "[Ljava.lang.Object;",
      "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque",
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID", "java.util.Date",
      "java.time.Instant", "java.time.Duration", "java.time.LocalDate", "java.time.LocalTime",
      "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
      "java.time.ZoneOffset", "java.time.Period", "java.time.Year", "java.time.YearMonth",
      "java.time.MonthDay", "java.time.OffsetTime",
      "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong",
      "java.util.OptionalDouble", "java.net.URI", "java.util.Locale");

  /**
   * JDK interfaces and abstract classes accepted as declared types. The value sent must be of a
   * concrete type that is allowed on the wire; any other implementation of {@code List},
   * {@code Set} or {@code Map} (such as {@code List.of(…)} or {@code Collections.unmodifiableMap})
   * travels as an {@code ArrayList}, {@code LinkedHashSet} (or {@code TreeSet} when sorted) or
   * {@code LinkedHashMap} (or {@code TreeMap} when sorted).
   */
  public static final List<String> DECLARED_ONLY = List.of(
      "java.lang.Object", "java.lang.Number", "java.lang.CharSequence", "java.lang.Comparable",
      "java.io.Serializable", "java.lang.Iterable", "java.util.Collection", "java.util.List",
      "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.Queue",
      "java.util.Deque", "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap",
      "java.time.temporal.Temporal", "java.time.temporal.TemporalAmount", "java.time.ZoneId");
}
