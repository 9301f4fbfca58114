package io.proxima.benchmarks;

import io.proxima.benchmarks.compare.ComparisonChart;
import io.proxima.benchmarks.compare.Comparison;
import io.proxima.benchmarks.compare.ComparisonTable;
import io.proxima.benchmarks.compare.Machine;
import io.proxima.benchmarks.compare.MarkdownReport;
import io.proxima.benchmarks.compare.Results;
import io.proxima.benchmarks.compare.Scenario;
import io.proxima.benchmarks.compare.TextTables;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one command: runs every scenario on Proxima, Java RMI and Dirmi, alternating them, prints
 * the comparison table and writes it as {@code comparison.md} with the chart
 * {@code comparison.png}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar [--long] [--only ID,...] [--out DIR]</pre>
 *
 * <p>Exits with 1 if a trial failed (missed targets are reported, not failures), 2 on a bad
 * command line.
 */
public final class Compare {
  private static final String COMMAND = "java -jar benchmarks/target/benchmarks.jar";
  private static final String MARKDOWN_FILE = "comparison.md";
  private static final String CHART_FILE = "comparison.png";

  private Compare() {}

  public static void main(String[] args) throws Exception {
    if (Set.of(args).contains("--help")) {
      System.out.println(CompareOptions.usage());
      return;
    }
    CompareOptions options;
    try {
      options = CompareOptions.parse(args, defaultResultsDirectory());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(CompareOptions.usage());
      System.exit(2);
      return;
    }
    // The chart is drawn off-screen; no display is needed or wanted.
    System.setProperty("java.awt.headless", "true");

    String context = context(options);
    System.out.println(context);
    Results results = run(options);
    List<List<String>> rows = ComparisonTable.rows(options.scenarios(), results);
    System.out.println();
    System.out.print(TextTables.aligned(ComparisonTable.HEADERS, rows));

    Path out = Files.createDirectories(options.resultsDirectory());
    boolean charted = ComparisonChart.write(out.resolve(CHART_FILE), options.scenarios(), results, " (" + today() + ")");
    Files.writeString(out.resolve(MARKDOWN_FILE),
        MarkdownReport.render(context, COMMAND, rows, charted ? CHART_FILE : null, results.failureLines()),
        StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Wrote " + out.resolve(MARKDOWN_FILE) + (charted ? " and " + out.resolve(CHART_FILE) : ""));
    results.failureLines().forEach(failure -> System.out.println("FAILED " + failure));
    System.exit(results.failureLines().isEmpty() ? 0 : 1);
  }

  private static Results run(CompareOptions options) throws Exception {
    Path scratch = Files.createTempDirectory("proxima-benchmarks");
    try {
      return new Comparison(options.profile(), options.scenarios(), System.out).run(scratch);
    } finally {
      deleteTree(scratch);
    }
  }

  /** Deletes {@code directory} and what the trials left in it (class-data archives), deepest first. */
  private static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String context(CompareOptions options) {
    return String.format("%s on a %s, %s %s; %s%s.",
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
        Machine.describe(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        options.profile().describe(), longerWarmups(options.scenarios()));
  }

  /** The scenarios warmed up longer than the profile says, as "; warm-up ×3 for c-1m", or nothing. */
  private static String longerWarmups(List<Scenario> scenarios) {
    return scenarios.stream()
        .filter(scenario -> scenario.warmupFactor() > 1)
        .map(scenario -> "; warm-up ×" + scenario.warmupFactor() + " for " + scenario.id())
        .collect(Collectors.joining());
  }

  private static String today() {
    return ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** {@code results/} beside {@code target/}, found from this class's jar or class directory. */
  private static Path defaultResultsDirectory() throws URISyntaxException {
    Path codeSource = Path.of(Compare.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return codeSource.getParent().getParent().resolve("results");
  }
}
