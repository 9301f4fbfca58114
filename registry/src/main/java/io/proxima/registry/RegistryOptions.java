package io.proxima.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The command line of the standalone registry, {@code proxima-registry}; see {@link #usage()}.
 *
 * <p>An option's value follows it ({@code --port 1100}) or is joined to it with {@code '='}
 * ({@code --port=1100}). Each option may be given once.
 *
 * @param help whether {@code --help} was given; the other values are then the defaults
 * @param host the address to listen on and to put in references
 * @param port the port to listen on, 1 to 65535
 * @param dataDirectory the directory that holds the durable bindings
 * @param bindingLease how long a leased binding outlives its server's last sign of life
 * @param writeSecret the secret that allows bind, rebind and unbind from other hosts; null if none
 */
public record RegistryOptions(
    boolean help,
    String host,
    int port,
    Path dataDirectory,
    Duration bindingLease,
    @Nullable String writeSecret) {

  /** The environment variable that may hold the write secret, when --secret-file is not given. */
  public static final String SECRET_VARIABLE = "PROXIMA_REGISTRY_SECRET";

  static final String DEFAULT_HOST = "127.0.0.1";
  static final Path DEFAULT_DATA_DIRECTORY = Path.of("proxima-registry-data");
  static final Duration DEFAULT_BINDING_LEASE = Duration.ofSeconds(10);

  private static final String PROGRAM = "proxima-registry";
  private static final List<String> OPTIONS =
      List.of("--port", "--host", "--data", "--binding-lease", "--secret-file", "--help");

  public RegistryOptions {
    if (host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in 1..65535, got " + port);
    }
    if (bindingLease.isNegative() || bindingLease.isZero()) {
      throw new IllegalArgumentException("binding lease must be positive, got " + bindingLease);
    }
    if (writeSecret != null && writeSecret.isEmpty()) {
      throw new IllegalArgumentException("write secret must not be empty");
    }
  }

  /** Parses the command line, taking the secret from the real environment if not from a file. */
  public static RegistryOptions parse(String... args) {
    return parse(System.getenv(), args);
  }

  /**
   * Parses the command line, taking the secret from {@code environment}'s {@value #SECRET_VARIABLE}
   * if {@code --secret-file} is not given.
   *
   * @throws IllegalArgumentException with a one-line message naming the option at fault
   */
  public static RegistryOptions parse(Map<String, String> environment, String... args) {
    if (List.of(args).contains("--help")) {
      return new RegistryOptions(
          true, DEFAULT_HOST, RegistryAddress.DEFAULT_PORT, DEFAULT_DATA_DIRECTORY,
          DEFAULT_BINDING_LEASE, null);
    }
    Map<String, String> values = valuesByOption(args);
    String host = values.getOrDefault("--host", DEFAULT_HOST);
    if (host.isEmpty()) {
      throw new IllegalArgumentException("--host must not be empty; give an address such as "
          + DEFAULT_HOST);
    }
    String secretFile = values.get("--secret-file");
    return new RegistryOptions(
        false,
        host,
        values.containsKey("--port") ? port(values.get("--port")) : RegistryAddress.DEFAULT_PORT,
        values.containsKey("--data") ? path(values.get("--data")) : DEFAULT_DATA_DIRECTORY,
        values.containsKey("--binding-lease")
            ? lease(values.get("--binding-lease"))
            : DEFAULT_BINDING_LEASE,
        secretFile != null ? secretFromFile(secretFile) : secretFromEnvironment(environment));
  }

  /** Returns the help text of {@code proxima-registry}. */
  public static String usage() {
    return """
        Usage: %s [options]
        Runs Proxima's naming registry.

        Options:
          --port N                 port to listen on (default %d)
          --host H                 address to listen on and to put in references (default %s)
          --data DIR               directory of the durable bindings (default %s in the
                                   working directory)
          --binding-lease SECONDS  how long a leased binding outlives its server's last sign
                                   of life (default %d)
          --secret-file FILE       file whose trimmed content is the write secret (default: the
                                   %s environment variable, else no secret)
          --help                   print this help and exit

        bind, rebind and unbind are allowed only from the registry's own host or with the write secret; lookups are open to all.
        """.formatted(
            PROGRAM, RegistryAddress.DEFAULT_PORT, DEFAULT_HOST, DEFAULT_DATA_DIRECTORY,
            DEFAULT_BINDING_LEASE.toSeconds(), SECRET_VARIABLE);
  }

  /** Keeps the secret out of logs. */
  @Override
  public String toString() {
    return "RegistryOptions[help=" + help + ", host=" + host + ", port=" + port
        + ", dataDirectory=" + dataDirectory + ", bindingLease=" + bindingLease
        + ", writeSecret=" + (writeSecret == null ? "none" : "(hidden)") + "]";
  }

  private static Map<String, String> valuesByOption(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (!OPTIONS.contains(option)) {
        throw new IllegalArgumentException(
            (arg.startsWith("-") ? "unknown option " : "unexpected argument ") + oneLine(arg)
                + "; the options are " + String.join(", ", OPTIONS));
      }
      if (option.equals("--help")) {
        throw new IllegalArgumentException("--help takes no value");
      }
      String value;
      if (option.length() < arg.length()) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(option + " needs a value; see " + PROGRAM + " --help");
      }
      if (values.put(option, value) != null) {
        throw new IllegalArgumentException(option + " is given more than once");
      }
    }
    return values;
  }

  private static int port(String text) {
    int port;
    try {
      port = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--port " + oneLine(text) + " is not a number; give a port in 1..65535");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "--port " + port + " is out of range; give a port in 1..65535");
    }
    return port;
  }

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "--data " + oneLine(text) + " is not a valid path: " + oneLine(e.getReason()));
    }
  }

  private static Duration lease(String text) {
    long seconds;
    try {
      seconds = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--binding-lease " + oneLine(text) + " is not a whole number of seconds; give 1 or more");
    }
    if (seconds < 1) {
      throw new IllegalArgumentException(
          "--binding-lease " + seconds + " is out of range; give 1 or more seconds");
    }
    return Duration.ofSeconds(seconds);
  }

  private static String secretFromFile(String file) {
    String secret;
    try {
      secret = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
    } catch (IOException | InvalidPathException e) {
      throw new IllegalArgumentException(
          "--secret-file " + oneLine(file) + " cannot be read: " + oneLine(e.toString()));
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException(
          "--secret-file " + oneLine(file) + " is empty; put the write secret in it");
    }
    return secret;
  }

  private static @Nullable String secretFromEnvironment(Map<String, String> environment) {
    String value = environment.get(SECRET_VARIABLE);
    if (value == null) {
      return null;
    }
    String secret = value.trim();
    if (secret.isEmpty()) {
      throw new IllegalArgumentException(
          "environment variable " + SECRET_VARIABLE + " is set but empty; unset it or put the"
              + " write secret in it");
    }
    return secret;
  }

  /** Keeps a message on one line even when user input holds line breaks. */
  private static String oneLine(String text) {
    return text.replaceAll("\\R", " ");
  }
}
