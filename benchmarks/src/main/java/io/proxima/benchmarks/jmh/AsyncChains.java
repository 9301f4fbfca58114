package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.service.AsyncService;
import io.proxima.benchmarks.service.User;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link #inFlight} chains of asynchronous calls (scenario d): the completion of each call starts
 * the next one of its chain, on whatever thread completed it, so that exactly {@code inFlight}
 * calls are outstanding until a batch runs out. This is how an asynchronous client is written
 * to be fast (and how gRPC's benchmark client drives its asynchronous calls): no thread waits
 * for room in the window, so the figure is the system's, not the scheduling of a waiting thread.
 */
@State(Scope.Thread)
public class AsyncChains {
  private static final long BATCH_TIMEOUT_SECONDS = 30;

  @Param({"16", "128"})
  public int inFlight;

  private AsyncService async;
  /** Calls of the current batch not started yet; below zero once every chain has run out. */
  private final AtomicInteger unstarted = new AtomicInteger();
  /** Calls of the current batch not completed yet. */
  private final AtomicInteger unfinished = new AtomicInteger();
  private volatile CompletableFuture<Void> batchDone = CompletableFuture.completedFuture(null);
  private final BiConsumer<User, Throwable> next = (user, error) -> {
    if (error != null) {
      batchDone.completeExceptionally(error); // the chain ends here, and the batch with it
    } else if (unfinished.decrementAndGet() == 0) {
      batchDone.complete(null);
    } else {
      startOne();
    }
  };

  @Setup(Level.Trial)
  public void open(RemoteService remote) {
    AsyncService calls = remote.connection().async();
    if (calls == null) {
      throw new IllegalStateException(remote.system.displayName() + " has no asynchronous calls");
    }
    use(calls);
  }

  /** Makes the calls of every batch on {@code calls}. */
  void use(AsyncService calls) {
    async = calls;
  }

  /**
   * Makes {@code calls} asynchronous calls of {@code getUser(42)} and returns once all have
   * completed, so that no call outlives the batch.
   *
   * @throws ExecutionException with the first call that failed
   */
  public void runBatch(int calls) throws InterruptedException, ExecutionException, TimeoutException {
    unstarted.set(calls);
    unfinished.set(calls);
    CompletableFuture<Void> done = new CompletableFuture<>();
    batchDone = done;
    for (int chain = 0; chain < Math.min(inFlight, calls); chain++) {
      startOne();
    }
    done.get(BATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private void startOne() {
    if (unstarted.getAndDecrement() > 0) {
      async.getUserAsync(42).whenComplete(next);
    }
  }
}
