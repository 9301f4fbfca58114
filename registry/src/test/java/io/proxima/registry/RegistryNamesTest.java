package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryNamesTest {
  private static final String SHAPE = "a name is 1 to 64 segments of A-Z, a-z, 0-9, '.', '_' and '-'"
      + " separated by '/', like \"accounts/alice\"";

  @ParameterizedTest
  @ValueSource(strings = {"a", "accounts/alice", "A-Z_a.z-09", "..a", "a..", ".hidden", "-", "_/x."})
  void checkName_validName_returnsIt(String name) {
    assertEquals(name, RegistryNames.checkName(name));
  }

  @Test
  void checkName_atEveryLimit_returnsIt() {
    String longestSegment = "s".repeat(64);
    String mostSegments = String.join("/", Collections.nCopies(64, "ab"));
    String longestName = "n".repeat(64) + "/" + "n".repeat(64) + "/" + "n".repeat(64) + "/"
        + "n".repeat(60);

    assertEquals(longestSegment, RegistryNames.checkName(longestSegment));
    assertEquals(mostSegments, RegistryNames.checkName(mostSegments));
    assertEquals(255, longestName.length());
    assertEquals(longestName, RegistryNames.checkName(longestName));
  }

  @Test
  void checkName_empty_saysSoAndWhatIsAllowed() {
    assertEquals(
        "registry name \"\" is invalid: it is empty; " + SHAPE, nameProblem(""));
  }

  @Test
  void checkName_leadingSlash_saysSo() {
    assertEquals(
        "registry name \"/accounts\" is invalid: it starts with '/'; " + SHAPE,
        nameProblem("/accounts"));
  }

  @Test
  void checkName_trailingSlash_saysSo() {
    assertEquals(
        "registry name \"accounts/\" is invalid: it ends with '/'; " + SHAPE,
        nameProblem("accounts/"));
  }

  @Test
  void checkName_doubleSlash_saysSo() {
    assertEquals(
        "registry name \"accounts//alice\" is invalid: it has an empty segment (\"//\"); separate"
            + " segments with a single '/'",
        nameProblem("accounts//alice"));
  }

  @Test
  void checkName_forbiddenCharacter_namesItAndItsIndex() {
    assertEquals(
        "registry name \"accounts/al ice\" is invalid: it contains ' ' at index 11; segments use"
            + " only A-Z, a-z, 0-9, '.', '_' and '-'",
        nameProblem("accounts/al ice"));
  }

  @Test
  void checkName_controlOrNonAsciiCharacter_isEscapedInTheMessage() {
    assertEquals(
        "registry name \"a\\u000ab\" is invalid: it contains U+000A at index 1; segments use"
            + " only A-Z, a-z, 0-9, '.', '_' and '-'",
        nameProblem("a\nb"));
    assertTrue(nameProblem("caf\u00e9").contains("U+00E9 at index 3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b", "a\\b", "a%2Fb", "a?b", "a*b", "\"a\""})
  void checkName_otherForbiddenCharacters_areRefused(String name) {
    assertTrue(nameProblem(name).contains("segments use only A-Z, a-z, 0-9, '.', '_' and '-'"));
  }

  @ParameterizedTest
  @CsvSource({"., .", ".., ..", "a/./b, .", "a/.., .."})
  void checkName_dotSegment_isRefused(String name, String segment) {
    assertEquals(
        "registry name \"" + name + "\" is invalid: its segment \"" + segment + "\" is not allowed;"
            + " \".\" and \"..\" cannot be segments",
        nameProblem(name));
  }

  @Test
  void checkName_segmentOf65Characters_isRefused() {
    String segment = "s".repeat(65);
    assertEquals(
        "registry name \"a/" + segment + "\" is invalid: its segment \"" + segment + "\" is 65"
            + " characters long; a segment has at most 64",
        nameProblem("a/" + segment));
  }

  @Test
  void checkName_256Characters_isRefused() {
    String name = "n".repeat(64) + "/" + "n".repeat(64) + "/" + "n".repeat(64) + "/"
        + "n".repeat(61);
    assertTrue(
        nameProblem(name).endsWith(" is invalid: it is 256 characters long; at most 255 are allowed"));
  }

  @Test
  void checkName_65Segments_isRefused() {
    String name = String.join("/", Collections.nCopies(65, "a"));
    assertEquals(
        "registry name \"" + name + "\" is invalid: it has 65 segments; at most 64 are allowed",
        nameProblem(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "accounts", "accounts/", "accounts/alice", "a/b/"})
  void checkPrefix_validPrefix_returnsIt(String prefix) {
    assertEquals(prefix, RegistryNames.checkPrefix(prefix));
  }

  @Test
  void checkPrefix_twoTrailingSlashes_isRefusedNamingTheNamePart() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegistryNames.checkPrefix("accounts//"));
    assertEquals(
        "registry prefix \"accounts//\" is invalid: a prefix is \"\" (every name) or a name"
            + " optionally followed by one '/', and \"accounts/\" is not a name: it ends with '/'; "
            + SHAPE,
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/accounts", "a b/", "a/../", "a//b"})
  void checkPrefix_invalidPrefix_isRefused(String prefix) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegistryNames.checkPrefix(prefix));
    assertTrue(e.getMessage().startsWith("registry prefix \"" + prefix + "\" is invalid"));
  }

  @ParameterizedTest
  @CsvSource({
    "'', accounts",
    "'', a/b/c",
    "accounts/, accounts/alice",
    "accounts/, accounts/alice/savings",
    "accounts, accounts",
    "accounts, accounts/alice",
    "accounts/alice, accounts/alice",
  })
  void matches_selectedName_isTrue(String prefix, String name) {
    assertTrue(RegistryNames.matches(prefix, name));
  }

  @ParameterizedTest
  @CsvSource({
    "accounts/, accounts",
    "accounts/, accountsx",
    "accounts/, accountsx/y",
    "accounts, accountsx",
    "accounts, accountsx/y",
    "accounts, account",
    "accounts/alice, accounts/alicex",
    "accounts/alice, accounts",
  })
  void matches_otherName_isFalse(String prefix, String name) {
    assertFalse(RegistryNames.matches(prefix, name));
  }

  private static String nameProblem(String name) {
    return assertThrows(IllegalArgumentException.class, () -> RegistryNames.checkName(name))
        .getMessage();
  }
}
