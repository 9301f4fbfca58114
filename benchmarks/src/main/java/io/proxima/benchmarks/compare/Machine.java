package io.proxima.benchmarks.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a comparison ran on, as its report names it. The kernel and the processor are
 * there because they decide what waking a thread costs, and with it much of every ratio: the
 * same build can be four times Java RMI on one 2-core machine and level with it on another.
 */
public final class Machine {
  private Machine() {}

  /** For example {@code "2-core machine (Linux 6.18.44 amd64, AMD EPYC)"}. */
  public static String describe() {
    String system = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    String processor = processorModel(Path.of("/proc/cpuinfo")).map(model -> ", " + model).orElse("");
    return Runtime.getRuntime().availableProcessors() + "-core machine (" + system + processor + ")";
  }

  /** The model name the first processor of {@code cpuinfo} gives, if the file is there and names one. */
  static Optional<String> processorModel(Path cpuinfo) {
    try {
      return processorModel(Files.readAllLines(cpuinfo));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // not Linux, or not readable: the report names the system alone
    }
  }

  static Optional<String> processorModel(List<String> cpuinfoLines) {
    return cpuinfoLines.stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .filter(model -> !model.isEmpty())
        .findFirst();
  }
}
