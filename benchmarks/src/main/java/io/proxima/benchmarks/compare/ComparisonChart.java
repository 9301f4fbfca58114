package io.proxima.benchmarks.compare;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Draws each system's throughput and p99 latency relative to Java RMI (so RMI is 1 everywhere),
 * one bar group per scenario, as a PNG of two stacked charts. Ratios, not absolute figures,
 * because absolute times on a shared machine are noise.
 */
public final class ComparisonChart {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 480;

  private ComparisonChart() {}

  /**
   * Draws the chart into {@code png}; returns false, writing nothing, when no scenario run has a
   * throughput or a p99 (cold start alone, say).
   */
  public static boolean write(Path png, List<Scenario> scenarios, Results results, String subtitle)
      throws IOException {
    List<CategoryChart> charts = new ArrayList<>();
    addChart(charts, "Throughput ÷ Java RMI (logarithmic), higher is better" + subtitle, Metric.THROUGHPUT, scenarios,
        results);
    addChart(charts, "Latency p99 ÷ Java RMI, lower is better" + subtitle, Metric.P99, scenarios, results);
    if (charts.isEmpty()) {
      return false;
    }
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(charts, charts.size(), 1, out, BitmapFormat.PNG);
    }
    return true;
  }

  /** Adds the chart of {@code metric} over the scenarios reporting it (none of (d), (e), (f) has a p99), if any. */
  private static void addChart(List<CategoryChart> charts, String title, Metric metric, List<Scenario> scenarios,
      Results results) {
    List<Scenario> measuring = scenarios.stream().filter(scenario -> scenario.metrics().contains(metric)).toList();
    if (!measuring.isEmpty()) {
      charts.add(ratioChart(title, metric, measuring, results));
    }
  }

  private static CategoryChart ratioChart(String title, Metric metric, List<Scenario> scenarios, Results results) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("scenario").yAxisTitle("× Java RMI").build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    if (metric == Metric.THROUGHPUT) {
      // From a fraction of RMI's to a thousand times it (the same-JVM call): only a logarithmic
      // axis shows both ends.
      chart.getStyler().setYAxisLogarithmic(true);
      chart.getStyler().setYAxisMin(0.1);
      chart.getStyler().setYAxisDecimalPattern("0.#");
    } else {
      chart.getStyler().setYAxisMin(0.0);
      chart.getStyler().setYAxisDecimalPattern("0.0#");
    }
    List<String> ids = scenarios.stream().map(Scenario::id).toList();
    for (SystemUnderTest system : SystemUnderTest.values()) {
      chart.addSeries(system.displayName(), ids, ratios(metric, system, scenarios, results));
    }
    return chart;
  }

  /** The system's figure ÷ RMI's per scenario; null (no bar) where either is missing. */
  private static List<@Nullable Double> ratios(Metric metric, SystemUnderTest system, List<Scenario> scenarios,
      Results results) {
    List<@Nullable Double> ratios = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      OptionalDouble ratio = results.ratioToRmi(scenario, system, metric);
      ratios.add(ratio.isPresent() ? ratio.getAsDouble() : null);
    }
    return ratios;
  }
}
