package io.proxima.benchmarks.compare;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Every figure measured in a comparison, and every trial that failed. */
public final class Results {
  private final Map<Key, List<Double>> samples = new HashMap<>();
  private final Map<Trial, String> failures = new LinkedHashMap<>();

  private record Trial(String scenarioId, SystemUnderTest system) {}

  private record Key(Trial trial, Metric metric) {}

  void add(Scenario scenario, SystemUnderTest system, Map<Metric, Double> figures) {
    figures.forEach((metric, value) ->
        samples.computeIfAbsent(new Key(new Trial(scenario.id(), system), metric), key -> new ArrayList<>()).add(value));
  }

  void fail(Scenario scenario, SystemUnderTest system, String reason) {
    failures.putIfAbsent(new Trial(scenario.id(), system), reason);
  }

  /** The median over all trials, or empty if the system never completed the scenario. */
  public OptionalDouble median(Scenario scenario, SystemUnderTest system, Metric metric) {
    @Nullable List<Double> values = samples.get(new Key(new Trial(scenario.id(), system), metric));
    if (values == null || values.isEmpty()) {
      return OptionalDouble.empty();
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return OptionalDouble.of(sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
  }

  /** This system's median ÷ Java RMI's, or empty if either is missing. */
  public OptionalDouble ratioToRmi(Scenario scenario, SystemUnderTest system, Metric metric) {
    OptionalDouble value = median(scenario, system, metric);
    OptionalDouble rmi = median(scenario, SystemUnderTest.JAVA_RMI, metric);
    return value.isPresent() && rmi.isPresent() && rmi.getAsDouble() > 0
        ? OptionalDouble.of(value.getAsDouble() / rmi.getAsDouble())
        : OptionalDouble.empty();
  }

  public boolean failed(Scenario scenario, SystemUnderTest system) {
    return failures.containsKey(new Trial(scenario.id(), system));
  }

  /** One line per failed (scenario, system): the first reason it failed. */
  public List<String> failureLines() {
    List<String> lines = new ArrayList<>();
    failures.forEach((key, reason) ->
        lines.add(key.scenarioId() + " on " + key.system().displayName() + ": " + reason));
    return lines;
  }
}
