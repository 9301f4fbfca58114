package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The standalone registry's command line and its life as a process. */
class StandaloneRegistryTest {
  @TempDir Path temp;

  @Test
  @Timeout(30)
  void help_printsTheUsage_andExitsWithZero() throws Exception {
    Result result = run("--help");

    assertEquals(0, result.exitCode());
    assertEquals(RegistryOptions.usage(), result.stdout());
    assertEquals("", result.stderr());
  }

  @Test
  @Timeout(30)
  void badOption_printsTheProblemAndTheUsage_andExitsWithTwo() throws Exception {
    Result result = run("--port", "eleven");

    assertEquals(2, result.exitCode());
    assertEquals("", result.stdout());
    assertTrue(result.stderr().startsWith("proxima-registry: --port eleven is not a number; give a port in 1..65535"),
        result.stderr());
    assertTrue(result.stderr().contains(RegistryOptions.usage()), result.stderr());
  }

  @Test
  @Timeout(60)
  void sigterm_stopsTheRegistry_andARestartOnItsDataHasTheBindings() throws Exception {
    Path data = temp.resolve("data");
    int port = TestPorts.free();
    List<String> arguments = List.of("--port", String.valueOf(port), "--data", data.toString());
    try (Node serverNode = Node.builder().port(0).start()) {
      try (ChildJvm registry = ChildJvm.start(RegistryChild.class, arguments, Duration.ofSeconds(20))) {
        assertTrue(registry.output().contains("proxima-registry listening on 127.0.0.1:" + port + ", data in "
            + data.toAbsolutePath()), registry.output());
        Registry proxy = Registry.locate(serverNode, "127.0.0.1", port);
        proxy.bind("kept/leased", new WorkerImpl("leased"));
        proxy.bind("kept/persistent", new WorkerImpl("persistent"), BindingLifetime.PERSISTENT);

        Integer exitCode = registry.terminate(Duration.ofSeconds(20));

        assertTrue(Set.of(0, 143).contains(exitCode), "exit code " + exitCode + "; output:\n" + registry.output());
      }
      try (ChildJvm restarted = ChildJvm.start(RegistryChild.class, arguments, Duration.ofSeconds(20));
          Node client = Node.builder().start()) {
        Registry proxy = Registry.locate(client, "127.0.0.1", port);

        assertEquals(List.of("kept/leased", "kept/persistent"), proxy.list("kept/"));
        assertEquals("leased", proxy.lookup("kept/leased", Worker.class).serverId());
      }
    }
  }

  private static Result run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(ChildJvm.javaCommand());
    command.add(RegistryServer.class.getName());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).start();
    try {
      byte[] stdout = process.getInputStream().readAllBytes();
      byte[] stderr = process.getErrorStream().readAllBytes();
      assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the registry did not exit");
      return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
          new String(stderr, StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  private record Result(int exitCode, String stdout, String stderr) {}
}
