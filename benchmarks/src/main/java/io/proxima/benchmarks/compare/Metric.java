package io.proxima.benchmarks.compare;

import java.util.Locale;

/** A figure reported for a scenario, with its unit and which way is better. */
public enum Metric {
  THROUGHPUT("throughput", "calls/s", "%s calls/s", true),
  P50("latency p50", "µs", "p50 %s µs", false),
  P99("latency p99", "µs", "p99 %s µs", false),
  ALLOCATION("allocated per call", "bytes", "%s B/call", false),
  COLD_START("connect + first call", "ms", "%s ms", false);

  private final String label;
  private final String unit;
  private final String briefPattern;
  private final boolean higherIsBetter;

  Metric(String label, String unit, String briefPattern, boolean higherIsBetter) {
    this.label = label;
    this.unit = unit;
    this.briefPattern = briefPattern;
    this.higherIsBetter = higherIsBetter;
  }

  /** The label with its unit, as a table shows it. */
  public String labelWithUnit() {
    return label + " (" + unit + ")";
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Whether {@code value} is strictly better than {@code other}. */
  public boolean better(double value, double other) {
    return higherIsBetter ? value > other : value < other;
  }

  /** The value with a short label, for progress lines. */
  public String brief(double value) {
    return String.format(Locale.ROOT, briefPattern, format(value));
  }

  /** Formats a value of this metric with three significant digits, or so. */
  public String format(double value) {
    if (this == THROUGHPUT) {
      return abbreviated(value);
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static String abbreviated(double value) {
    if (value >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", value / 1e6);
    }
    if (value >= 1e3) {
      return String.format(Locale.ROOT, value >= 1e5 ? "%.0fk" : "%.1fk", value / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
