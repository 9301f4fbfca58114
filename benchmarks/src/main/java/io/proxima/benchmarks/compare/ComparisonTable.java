package io.proxima.benchmarks.compare;

import static io.proxima.benchmarks.systems.SystemUnderTest.DIRMI;
import static io.proxima.benchmarks.systems.SystemUnderTest.JAVA_RMI;
import static io.proxima.benchmarks.systems.SystemUnderTest.PROXIMA;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The comparison as rows: one per scenario and metric, with the three systems' medians, the
 * ratio Proxima ÷ Java RMI, the target and whether it is met. A target is met when the ratio
 * bound holds (if the scenario has one) and Proxima is ahead of Dirmi (if the scenario runs on
 * Dirmi). A system the scenario does not run on shows "not available"; a row with nothing to
 * judge shows "—" as its target and verdict.
 */
public final class ComparisonTable {
  public static final List<String> HEADERS = List.of(
      "Scenario", "Metric", PROXIMA.displayName(), JAVA_RMI.displayName(), DIRMI.displayName(),
      "Proxima ÷ RMI", "Target", "Met");

  private static final String AHEAD_OF_DIRMI = "> Dirmi";
  private static final String NOT_AVAILABLE = "not available";
  private static final String NO_TARGET = "—";

  private ComparisonTable() {}

  public static List<List<String>> rows(List<Scenario> scenarios, Results results) {
    List<List<String>> rows = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      if (!scenario.runnable()) {
        rows.add(List.of(scenario.title(), "", "not yet available", "", "", "",
            scenario.pendingTarget() + ", " + AHEAD_OF_DIRMI, ""));
        continue;
      }
      String title = scenario.title();
      for (Metric metric : scenario.metrics()) {
        rows.add(row(title, scenario, metric, results));
        title = "";
      }
    }
    return rows;
  }

  private static List<String> row(String title, Scenario scenario, Metric metric, Results results) {
    OptionalDouble proxima = results.median(scenario, PROXIMA, metric);
    OptionalDouble rmi = results.median(scenario, JAVA_RMI, metric);
    OptionalDouble dirmi = results.median(scenario, DIRMI, metric);
    OptionalDouble ratio = results.ratioToRmi(scenario, PROXIMA, metric);
    @Nullable Target target = scenario.targets().get(metric);
    boolean versusDirmi = scenario.runsOn(DIRMI);
    return List.of(
        title,
        metric.labelWithUnit(),
        cell(proxima, metric, scenario, PROXIMA, results),
        cell(rmi, metric, scenario, JAVA_RMI, results),
        cell(dirmi, metric, scenario, DIRMI, results),
        ratio.isPresent() ? String.format(Locale.ROOT, "%.2f×", ratio.getAsDouble()) : "",
        targetCell(target, versusDirmi),
        verdict(metric, target, versusDirmi, ratio, proxima, dirmi));
  }

  private static String targetCell(@Nullable Target target, boolean versusDirmi) {
    if (target == null) {
      return versusDirmi ? AHEAD_OF_DIRMI : NO_TARGET;
    }
    return versusDirmi ? target + ", " + AHEAD_OF_DIRMI : target.toString();
  }

  private static String cell(OptionalDouble value, Metric metric, Scenario scenario, SystemUnderTest system,
      Results results) {
    if (!scenario.runsOn(system)) {
      return NOT_AVAILABLE;
    }
    if (value.isPresent()) {
      return metric.format(value.getAsDouble());
    }
    return results.failed(scenario, system) ? "failed" : "";
  }

  /** "yes", "no", "n/a" when a figure needed to judge is missing, or "—" when there is nothing to judge. */
  private static String verdict(Metric metric, @Nullable Target target, boolean versusDirmi, OptionalDouble ratio,
      OptionalDouble proxima, OptionalDouble dirmi) {
    if (target == null && !versusDirmi) {
      return NO_TARGET;
    }
    boolean judgeable = proxima.isPresent() && (!versusDirmi || dirmi.isPresent())
        && (target == null || ratio.isPresent());
    if (!judgeable) {
      boolean missedAnyway = target != null && ratio.isPresent() && !target.metBy(ratio.getAsDouble());
      return missedAnyway ? "no" : "n/a";
    }
    boolean ratioMet = target == null || target.metBy(ratio.getAsDouble());
    boolean aheadOfDirmi = !versusDirmi || metric.better(proxima.getAsDouble(), dirmi.getAsDouble());
    return ratioMet && aheadOfDirmi ? "yes" : "no";
  }
}
