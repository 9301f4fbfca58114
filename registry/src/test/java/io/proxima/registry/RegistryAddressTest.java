package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryAddressTest {
  private static final String SHAPE = "; expected proxima://host[:port][/name]";

  @Test
  void parse_hostPortAndName_readsAllThree() {
    assertEquals(
        new RegistryAddress("registry.example", 7000, "accounts/alice"),
        RegistryAddress.parse("proxima://registry.example:7000/accounts/alice"));
  }

  @Test
  void parse_noPort_usesTheDefaultPort() {
    assertEquals(1100, RegistryAddress.DEFAULT_PORT);
    assertEquals(
        new RegistryAddress("registry.example", 1100, "accounts/alice"),
        RegistryAddress.parse("proxima://registry.example/accounts/alice"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxima://10.0.0.5:7000", "proxima://10.0.0.5:7000/"})
  void parse_noName_givesEmptyName(String url) {
    assertEquals(new RegistryAddress("10.0.0.5", 7000, ""), RegistryAddress.parse(url));
  }

  @Test
  void parse_hostOnly_usesDefaultPortAndEmptyName() {
    assertEquals(
        new RegistryAddress("localhost", 1100, ""), RegistryAddress.parse("proxima://localhost"));
  }

  @Test
  void parse_ipv6Literal_holdsTheAddressWithoutBrackets() {
    assertEquals(
        new RegistryAddress("::1", 1100, "a"), RegistryAddress.parse("proxima://[::1]:1100/a"));
    assertEquals(
        new RegistryAddress("fe80::1", 1100, "a"), RegistryAddress.parse("proxima://[fe80::1]/a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "proxima://registry.example:7000/accounts/alice",
    "proxima://10.0.0.5:1100",
    "proxima://[::1]:1100/a",
  })
  void toString_givesTheUrlBack(String url) {
    assertEquals(url, RegistryAddress.parse(url).toString());
  }

  @Test
  void toString_alwaysWritesThePort() {
    assertEquals(
        "proxima://registry.example:1100/a", RegistryAddress.parse("proxima://registry.example/a").toString());
    assertEquals("proxima://h:7000", RegistryAddress.parse("proxima://h:7000/").toString());
  }

  @Test
  void parse_wrongScheme_saysSo() {
    assertEquals(
        "invalid registry URL \"rmi://host:1099/a\": it does not start with proxima://" + SHAPE,
        problem("rmi://host:1099/a"));
    assertEquals(
        "invalid registry URL \"host:1100/a\": it does not start with proxima://" + SHAPE,
        problem("host:1100/a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxima:///a", "proxima:a", "proxima://:1100/a", "proxima://bad_host/a"})
  void parse_noHost_saysSo(String url) {
    assertTrue(problem(url).contains("\": it has no"), problem(url));
    assertTrue(problem(url).contains(" host" + SHAPE), problem(url));
  }

  @Test
  void parse_nonNumericPort_namesThePort() {
    assertEquals(
        "invalid registry URL \"proxima://host:http/a\": its port \"http\" is not a number in"
            + " 1..65535" + SHAPE,
        problem("proxima://host:http/a"));
    assertTrue(problem("proxima://host:/a").contains("its port \"\" is not a number"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65536", "99999"})
  void parse_portOutOfRange_saysSo(String port) {
    assertEquals(
        "invalid registry URL \"proxima://host:" + port + "/a\": its port " + port
            + " is not in 1..65535" + SHAPE,
        problem("proxima://host:" + port + "/a"));
  }

  @Test
  void parse_invalidName_quotesTheNameRules() {
    assertEquals(
        "invalid registry URL \"proxima://host:1100/accounts/\": registry name \"accounts/\" is"
            + " invalid: it ends with '/'; a name is 1 to 64 segments of A-Z, a-z, 0-9, '.', '_'"
            + " and '-' separated by '/', like \"accounts/alice\"" + SHAPE,
        problem("proxima://host:1100/accounts/"));
    assertTrue(problem("proxima://host/a%20b").contains("it contains '%' at index 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxima://host/a?x=1", "proxima://host/a#top", "proxima://user@host/a"})
  void parse_queryFragmentOrUser_isRefused(String url) {
    assertTrue(problem(url).contains("it has a user, a query or a fragment"), problem(url));
  }

  @Test
  void parse_notAUrl_saysSo() {
    assertTrue(problem("proxima://host/a b").startsWith("invalid registry URL \"proxima://host/a b\":"
        + " it is not a URL (Illegal character in path at index 16)"));
  }

  @Test
  void constructor_invalidParts_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RegistryAddress("", 1100, ""));
    assertThrows(IllegalArgumentException.class, () -> new RegistryAddress("h", 0, ""));
    assertThrows(IllegalArgumentException.class, () -> new RegistryAddress("h", 1100, "/a"));
  }

  private static String problem(String url) {
    return assertThrows(IllegalArgumentException.class, () -> RegistryAddress.parse(url))
        .getMessage();
  }
}
