package io.proxima.benchmarks.compare;

import static io.proxima.benchmarks.systems.SystemUnderTest.DIRMI;
import static io.proxima.benchmarks.systems.SystemUnderTest.JAVA_RMI;
import static io.proxima.benchmarks.systems.SystemUnderTest.PROXIMA;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.benchmarks.compare.Scenario.Kind;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart is drawn only when a scenario has something to chart, and the page links it only then. */
class ReportChartTest {
  private static final String CHART = "comparison.png";
  private static final String IMAGE = "![Throughput and p99 latency relative to Java RMI](" + CHART + ")";
  private static final Scenario CALLS = new Scenario("a", "calls", Kind.CLOSED_LOOP, "a", 1, Map.of(),
      Map.of(Metric.THROUGHPUT, Target.atLeast(1.3)), "", EnumSet.allOf(SystemUnderTest.class));
  private static final Scenario COLD = new Scenario("f", "cold start", Kind.COLD_START, "f", 1, Map.of(),
      Map.of(Metric.COLD_START, Target.atMost(0.5)), "", EnumSet.allOf(SystemUnderTest.class));

  @TempDir
  Path out;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void coldStartAlone_drawsNoChart_andThePageLinksNone() throws Exception {
    String page = report(COLD, Metric.COLD_START, 350, 110, 270);

    assertFalse(Files.exists(out.resolve(CHART)));
    assertFalse(page.contains(IMAGE), page);
  }

  @Test
  void throughput_isCharted_andLinked() throws Exception {
    String page = report(CALLS, Metric.THROUGHPUT, 50_000, 12_000, 14_000);

    assertTrue(Files.size(out.resolve(CHART)) > 0);
    assertTrue(page.contains(IMAGE), page);
  }

  /** Writes the chart of one scenario into {@link #out}, as the comparison does, and returns the page. */
  private String report(Scenario scenario, Metric metric, double proxima, double rmi, double dirmi) throws Exception {
    Results results = new Results();
    results.add(scenario, PROXIMA, Map.of(metric, proxima));
    results.add(scenario, JAVA_RMI, Map.of(metric, rmi));
    results.add(scenario, DIRMI, Map.of(metric, dirmi));
    boolean charted = ComparisonChart.write(out.resolve(CHART), List.of(scenario), results, "");
    return MarkdownReport.render("context", "command", List.of(), charted ? CHART : null, List.of());
  }
}
