package io.proxima.benchmarks.compare;

import io.proxima.benchmarks.jmh.LatencyLog;
import io.proxima.benchmarks.server.JvmFlags;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs one scenario on one system as one JMH trial in a forked JVM and extracts its figures. */
final class TrialRunner {
  /** JMH's name for the bytes allocated per operation, from {@code -prof gc}. */
  private static final String ALLOCATION_PER_OP = "gc.alloc.rate.norm";

  private final RunProfile profile;
  private final Path scratch;

  TrialRunner(RunProfile profile, Path scratch) {
    this.profile = profile;
    this.scratch = scratch;
  }

  Map<Metric, Double> run(Scenario scenario, SystemUnderTest system) throws RunnerException, IOException {
    return switch (scenario.kind()) {
      case CLOSED_LOOP -> runClosedLoop(scenario, system);
      case COLD_START -> Map.of(Metric.COLD_START, runColdStart(scenario, system));
      case NOT_YET_AVAILABLE -> throw new IllegalArgumentException(scenario.id() + " cannot run yet");
    };
  }

  private Map<Metric, Double> runClosedLoop(Scenario scenario, SystemUnderTest system)
      throws RunnerException, IOException {
    Path latencyFile = Files.createTempFile(scratch, scenario.id() + "-" + system.name(), ".properties");
    try {
      ChainedOptionsBuilder options = baseOptions(scenario, system, "-D" + LatencyLog.FILE_PROPERTY + "=" + latencyFile)
          .mode(Mode.Throughput)
          .timeUnit(TimeUnit.SECONDS)
          .threads(scenario.threads())
          .warmupIterations(profile.warmupIterations())
          .warmupTime(profile.iterationTime())
          .measurementIterations(profile.measurementIterations())
          .measurementTime(profile.iterationTime())
          .addProfiler(GCProfiler.class);
      RunResult result = new Runner(options.build()).runSingle();
      Map<Metric, Double> figures = new EnumMap<>(Metric.class);
      figures.put(Metric.THROUGHPUT, result.getPrimaryResult().getScore());
      Result<?> allocation = result.getSecondaryResults().get(ALLOCATION_PER_OP);
      if (allocation != null) {
        figures.put(Metric.ALLOCATION, allocation.getScore());
      }
      Properties latency = readProperties(latencyFile);
      figures.put(Metric.P50, microseconds(latency, LatencyLog.P50));
      figures.put(Metric.P99, microseconds(latency, LatencyLog.P99));
      return figures;
    } finally {
      Files.deleteIfExists(latencyFile);
    }
  }

  private double runColdStart(Scenario scenario, SystemUnderTest system) throws RunnerException {
    ChainedOptionsBuilder options = baseOptions(scenario, system)
        .mode(Mode.SingleShotTime)
        .timeUnit(TimeUnit.MILLISECONDS)
        .warmupIterations(0)
        .measurementIterations(1);
    return new Runner(options.build()).runSingle().getPrimaryResult().getScore();
  }

  private static ChainedOptionsBuilder baseOptions(Scenario scenario, SystemUnderTest system, String... extraJvmArgs) {
    List<String> jvmArgs = new ArrayList<>(JvmFlags.BENCHMARK);
    jvmArgs.addAll(List.of(extraJvmArgs));
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(scenario.benchmark()) + "$")
        .param("system", system.name())
        .forks(1)
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        // A hung trial fails instead of stalling the whole comparison.
        .timeout(TimeValue.minutes(2));
    scenario.params().forEach(options::param);
    return options;
  }

  private static Properties readProperties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static double microseconds(Properties latency, String percentile) throws IOException {
    String nanos = latency.getProperty(percentile);
    if (nanos == null) {
      throw new IOException("the benchmark wrote no " + percentile + " latency");
    }
    return Long.parseLong(nanos) / 1000.0;
  }
}
