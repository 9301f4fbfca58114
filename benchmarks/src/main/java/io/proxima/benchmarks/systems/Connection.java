package io.proxima.benchmarks.systems;

import io.proxima.benchmarks.service.AsyncService;
import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.service.OneWayService;
import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A client's view of an exported benchmark service.
 *
 * @param service the remote service; thread-safe, shared by all calling threads as an application
 *     would share it
 * @param async its asynchronous call (scenario d), or null where the system has none (Java RMI)
 * @param oneWay its one-way call and barrier (scenario e)
 * @param resources what the client holds (sockets, threads), released by {@link #close()}
 */
public record Connection(BenchmarkService service, @Nullable AsyncService async, OneWayService oneWay,
    Closeable resources) implements Closeable {

  /** A connection that holds nothing beyond its service objects. */
  public static Connection holdingNothing(BenchmarkService service, @Nullable AsyncService async,
      OneWayService oneWay) {
    return new Connection(service, async, oneWay, () -> {});
  }

  @Override
  public void close() throws IOException {
    resources.close();
  }
}
