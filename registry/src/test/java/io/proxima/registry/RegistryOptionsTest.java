package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryOptionsTest {
  private static final Map<String, String> NO_ENVIRONMENT = Map.of();

  @TempDir Path temp;

  @Test
  void parse_noArguments_givesTheDefaults() {
    RegistryOptions options = RegistryOptions.parse(NO_ENVIRONMENT);

    assertEquals(
        new RegistryOptions(
            false, "127.0.0.1", 1100, Path.of("proxima-registry-data"), Duration.ofSeconds(10),
            null),
        options);
  }

  @Test
  void parse_everyOption_isRead() throws IOException {
    Path secretFile = Files.writeString(temp.resolve("secret"), "  s3cret\n");

    RegistryOptions options = RegistryOptions.parse(NO_ENVIRONMENT,
        "--port", "7000", "--host", "10.0.0.5", "--data", "/var/lib/registry",
        "--binding-lease", "30", "--secret-file", secretFile.toString());

    assertEquals(
        new RegistryOptions(
            false, "10.0.0.5", 7000, Path.of("/var/lib/registry"), Duration.ofSeconds(30),
            "s3cret"),
        options);
  }

  @Test
  void parse_valueJoinedWithEquals_isRead() {
    RegistryOptions options =
        RegistryOptions.parse(NO_ENVIRONMENT, "--port=7001", "--host=registry.example");

    assertEquals(7001, options.port());
    assertEquals("registry.example", options.host());
  }

  @Test
  void parse_help_isReportedAndWinsOverEverythingElse() {
    assertTrue(RegistryOptions.parse(NO_ENVIRONMENT, "--help").help());
    assertTrue(RegistryOptions.parse(NO_ENVIRONMENT, "--port", "nope", "--help").help());
    assertFalse(RegistryOptions.parse(NO_ENVIRONMENT).help());
  }

  @Test
  void parse_secretFromEnvironment_isTrimmed() {
    RegistryOptions options = RegistryOptions.parse(Map.of("PROXIMA_REGISTRY_SECRET", " env-secret "));

    assertEquals("env-secret", options.writeSecret());
  }

  @Test
  void parse_secretFile_winsOverEnvironment() throws IOException {
    Path secretFile = Files.writeString(temp.resolve("secret"), "from-file");

    RegistryOptions options = RegistryOptions.parse(
        Map.of("PROXIMA_REGISTRY_SECRET", "from-env"), "--secret-file", secretFile.toString());

    assertEquals("from-file", options.writeSecret());
  }

  @Test
  void parse_noSecretAnywhere_leavesItNull() {
    assertNull(RegistryOptions.parse(Map.of("OTHER", "x")).writeSecret());
  }

  @Test
  void parse_unknownOption_namesItAndListsTheOptions() {
    assertEquals(
        "unknown option --prot; the options are --port, --host, --data, --binding-lease,"
            + " --secret-file, --help",
        problem("--prot", "7000"));
    assertTrue(problem("7000").startsWith("unexpected argument 7000;"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--port", "--host", "--data", "--binding-lease", "--secret-file"})
  void parse_missingValue_namesTheOption(String option) {
    assertEquals(option + " needs a value; see proxima-registry --help", problem(option));
    assertEquals(
        option + " needs a value; see proxima-registry --help", problem(option, "--port", "1"));
  }

  @Test
  void parse_repeatedOption_isRefused() {
    assertEquals("--port is given more than once", problem("--port", "1", "--port=2"));
  }

  @Test
  void parse_helpWithValue_isRefused() {
    assertEquals("--help takes no value", problem("--help=yes"));
  }

  @Test
  void parse_nonNumericPort_namesTheOption() {
    assertEquals("--port abc is not a number; give a port in 1..65535", problem("--port", "abc"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "65536"})
  void parse_portOutOfRange_namesTheOption(String port) {
    assertEquals(
        "--port " + port + " is out of range; give a port in 1..65535", problem("--port", port));
  }

  @Test
  void parse_badLease_namesTheOption() {
    assertEquals(
        "--binding-lease 1.5 is not a whole number of seconds; give 1 or more",
        problem("--binding-lease", "1.5"));
    assertEquals(
        "--binding-lease 0 is out of range; give 1 or more seconds",
        problem("--binding-lease", "0"));
  }

  @Test
  void parse_emptyHost_isRefused() {
    assertTrue(problem("--host=").startsWith("--host must not be empty"));
  }

  @Test
  void parse_unreadableSecretFile_namesTheOptionAndFile() {
    Path missing = temp.resolve("missing");

    String message = problem("--secret-file", missing.toString());

    assertTrue(
        message.startsWith("--secret-file " + missing + " cannot be read: "
            + "java.nio.file.NoSuchFileException"), message);
    assertFalse(message.contains("\n"));
  }

  @Test
  void parse_blankSecretFile_isRefused() throws IOException {
    Path blank = Files.writeString(temp.resolve("blank"), " \n\t\n");

    assertEquals(
        "--secret-file " + blank + " is empty; put the write secret in it",
        problem("--secret-file", blank.toString()));
  }

  @Test
  void parse_blankSecretInEnvironment_namesTheVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegistryOptions.parse(Map.of("PROXIMA_REGISTRY_SECRET", "  ")));

    assertEquals(
        "environment variable PROXIMA_REGISTRY_SECRET is set but empty; unset it or put the write"
            + " secret in it",
        e.getMessage());
  }

  @Test
  void toString_hidesTheSecret() {
    String text = RegistryOptions.parse(Map.of("PROXIMA_REGISTRY_SECRET", "s3cret")).toString();

    assertFalse(text.contains("s3cret"), text);
    assertTrue(text.contains("writeSecret=(hidden)"), text);
  }

  @Test
  void usage_namesTheProgramEveryOptionItsDefaultAndTheWriteRule() {
    String usage = RegistryOptions.usage();

    assertTrue(usage.startsWith("Usage: proxima-registry [options]\n"), usage);
    for (String expected : new String[] {
        "--port N", "(default 1100)",
        "--host H", "(default 127.0.0.1)",
        "--data DIR", "(default proxima-registry-data",
        "--binding-lease SECONDS", "(default 10)",
        "--secret-file FILE", "PROXIMA_REGISTRY_SECRET",
        "--help",
        "bind, rebind and unbind are allowed only from the registry's own host or with the write"
            + " secret; lookups are open to all.\n"}) {
      assertTrue(usage.contains(expected), "usage lacks '" + expected + "':\n" + usage);
    }
  }

  private static String problem(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> RegistryOptions.parse(NO_ENVIRONMENT, args))
        .getMessage();
  }
}
