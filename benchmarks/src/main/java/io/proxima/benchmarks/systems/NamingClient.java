package io.proxima.benchmarks.systems;

import io.proxima.benchmarks.service.BenchmarkService;
import java.io.Closeable;

/**
 * A client of the naming registry that serves beside an exported benchmark service, in which the
 * service is bound by name (scenario h). Thread-safe.
 */
public interface NamingClient extends Closeable {

  /**
   * Looks the benchmark service up by its name: one request to the registry, the operation scenario
   * (h) measures. Returns the proxy or stub exactly as the system's lookup returns it.
   */
  Object lookUp() throws Exception;

  /** Presents what {@link #lookUp()} returned as the benchmark service, to call it. */
  BenchmarkService callable(Object lookedUp);
}
