package io.proxima.benchmarks.compare;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs every scenario on every system it runs on, alternating the systems within each scenario
 * (and rotating which goes first) so that drift of a shared machine hits all of them alike.
 */
public final class Comparison {
  private final RunProfile profile;
  private final List<Scenario> scenarios;
  private final PrintStream progress;

  public Comparison(RunProfile profile, List<Scenario> scenarios, PrintStream progress) {
    this.profile = profile;
    this.scenarios = List.copyOf(scenarios);
    this.progress = progress;
  }

  public Results run(Path scratch) {
    TrialRunner runner = new TrialRunner(profile, scratch);
    Results results = new Results();
    List<Trial> plan = plan();
    for (int index = 0; index < plan.size(); index++) {
      Trial trial = plan.get(index);
      String prefix = String.format("[%3d/%d] %-9s %-9s", index + 1, plan.size(), trial.scenario().id(),
          trial.system().displayName());
      try {
        Map<Metric, Double> figures = runner.run(trial.scenario(), trial.system());
        results.add(trial.scenario(), trial.system(), figures);
        progress.println(prefix + describe(figures));
      } catch (Exception e) {
        String reason = rootMessage(e);
        results.fail(trial.scenario(), trial.system(), reason);
        progress.println(prefix + "FAILED: " + reason);
      }
    }
    return results;
  }

  private record Trial(Scenario scenario, SystemUnderTest system) {}

  private List<Trial> plan() {
    List<Trial> plan = new ArrayList<>();
    List<SystemUnderTest> systems = List.of(SystemUnderTest.values());
    int turn = 0;
    for (int round = 0; round < profile.rounds(); round++) {
      for (Scenario scenario : scenarios) {
        if (!scenario.runnable()) {
          continue;
        }
        int shots = scenario.coldStart() ? profile.coldStartShotsPerRound() : 1;
        for (int shot = 0; shot < shots; shot++) {
          List<SystemUnderTest> order = new ArrayList<>(systems);
          Collections.rotate(order, turn++);
          order.stream().filter(scenario::runsOn).forEach(system -> plan.add(new Trial(scenario, system)));
        }
      }
    }
    return plan;
  }

  private static String describe(Map<Metric, Double> figures) {
    return figures.entrySet().stream()
        .map(figure -> figure.getKey().brief(figure.getValue()))
        .collect(Collectors.joining("  "));
  }

  /** The innermost cause, looking also into the errors JMH attaches as suppressed exceptions. */
  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (true) {
      if (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      } else if (root.getSuppressed().length > 0) {
        root = root.getSuppressed()[0];
      } else {
        break;
      }
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
