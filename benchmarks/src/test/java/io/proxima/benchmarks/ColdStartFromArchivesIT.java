package io.proxima.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the one command from the built {@code benchmarks.jar} on the cold start from class-data
 * archives, which only a class path of jars can run: a training run writes each system's
 * archives, then fresh JVMs that fail unless they map them make the measured calls. Speed is
 * never asserted; that every system has a figure is.
 */
class ColdStartFromArchivesIT {
  private static final long TIMEOUT_SECONDS = 240;
  private static final Pattern FIGURES_OF_EVERY_SYSTEM =
      Pattern.compile("\\| \\(f\\) cold start, both JVMs started from class-data archives \\| [^|]+ \\| "
          + "[0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\|");

  @TempDir
  Path out;

  @Test
  void theCommand_measuresEverySystemStartedFromItsArchives_andLeavesNoArchiveBehind() throws Exception {
    Path console = out.resolve("console.txt");
    Process compare = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + out,
        "-jar", Path.of("target", "benchmarks.jar").toString(),
        "--only", "f-cds", "--out", out.toString()))
        .redirectErrorStream(true)
        .redirectOutput(console.toFile())
        .start();
    try {
      assertTrue(compare.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the comparison did not end in time");
    } finally {
      compare.descendants().forEach(ProcessHandle::destroyForcibly);
      compare.destroyForcibly();
      compare.waitFor();
    }

    String printed = Files.readString(console, StandardCharsets.UTF_8);
    assertEquals(0, compare.exitValue(), printed);
    String report = Files.readString(out.resolve("comparison.md"), StandardCharsets.UTF_8);
    assertTrue(FIGURES_OF_EVERY_SYSTEM.matcher(report).find(), report);
    try (Stream<Path> left = Files.list(out)) {
      List<Path> scratch = left.filter(path -> path.getFileName().toString().startsWith("proxima-benchmarks")).toList();
      assertEquals(List.of(), scratch, "the comparison's scratch directory, with the archives, is left behind");
    }
  }
}
