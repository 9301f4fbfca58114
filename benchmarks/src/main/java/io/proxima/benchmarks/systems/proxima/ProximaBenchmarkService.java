package io.proxima.benchmarks.systems.proxima;

import io.proxima.OneWay;
import io.proxima.Remote;
import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.service.User;
import java.util.concurrent.CompletableFuture;

/** {@link BenchmarkService} as a Proxima remote interface; its proxy is used by the benchmarks directly. */
@Remote
public interface ProximaBenchmarkService extends BenchmarkService {

  /** Scenario (d): {@link #getUser(long)} as an asynchronous call. */
  CompletableFuture<User> getUserAsync(long id);

  /** Scenario (e): sent, never answered. */
  @OneWay
  void record(long id);

  /** Scenario (e)'s synchronous barrier. */
  long recorded();
}
