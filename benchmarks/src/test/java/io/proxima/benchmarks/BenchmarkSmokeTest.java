package io.proxima.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.benchmarks.compare.Scenario;
import io.proxima.benchmarks.compare.Scenarios;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Proves that every benchmark the comparison uses runs, once, against every system its scenario
 * runs on, through JMH with the states' real set-up and tear-down. Speed is never asserted here.
 */
class BenchmarkSmokeTest {

  @AfterEach
  void noServerOutlivesItsBenchmark() {
    List<ProcessHandle> leftOver = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    leftOver.forEach(ProcessHandle::destroyForcibly);
    assertTrue(leftOver.isEmpty(), "child JVMs left running (now killed): " + leftOver);
  }

  static Stream<Arguments> benchmarksAndSystems() {
    // One scenario per benchmark and parameters: thread counts do not change what the body does.
    List<Scenario> distinct = Scenarios.ALL.stream()
        .filter(Scenario::runnable)
        .filter(scenario -> Scenarios.ALL.stream()
            .filter(other -> other.benchmark().equals(scenario.benchmark()) && other.params().equals(scenario.params()))
            .findFirst().orElseThrow() == scenario)
        .toList();
    // Java RMI has no asynchronous calls: its figure in (d) comes from ping and getUser, run above.
    return distinct.stream().flatMap(scenario -> Arrays.stream(SystemUnderTest.values())
        .filter(scenario::runsOn)
        .filter(system -> scenario.kind() != Scenario.Kind.ASYNC_CHAINS || system != SystemUnderTest.JAVA_RMI)
        .map(system -> Arguments.of(scenario, system)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("benchmarksAndSystems")
  @Timeout(120)
  void benchmark_runsOnceAgainstTheSystem(Scenario scenario, SystemUnderTest system) throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(scenario.benchmark()) + "$")
        .param("system", system.name())
        .mode(Mode.SingleShotTime)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementBatchSize(1)
        .threads(1)
        .forks(0)
        .shouldFailOnError(true)
        .timeout(TimeValue.seconds(60))
        .verbosity(VerboseMode.NORMAL);
    scenario.params().forEach(options::param);

    RunResult result = new Runner(options.build()).runSingle();

    assertEquals(1, result.getPrimaryResult().getSampleCount(), "calls made");
  }
}
