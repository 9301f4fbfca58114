package io.proxima.benchmarks;

import io.proxima.benchmarks.compare.RunProfile;
import io.proxima.benchmarks.compare.Scenario;
import io.proxima.benchmarks.compare.Scenarios;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of {@link Compare}.
 *
 * @param profile short by default, long with {@code --long}
 * @param scenarios all, or those {@code --only} names: by id ({@code a16}) or by group letter ({@code b})
 * @param resultsDirectory {@code --out}, by default {@code results/} beside the benchmarks' {@code target/}
 */
record CompareOptions(RunProfile profile, List<Scenario> scenarios, Path resultsDirectory) {

  static final String USAGE = """
      usage: java -jar benchmarks/target/benchmarks.jar [--long] [--only ID,...] [--out DIR]
        --long     the careful run (about 100 minutes) instead of the short one (about 14 minutes)
        --only     run only these scenarios, by id or by group letter, e.g. --only a1,b
        --out      where comparison.md and comparison.png go (default: benchmarks/results)
      scenario ids: %s""";

  static CompareOptions parse(String[] args, Path defaultResultsDirectory) {
    RunProfile profile = RunProfile.SHORT;
    List<Scenario> scenarios = Scenarios.ALL;
    Path out = defaultResultsDirectory;
    for (int index = 0; index < args.length; index++) {
      switch (args[index]) {
        case "--long" -> profile = RunProfile.LONG;
        case "--only" -> scenarios = only(valueAfter(args, index++));
        case "--out" -> out = Path.of(valueAfter(args, index++));
        default -> throw new IllegalArgumentException("unknown option " + args[index]);
      }
    }
    return new CompareOptions(profile, scenarios, out);
  }

  static String usage() {
    return String.format(USAGE, String.join(" ", Scenarios.ALL.stream().map(Scenario::id).toList()));
  }

  private static List<Scenario> only(String names) {
    List<String> wanted = Arrays.asList(names.split(","));
    List<Scenario> chosen = Scenarios.ALL.stream()
        .filter(scenario -> wanted.stream().anyMatch(name -> named(scenario, name)))
        .toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no scenario is named by " + names);
    }
    return chosen;
  }

  private static boolean named(Scenario scenario, String name) {
    boolean group = name.length() == 1;
    return group ? scenario.id().startsWith(name) : scenario.id().equals(name);
  }

  private static String valueAfter(String[] args, int index) {
    if (index + 1 >= args.length) {
      throw new IllegalArgumentException(args[index] + " needs a value");
    }
    return args[index + 1];
  }
}
