package io.proxima.benchmarks.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The comparison as a markdown page: context, the table, the chart, the method and any failures. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** @param chartFile the chart beside the page, or null if none was drawn */
  public static String render(String context, String command, List<List<String>> rows, @Nullable String chartFile,
      List<String> failures) {
    StringBuilder page = new StringBuilder()
        .append("# Proxima, Java RMI and Dirmi in one run\n\n")
        .append(context).append("\n\n")
        .append("Reproduce with `").append(command).append("` from the repository root ")
        .append("(`--long` for the careful run).\n\n")
        .append(TextTables.markdown(ComparisonTable.HEADERS, rows)).append('\n');
    if (chartFile != null) {
      page.append("![Throughput and p99 latency relative to Java RMI](").append(chartFile).append(")\n\n");
    }
    page.append(METHOD);
    if (!failures.isEmpty()) {
      page.append("\n## Failed trials\n\n");
      failures.forEach(failure -> page.append("- ").append(failure).append('\n'));
    }
    return page.toString();
  }

  private static final String METHOD = """
      ## How it is measured

      - One service (`ping`, `add`, `getUser`, `listUsers`, `echo`, and for (d) and (e)
        `getUserAsync`, `record`, `recorded`), one server-side implementation
        and one `User` record of ten fields, exported three ways. Servers run in a child JVM on
        127.0.0.1, started and reaped by the benchmark; only (g) calls an object in its own JVM
        (Proxima: a proxy from the exporting node; Dirmi: its local connector; Java RMI has no
        in-process path and goes over loopback).
      - Throughput: JMH `Mode.Throughput`; all calling threads share one client, as applications do.
      - Latency p50 / p99: every call of the measured iterations, timed with `System.nanoTime` into an
        HdrHistogram. The callers form a closed loop, so tails under overload are understated.
      - Allocated per call: JMH `-prof gc` (`gc.alloc.rate.norm`), in the calling JVM only; in (g)
        that JVM is the server too.
      - (d) async: 16 or 128 chains of `getUser` calls, each call started in the completion
        callback of the one before, on the thread that completed it (as gRPC's benchmark client
        drives asynchronous calls), in batches of 10,000 calls that end when all have completed.
        Proxima: a method returning `CompletableFuture<User>`. Dirmi 2.4 has no
        future-returning methods; its equivalent is a `@NoReply` call carrying a tag and a remote
        callback, which the server answers with a `@NoReply` call that completes the caller's
        future. Java RMI has no async: its figure is its best synchronous throughput over `ping`
        and `getUser` at 1, 4, 16 and 64 threads, all eight measured within its trial of the
        scenario (allocation: that of the best one).
      - (e) one-way: one thread sends 1000 `record(long)` calls, then calls the synchronous
        `recorded()` until the server reports all of them run; throughput counts those 1000
        calls. Proxima: `@OneWay`; Dirmi: `@NoReply`; Java RMI: a plain synchronous void call.
      - Cold start: JMH `SingleShotTime` in a fresh JVM against a fresh server: connect, look the
        service up, first call. Java RMI looks up its registry and Dirmi names the object when
        connecting; Proxima dials the reference it was given. "From class-data archives": the
        same, with the caller's and the server's JVM each started from an archive
        (`-XX:SharedArchiveFile`, `-Xshare:on`) that an unmeasured training run of the same
        scenario wrote at exit (`-XX:ArchiveClassesAtExit`), one per system and side.
      - (h) registry lookup: one thread looks the service up by name, over and over, in the naming
        registry that the server's JVM serves, through one client whose connection is open (a
        first lookup is made before measuring). Proxima: `Registry.lookup(name, type)` on the
        registry embedded in the server's node; Java RMI: `Registry.lookup(name)` on the stub
        from `LocateRegistry.getRegistry`. Dirmi has no naming registry (a client names the
        object when it connects), so it is not available there. The issue states no target.
      - The three systems alternate within each scenario, with the first one rotating, so drift of
        the shared machine hits all of them alike. Figures are medians over rounds.
      - Targets are Proxima ÷ Java RMI from the benchmarks issue; every row also asks Proxima to be
        ahead of Dirmi, where Dirmi runs the scenario. Same JVM flags on both sides: 512 MiB heap,
        pre-touched.
      """;
}
