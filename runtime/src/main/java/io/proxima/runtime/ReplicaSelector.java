package io.proxima.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses which replica a call through a {@linkplain Replicas replicated proxy} tries first; when
 * that one fails in a way that allows another try, the next ones follow in order. Implementations
 * are thread-safe.
 */
@FunctionalInterface
public interface ReplicaSelector {

  /** The index, in {@code [0, replicas)}, of the replica the next call tries first. */
  int first(int replicas);

  /** Each call starts at the next replica: load spreads evenly. The default. */
  static ReplicaSelector roundRobin() {
    AtomicInteger next = new AtomicInteger();
    return replicas -> Math.floorMod(next.getAndIncrement(), replicas);
  }

  /** Every call starts at the first replica; the others are standbys. */
  static ReplicaSelector primaryFirst() {
    return replicas -> 0;
  }
}
