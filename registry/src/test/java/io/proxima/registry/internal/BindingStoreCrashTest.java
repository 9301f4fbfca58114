package io.proxima.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the store in a child JVM and kills it with SIGKILL, as a crash would. */
class BindingStoreCrashTest {
  private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 200;

  /** Destroys a child that stops talking, so that reading its output cannot block forever. */
  private static final long WATCHDOG_SECONDS = 40;

  @TempDir Path temp;

  @Test
  @Timeout(60)
  void killDuringBinds_everyAcknowledgedBindSurvives() throws Exception {
    Path directory = temp.resolve("data");
    List<String> acknowledged = new ArrayList<>();
    Process child = startChild("bind", directory);
    try {
      BufferedReader output = outputOf(child);
      String line;
      while (acknowledged.size() < ACKNOWLEDGEMENTS_BEFORE_KILL && (line = output.readLine()) != null) {
        acknowledged.add(line);
      }
      assertEquals(ACKNOWLEDGEMENTS_BEFORE_KILL, acknowledged.size(),
          "the child stopped early; its stderr: " + errorsOf());
    } finally {
      reap(child);
    }
    assertFalse(child.isAlive());

    try (BindingStore reopened = BindingStore.open(directory)) {
      for (String name : acknowledged) {
        assertEquals(1, reopened.lookup(name).size(), name + " was acknowledged but is lost");
      }
      assertTrue(reopened.size() >= ACKNOWLEDGEMENTS_BEFORE_KILL);
    }
  }

  @Test
  @Timeout(60)
  void open_directoryHeldByAnotherProcess_isRefused() throws Exception {
    Path directory = temp.resolve("data");
    Process child = startChild("hold", directory);
    try {
      String first = outputOf(child).readLine();
      if (!BindingStoreChild.OPEN.equals(first)) {
        fail("the child did not open the store; its stderr: " + errorsOf());
      }

      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> BindingStore.open(directory));

      assertEquals(
          "the registry data directory " + directory.toRealPath() + " is in use by another"
              + " registry; stop that registry or give this one another data directory",
          e.getMessage());
    } finally {
      reap(child);
    }
    try (BindingStore afterwards = BindingStore.open(directory)) {
      assertEquals(0, afterwards.size());
    }
  }

  private Process startChild(String mode, Path directory) throws IOException {
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            BindingStoreChild.class.getName(),
            mode,
            directory.toString())
        // Not inherited: the test JVM's own streams talk to the build tool.
        .redirectError(temp.resolve("child-stderr.txt").toFile())
        .start();
    CompletableFuture.delayedExecutor(WATCHDOG_SECONDS, TimeUnit.SECONDS)
        .execute(child::destroyForcibly);
    return child;
  }

  private static BufferedReader outputOf(Process child) {
    return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }

  private String errorsOf() throws IOException {
    Path errors = temp.resolve("child-stderr.txt");
    return Files.exists(errors) ? Files.readString(errors) : "(none)";
  }

  private static void reap(Process child) throws InterruptedException {
    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close of the store
    if (!child.waitFor(20, TimeUnit.SECONDS)) {
      fail("the child JVM did not die within 20 s of SIGKILL");
    }
  }
}
