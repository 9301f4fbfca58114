package io.proxima.benchmarks.service;

import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous call of scenario (d) as the benchmark body sees it: the caller never blocks,
 * the future completes when the answer arrives. Each system with asynchronous calls adapts its
 * own form to this; Java RMI has none.
 */
@FunctionalInterface
public interface AsyncService {

  /** Starts {@link BenchmarkService#getUser(long)} and returns at once. */
  CompletableFuture<User> getUserAsync(long id);
}
