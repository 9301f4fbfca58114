package io.proxima.benchmarks.compare;

import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long and how often each scenario runs.
 *
 * @param name shown in the report
 * @param rounds passes over all scenarios; figures are medians over rounds
 * @param warmupIterations JMH warm-up iterations per trial
 * @param measurementIterations JMH measurement iterations per trial
 * @param iterationTime length of each iteration
 * @param coldStartShotsPerRound fresh JVMs per system and round for the cold start
 */
public record RunProfile(
    String name,
    int rounds,
    int warmupIterations,
    int measurementIterations,
    TimeValue iterationTime,
    int coldStartShotsPerRound) {

  /**
   * About 14 minutes on two cores: enough to see where Proxima stands, not to settle a close
   * call. Each trial starts two fresh JVMs on two cores, whose compilers stay busy for several
   * seconds; shorter warm-ups measured the compilers, not the systems (cold start is scenario f).
   */
  public static final RunProfile SHORT = new RunProfile("short", 1, 6, 2, TimeValue.seconds(1), 3);

  /** About 100 minutes on two cores: three interleaved rounds of longer trials, for figures worth publishing. */
  public static final RunProfile LONG = new RunProfile("long", 3, 5, 5, TimeValue.seconds(2), 4);

  /** A sentence for the report. */
  public String describe() {
    return String.format(
        "%s: %d round(s); per trial %d warm-up + %d measured iterations of %s, 1 fork; cold start %d fresh JVMs per system",
        name, rounds, warmupIterations, measurementIterations, iterationTime, rounds * coldStartShotsPerRound);
  }
}
