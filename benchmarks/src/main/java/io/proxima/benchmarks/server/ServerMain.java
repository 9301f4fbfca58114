package io.proxima.benchmarks.server;

import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The server JVM: exports the benchmark service on one system, prints
 * {@value #ADDRESS_PREFIX}{@code <address>} on stdout, and serves until its stdin says
 * {@value #STOP} or closes. Closing stdin on the parent's death means a server never outlives
 * the JVM that started it.
 *
 * <p>Usage: {@code ServerMain PROXIMA|JAVA_RMI|DIRMI}
 */
public final class ServerMain {
  static final String ADDRESS_PREFIX = "ADDRESS ";
  static final String STOP = "stop";

  private ServerMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ServerMain PROXIMA|JAVA_RMI|DIRMI");
      System.exit(2);
    }
    SystemUnderTest system = SystemUnderTest.valueOf(args[0]);
    try (Exported exported = system.remoting().export()) {
      System.out.println(ADDRESS_PREFIX + exported.address());
      System.out.flush();
      awaitStop();
    }
    // Java RMI and Dirmi keep non-daemon threads after being closed.
    System.exit(0);
  }

  private static void awaitStop() throws Exception {
    BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
      if (line.trim().equals(STOP)) {
        return;
      }
    }
  }
}
