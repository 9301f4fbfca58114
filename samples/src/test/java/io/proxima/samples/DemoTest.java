package io.proxima.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's main job: a registry, a server and a client in three JVMs, printing both sides of every call. */
class DemoTest {
  @Test
  void demo_showsCallsOnTheClientAndTheirEffectOnTheServerJvm() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);
    assertTrue(output.contains("[client] deposit(250) = 250"), output);
    assertTrue(output.contains("[server] deposit(250) -> 250"), output);
    assertTrue(output.contains("[client] withdraw(1000) threw InsufficientFundsException"), output);
    assertTrue(output.contains("[server] listening on"), output);
    assertTrue(output.contains("bound proxima://127.0.0.1:"), output);
    assertTrue(output.contains("/accounts/alice"), output);
    assertTrue(output.contains("[demo] registry stopped; done"), output);
  }
}
