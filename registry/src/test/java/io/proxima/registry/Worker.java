package io.proxima.registry;

import io.proxima.Remote;

/** A service for the registry's tests: says which server it runs on and counts what it ran. */
@Remote
public interface Worker {
  /** The id of the server (or object) answering; not idempotent, so never run twice per call. */
  String serverId();

  /** How many times {@link #serverId} ran on this object. */
  int serverIdRuns();

  /** Waits {@code millis}, then returns the server's id; not idempotent. */
  String block(long millis);

  /** How many times {@link #block} started on this object. */
  int blockRuns();
}
