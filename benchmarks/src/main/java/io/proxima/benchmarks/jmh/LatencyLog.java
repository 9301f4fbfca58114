package io.proxima.benchmarks.jmh;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Merges the {@link CallLatency} histograms of all benchmark threads at the end of a trial and,
 * when the system property {@value #FILE_PROPERTY} names a file, writes the percentiles there
 * (as a properties file, in nanoseconds) for the comparison to read. JMH's own results have no
 * place for percentiles of a throughput run.
 */
@State(Scope.Benchmark)
public class LatencyLog {
  public static final String FILE_PROPERTY = "proxima.benchmarks.latencyFile";
  public static final String P50 = "p50";
  public static final String P99 = "p99";
  public static final String P999 = "p99.9";
  public static final String MAX = "max";
  public static final String COUNT = "count";

  static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final List<Histogram> histograms = new ArrayList<>();

  static Histogram newHistogram() {
    return new Histogram(HIGHEST_NANOS, 3);
  }

  synchronized void add(Histogram histogram) {
    histograms.add(histogram);
  }

  @TearDown(Level.Trial)
  public synchronized void write() throws IOException {
    String file = System.getProperty(FILE_PROPERTY);
    if (file == null) {
      return;
    }
    Histogram all = newHistogram();
    histograms.forEach(all::add);
    Properties percentiles = new Properties();
    percentiles.setProperty(COUNT, Long.toString(all.getTotalCount()));
    percentiles.setProperty(P50, Long.toString(all.getValueAtPercentile(50)));
    percentiles.setProperty(P99, Long.toString(all.getValueAtPercentile(99)));
    percentiles.setProperty(P999, Long.toString(all.getValueAtPercentile(99.9)));
    percentiles.setProperty(MAX, Long.toString(all.getMaxValue()));
    try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
      percentiles.store(out, "call latency in nanoseconds, all threads, measurement iterations");
    }
  }
}
