package io.proxima.benchmarks.systems;

import io.proxima.benchmarks.service.BenchmarkService;
import java.io.Closeable;
import java.io.IOException;

/**
 * A client's view of an exported benchmark service.
 *
 * @param service the remote service; thread-safe, shared by all calling threads as an application
 *     would share it
 * @param resources what the client holds (sockets, threads), released by {@link #close()}
 */
public record Connection(BenchmarkService service, Closeable resources) implements Closeable {

  /** A connection that holds nothing beyond its service object. */
  public static Connection holdingNothing(BenchmarkService service) {
    return new Connection(service, () -> {});
  }

  @Override
  public void close() throws IOException {
    resources.close();
  }
}
