package io.proxima.runtime;

import io.proxima.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

final class JobsImpl implements Jobs {
  private final ScheduledExecutorService completer;
  private final Supplier<Jobs> downstream;
  private final List<String> recorded = new ArrayList<>();
  private volatile boolean interrupted;

  JobsImpl(ScheduledExecutorService completer, Supplier<Jobs> downstream) {
    this.completer = completer;
    this.downstream = downstream;
  }

  @Override
  public CompletableFuture<Integer> square(int value) {
    CompletableFuture<Integer> result = new CompletableFuture<>();
    completer.schedule(() -> result.complete(value * value), 20, TimeUnit.MILLISECONDS);
    return result;
  }

  @Override
  public CompletionStage<String> greet(String name) {
    return CompletableFuture.supplyAsync(() -> "hello " + name, completer);
  }

  @Override
  public CompletableFuture<Void> failLater(String message) {
    return CompletableFuture.runAsync(() -> {
      throw new IllegalStateException(message);
    }, completer);
  }

  @Override
  public void record(String event) {
    synchronized (recorded) {
      recorded.add(event);
    }
  }

  @Override
  public List<String> recorded() {
    synchronized (recorded) {
      return new ArrayList<>(recorded);
    }
  }

  @Override
  public long sleep(long millis) {
    long started = System.nanoTime();
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  @Override
  public CompletableFuture<Long> sleepThenReply(long millis) {
    return CompletableFuture.completedFuture(sleep(millis));
  }

  @Override
  public boolean interrupted() {
    boolean was = interrupted;
    interrupted = false;
    return was;
  }

  @Override
  public long sleepWithShortTimeout(long millis) {
    return sleep(millis);
  }

  @Override
  public long remainingMillis() {
    return Deadline.remaining().map(Duration::toMillis).orElse(-1L);
  }

  @Override
  public long remainingMillisDownstream() {
    return downstream.get().remainingMillis();
  }

  @Override
  public long sleepDownstream(long millis) {
    return downstream.get().sleep(millis);
  }
}
