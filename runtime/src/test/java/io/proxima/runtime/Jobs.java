package io.proxima.runtime;

import io.proxima.OneWay;
import io.proxima.Remote;
import io.proxima.Timeout;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asynchronous, one-way and deadline-bounded methods. */
@Remote
@Timeout(millis = 10_000)
public interface Jobs {
  /** Completed later by the server from a small pool; no server thread waits meanwhile. */
  CompletableFuture<Integer> square(int value);

  CompletionStage<String> greet(String name);

  /** Completes exceptionally with an IllegalStateException. */
  CompletableFuture<Void> failLater(String message);

  @OneWay
  void record(String event);

  List<String> recorded();

  /** Sleeps on the server thread; records whether it was interrupted. Returns the millis slept. */
  long sleep(long millis);

  /** Like sleep, but called asynchronously: the server thread blocks before returning the future. */
  CompletableFuture<Long> sleepThenReply(long millis);

  /** Whether a sleep was interrupted since the last call of this method. */
  boolean interrupted();

  @Timeout(millis = 150)
  long sleepWithShortTimeout(long millis);

  /** What is left of the caller's deadline as this server sees it, in millis; -1 if none. */
  long remainingMillis();

  /** Asks the downstream server for its remaining deadline while serving this call. */
  long remainingMillisDownstream();

  /** Makes the downstream server sleep while serving this call. */
  long sleepDownstream(long millis);
}
