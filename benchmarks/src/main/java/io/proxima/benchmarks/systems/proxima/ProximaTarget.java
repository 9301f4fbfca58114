package io.proxima.benchmarks.systems.proxima;

import io.proxima.benchmarks.service.BenchmarkServiceLogic;
import io.proxima.benchmarks.service.User;
import java.util.concurrent.CompletableFuture;

/** The shared service logic, exported through Proxima. */
final class ProximaTarget extends BenchmarkServiceLogic implements ProximaBenchmarkService {

  @Override
  public CompletableFuture<User> getUserAsync(long id) {
    return CompletableFuture.completedFuture(getUser(id));
  }
}
