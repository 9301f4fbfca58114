package io.proxima.benchmarks.server;

import java.util.List;

/**
 * JVM flags shared by the callers' JVMs and the servers' JVMs, so that neither side is favoured.
 * The single flags are constants so that JMH's {@code @Fork} annotations can name them too.
 */
public final class JvmFlags {
  private JvmFlags() {}

  // A fixed, pre-touched heap: no resizing or page faults during measurement.
  public static final String MIN_HEAP = "-Xms512m";
  public static final String MAX_HEAP = "-Xmx512m";
  public static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
  // Netty samples buffers for leaks by default; no benchmark should pay for that.
  public static final String NO_LEAK_DETECTION = "-Dio.netty.leakDetection.level=disabled";

  public static final List<String> BENCHMARK = List.of(MIN_HEAP, MAX_HEAP, PRE_TOUCH, NO_LEAK_DETECTION);
}
