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
  private static final String IMAGE = "![Throughput and p99 latency relative to Java RMI](comparison.png)";
  private static final Scenario CALLS = new Scenario("a", "calls", Kind.CLOSED_LOOP, "a", 1, Map.of(),
      Map.of(Metric.THROUGHPUT, Target.atLeast(1.3)), "", EnumSet.allOf(SystemUnderTest.class));
  private static final Scenario COLD = new Scenario("f", "cold start", Kind.COLD_START, "f", 1, Map.of(),
      Map.of(Metric.COLD_START, Target.atMost(0.5)), "", EnumSet.allOf(SystemUnderTest.class));

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void coldStartAlone_drawsNoChart_andThePageLinksNone(@TempDir Path out) throws Exception {
    Path png = out.resolve("comparison.png");

    boolean charted = ComparisonChart.write(png, List.of(COLD), results(COLD, Metric.COLD_START, 350, 110, 270), "");
    String page = MarkdownReport.render("context", "command", List.of(), charted ? "comparison.png" : null, List.of());

    assertFalse(charted);
    assertFalse(Files.exists(png));
    assertFalse(page.contains(IMAGE), page);
  }

  @Test
  void throughput_isCharted_andLinked(@TempDir Path out) throws Exception {
    Path png = out.resolve("comparison.png");

    boolean charted = ComparisonChart.write(png, List.of(CALLS), results(CALLS, Metric.THROUGHPUT, 50_000, 12_000, 14_000), "");
    String page = MarkdownReport.render("context", "command", List.of(), charted ? "comparison.png" : null, List.of());

    assertTrue(charted);
    assertTrue(Files.size(png) > 0);
    assertTrue(page.contains(IMAGE), page);
  }

  private static Results results(Scenario scenario, Metric metric, double proxima, double rmi, double dirmi) {
    Results results = new Results();
    results.add(scenario, PROXIMA, Map.of(metric, proxima));
    results.add(scenario, JAVA_RMI, Map.of(metric, rmi));
    results.add(scenario, DIRMI, Map.of(metric, dirmi));
    return results;
  }
}
