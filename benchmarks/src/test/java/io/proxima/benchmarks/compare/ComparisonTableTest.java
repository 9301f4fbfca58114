package io.proxima.benchmarks.compare;

import static io.proxima.benchmarks.systems.SystemUnderTest.DIRMI;
import static io.proxima.benchmarks.systems.SystemUnderTest.JAVA_RMI;
import static io.proxima.benchmarks.systems.SystemUnderTest.PROXIMA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proxima.benchmarks.compare.Scenario.Kind;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
  private static final Scenario SCENARIO = new Scenario("x", "x", Kind.CLOSED_LOOP, "x", 1, Map.of(),
      Map.of(Metric.THROUGHPUT, Target.atLeast(1.3), Metric.P99, Target.atMost(0.25)), "",
      EnumSet.allOf(SystemUnderTest.class));
  private static final Scenario WITHOUT_DIRMI = new Scenario("y", "y", Kind.CLOSED_LOOP, "y", 1, Map.of(), Map.of(),
      "", EnumSet.of(PROXIMA, JAVA_RMI));

  @Test
  void throughputAboveTargetAndAheadOfDirmi_isMet() {
    Results results = results(Metric.THROUGHPUT, 14_000, 10_000, 12_000);

    List<String> row = throughputRow(results);

    assertEquals(List.of("14.0k", "10.0k", "12.0k", "1.40×", "≥1.3×, > Dirmi", "yes"), row.subList(2, 8));
  }

  @Test
  void throughputAboveTargetButBehindDirmi_isNotMet() {
    Results results = results(Metric.THROUGHPUT, 14_000, 10_000, 15_000);

    assertEquals("no", throughputRow(results).get(7));
  }

  @Test
  void latencyBelowBound_isMet_forLowerIsBetterMetrics() {
    Results results = results(Metric.P99, 100, 500, 300);

    List<String> p99Row = ComparisonTable.rows(List.of(SCENARIO), results).get(2);

    assertEquals(List.of("0.20×", "≤0.25×, > Dirmi", "yes"), p99Row.subList(5, 8));
  }

  @Test
  void failedSystem_showsFailed_andCannotBeJudged() {
    Results results = new Results();
    results.add(SCENARIO, JAVA_RMI, Map.of(Metric.THROUGHPUT, 10_000.0));
    results.add(SCENARIO, DIRMI, Map.of(Metric.THROUGHPUT, 12_000.0));
    results.fail(SCENARIO, PROXIMA, "boom");

    List<String> row = throughputRow(results);

    assertEquals(List.of("failed", "", "n/a"), List.of(row.get(2), row.get(5), row.get(7)));
    assertEquals(List.of("x on Proxima: boom"), results.failureLines());
  }

  @Test
  void systemTheScenarioDoesNotRunOn_showsNotAvailable_andNoTargetIsJudged() {
    Results results = new Results();
    results.add(WITHOUT_DIRMI, PROXIMA, Map.of(Metric.THROUGHPUT, 14_000.0));
    results.add(WITHOUT_DIRMI, JAVA_RMI, Map.of(Metric.THROUGHPUT, 10_000.0));

    List<String> row = ComparisonTable.rows(List.of(WITHOUT_DIRMI), results).get(0);

    assertEquals(List.of("14.0k", "10.0k", "not available", "1.40×", "—", "—"), row.subList(2, 8));
  }

  @Test
  void targetWithoutDirmi_isJudgedByTheRatioAlone() {
    Scenario scenario = new Scenario("z", "z", Kind.CLOSED_LOOP, "z", 1, Map.of(),
        Map.of(Metric.THROUGHPUT, Target.atLeast(1.3)), "", EnumSet.of(PROXIMA, JAVA_RMI));
    Results results = new Results();
    results.add(scenario, PROXIMA, Map.of(Metric.THROUGHPUT, 14_000.0));
    results.add(scenario, JAVA_RMI, Map.of(Metric.THROUGHPUT, 10_000.0));

    List<String> row = ComparisonTable.rows(List.of(scenario), results).get(0);

    assertEquals(List.of("not available", "1.40×", "≥1.3×", "yes"), row.subList(4, 8));
  }

  @Test
  void medianOverRounds_isReported() {
    Results results = new Results();
    for (double value : new double[] {9_000, 30_000, 11_000}) {
      results.add(SCENARIO, PROXIMA, Map.of(Metric.THROUGHPUT, value));
    }

    assertEquals(11_000, results.median(SCENARIO, PROXIMA, Metric.THROUGHPUT).orElseThrow());
  }

  private static Results results(Metric metric, double proxima, double rmi, double dirmi) {
    Results results = new Results();
    results.add(SCENARIO, PROXIMA, Map.of(metric, proxima));
    results.add(SCENARIO, JAVA_RMI, Map.of(metric, rmi));
    results.add(SCENARIO, DIRMI, Map.of(metric, dirmi));
    return results;
  }

  private static List<String> throughputRow(Results results) {
    return ComparisonTable.rows(List.of(SCENARIO), results).get(0);
  }
}
