package io.proxima.benchmarks.compare;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of the comparison: what runs, how, and the targets it is judged by.
 *
 * @param id short name, used by {@code --only} and on the chart
 * @param title what a reader of the table sees
 * @param kind how it is measured
 * @param benchmark the JMH benchmark's full name (empty for a scenario not yet available)
 * @param threads calling threads
 * @param params JMH parameters besides {@code system}
 * @param targets bounds on Proxima ÷ Java RMI per metric; every metric also asks Proxima to beat Dirmi
 *     where the scenario runs on Dirmi
 * @param pendingTarget the target, for a scenario whose API does not exist yet
 * @param systems the systems it runs on; the others have nothing to run it with and are reported
 *     as not available
 * @param warmupFactor how many times the profile's warm-up a trial gets, for a scenario whose
 *     calls are so slow that the profile's warm-up makes too few of them for the JIT compilers to
 *     be done with the hot path; the same for every system
 */
public record Scenario(
    String id,
    String title,
    Kind kind,
    String benchmark,
    int threads,
    Map<String, String> params,
    Map<Metric, Target> targets,
    String pendingTarget,
    Set<SystemUnderTest> systems,
    int warmupFactor) {

  public Scenario {
    systems = Set.copyOf(systems);
    if (warmupFactor < 1) {
      throw new IllegalArgumentException(id + ": warm-up factor " + warmupFactor + " is below 1");
    }
  }

  /** A scenario warmed up as long as the profile says. */
  public Scenario(String id, String title, Kind kind, String benchmark, int threads, Map<String, String> params,
      Map<Metric, Target> targets, String pendingTarget, Set<SystemUnderTest> systems) {
    this(id, title, kind, benchmark, threads, params, targets, pendingTarget, systems, 1);
  }

  /** This scenario with {@code factor} times the profile's warm-up. */
  public Scenario warmedUp(int factor) {
    return new Scenario(id, title, kind, benchmark, threads, params, targets, pendingTarget, systems, factor);
  }

  /** How a scenario is measured. */
  public enum Kind {
    /** Threads calling back to back for a while: throughput, latency percentiles, allocation. */
    CLOSED_LOOP(List.of(Metric.THROUGHPUT, Metric.P50, Metric.P99, Metric.ALLOCATION)),
    /**
     * Chains of asynchronous calls, each call started by its predecessor's completion, a fixed
     * number in flight: throughput and allocation.
     * Java RMI, which has no asynchronous calls, is measured by its best threaded synchronous
     * throughput instead (see {@link Scenarios#RMI_BEST_THREADED}).
     */
    ASYNC_CHAINS(List.of(Metric.THROUGHPUT, Metric.ALLOCATION)),
    /** One thread sending one-way calls in batches, each ended by a synchronous barrier. */
    ONE_WAY(List.of(Metric.THROUGHPUT, Metric.ALLOCATION)),
    /** One call from a fresh JVM per fork, to a fresh server. */
    COLD_START(List.of(Metric.COLD_START)),
    /**
     * As {@link #COLD_START}, with both JVMs started from class-data archives that a training
     * run of the same scenario wrote (see {@link io.proxima.benchmarks.server.ClassDataArchives}).
     */
    COLD_START_FROM_ARCHIVES(List.of(Metric.COLD_START)),
    /** Listed in the report, not run: the API it needs is not there yet. */
    NOT_YET_AVAILABLE(List.of());

    private final List<Metric> metrics;

    Kind(List<Metric> metrics) {
      this.metrics = metrics;
    }
  }

  public List<Metric> metrics() {
    return kind.metrics;
  }

  /** Whether every measurement is one call from a fresh JVM, so that the profile sets how many are made. */
  public boolean coldStart() {
    return kind == Kind.COLD_START || kind == Kind.COLD_START_FROM_ARCHIVES;
  }

  public boolean runnable() {
    return kind != Kind.NOT_YET_AVAILABLE;
  }

  /** Whether {@code system} has what the scenario needs, so that it is measured on it. */
  public boolean runsOn(SystemUnderTest system) {
    return systems.contains(system);
  }
}
