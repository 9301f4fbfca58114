package io.proxima.benchmarks.compare;

import io.proxima.benchmarks.jmh.LatencyLog;
import io.proxima.benchmarks.server.ClassDataArchives;
import io.proxima.benchmarks.server.ClassDataArchives.Side;
import io.proxima.benchmarks.server.JvmFlags;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
  private final Set<SystemUnderTest> archivesWritten = EnumSet.noneOf(SystemUnderTest.class);

  TrialRunner(RunProfile profile, Path scratch) {
    this.profile = profile;
    this.scratch = scratch;
  }

  Map<Metric, Double> run(Scenario scenario, SystemUnderTest system) throws RunnerException, IOException {
    return switch (scenario.kind()) {
      case CLOSED_LOOP -> runClosedLoop(scenario, system);
      case ASYNC_CHAINS -> system == SystemUnderTest.JAVA_RMI ? runRmiBestThreaded(scenario) : runThroughput(scenario, system);
      case ONE_WAY -> runThroughput(scenario, system);
      case COLD_START -> Map.of(Metric.COLD_START, runColdStart(scenario, system));
      case COLD_START_FROM_ARCHIVES -> Map.of(Metric.COLD_START, runColdStartFromArchives(scenario, system));
      case NOT_YET_AVAILABLE -> throw new IllegalArgumentException(scenario.id() + " cannot run yet");
    };
  }

  private Map<Metric, Double> runClosedLoop(Scenario scenario, SystemUnderTest system)
      throws RunnerException, IOException {
    Path latencyFile = Files.createTempFile(scratch, scenario.id() + "-" + system.name(), ".properties");
    try {
      ChainedOptionsBuilder options = throughputOptions(
          baseOptions(scenario, system, "-D" + LatencyLog.FILE_PROPERTY + "=" + latencyFile), scenario);
      Map<Metric, Double> figures = throughputFigures(new Runner(options.build()).runSingle());
      Properties latency = readProperties(latencyFile);
      figures.put(Metric.P50, microseconds(latency, LatencyLog.P50));
      figures.put(Metric.P99, microseconds(latency, LatencyLog.P99));
      return figures;
    } finally {
      Files.deleteIfExists(latencyFile);
    }
  }

  /** Throughput and allocation of one benchmark at the scenario's thread count; no latency. */
  private Map<Metric, Double> runThroughput(Scenario scenario, SystemUnderTest system) throws RunnerException {
    ChainedOptionsBuilder options = throughputOptions(baseOptions(scenario, system), scenario);
    return throughputFigures(new Runner(options.build()).runSingle());
  }

  /**
   * Java RMI's figures for scenario (d), which it cannot run: the best of its synchronous
   * benchmarks {@link Scenarios#RMI_BEST_THREADED} at each of
   * {@link Scenarios#RMI_BEST_THREADED_THREADS} threads.
   */
  private Map<Metric, Double> runRmiBestThreaded(Scenario scenario) throws RunnerException {
    @Nullable RunResult best = null;
    for (String benchmark : Scenarios.RMI_BEST_THREADED) {
      for (int threads : Scenarios.RMI_BEST_THREADED_THREADS) {
        ChainedOptionsBuilder options =
            throughputOptions(baseOptions(benchmark, Map.of(), SystemUnderTest.JAVA_RMI), threads, scenario.warmupFactor());
        RunResult result = new Runner(options.build()).runSingle();
        if (best == null || result.getPrimaryResult().getScore() > best.getPrimaryResult().getScore()) {
          best = result;
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException(scenario.id() + ": no synchronous benchmark to compare Java RMI by");
    }
    return throughputFigures(best);
  }

  private ChainedOptionsBuilder throughputOptions(ChainedOptionsBuilder options, Scenario scenario) {
    return throughputOptions(options, scenario.threads(), scenario.warmupFactor());
  }

  private ChainedOptionsBuilder throughputOptions(ChainedOptionsBuilder options, int threads, int warmupFactor) {
    return options
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .threads(threads)
        .warmupIterations(profile.warmupIterations() * warmupFactor)
        .warmupTime(profile.iterationTime())
        .measurementIterations(profile.measurementIterations())
        .measurementTime(profile.iterationTime())
        .addProfiler(GCProfiler.class);
  }

  private static Map<Metric, Double> throughputFigures(RunResult result) {
    Map<Metric, Double> figures = new EnumMap<>(Metric.class);
    figures.put(Metric.THROUGHPUT, result.getPrimaryResult().getScore());
    Result<?> allocation = result.getSecondaryResults().get(ALLOCATION_PER_OP);
    if (allocation != null) {
      figures.put(Metric.ALLOCATION, allocation.getScore());
    }
    return figures;
  }

  /**
   * The first time for {@code system}, a training trial (not measured) writes the archives of
   * both sides into the scratch directory; every trial then starts from them.
   */
  private double runColdStartFromArchives(Scenario scenario, SystemUnderTest system)
      throws RunnerException, IOException {
    Path directory = scratch.resolve("class-data-archives");
    if (!archivesWritten.contains(system)) {
      ClassDataArchives.requireClassPathOfJars();
      ClassDataArchives training = new ClassDataArchives(Files.createDirectories(directory), true);
      runColdStart(scenario, system, training.jvmFlags(system, Side.CALLERS).toArray(String[]::new));
      for (Side side : Side.values()) {
        if (!Files.isRegularFile(training.archive(system, side))) {
          throw new IOException("the training run wrote no class-data archive " + training.archive(system, side));
        }
      }
      archivesWritten.add(system);
    }
    ClassDataArchives archives = new ClassDataArchives(directory, false);
    return runColdStart(scenario, system, archives.jvmFlags(system, Side.CALLERS).toArray(String[]::new));
  }

  private double runColdStart(Scenario scenario, SystemUnderTest system, String... extraJvmArgs)
      throws RunnerException {
    ChainedOptionsBuilder options = baseOptions(scenario, system, extraJvmArgs)
        .mode(Mode.SingleShotTime)
        .timeUnit(TimeUnit.MILLISECONDS)
        .warmupIterations(0)
        .measurementIterations(1);
    return new Runner(options.build()).runSingle().getPrimaryResult().getScore();
  }

  private static ChainedOptionsBuilder baseOptions(Scenario scenario, SystemUnderTest system, String... extraJvmArgs) {
    return baseOptions(scenario.benchmark(), scenario.params(), system, extraJvmArgs);
  }

  private static ChainedOptionsBuilder baseOptions(String benchmark, Map<String, String> params,
      SystemUnderTest system, String... extraJvmArgs) {
    List<String> jvmArgs = new ArrayList<>(JvmFlags.BENCHMARK);
    jvmArgs.addAll(List.of(extraJvmArgs));
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(benchmark) + "$")
        .param("system", system.name())
        .forks(1)
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        // A hung trial fails instead of stalling the whole comparison.
        .timeout(TimeValue.minutes(2));
    params.forEach(options::param);
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
