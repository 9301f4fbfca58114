package io.proxima.runtime.references;

import io.proxima.Idempotent;
import io.proxima.Remote;
import io.proxima.Timeout;

/** One replica of a service, which says which replica it is. */
@Remote
public interface Replica {
  /** This replica's id. */
  int id();

  /** Sleeps on replicas that are told to be slow, then returns the replica's id; safe to retry. */
  @Idempotent
  @Timeout(millis = 300)
  int idempotentId();

  /** The same, but not safe to retry. */
  @Timeout(millis = 300)
  int onceId();

  /** The address of the caller, as this replica's method sees it. */
  String caller();
}
