package io.proxima.benchmarks.jmh;

import io.proxima.benchmarks.service.AsyncService;
import io.proxima.benchmarks.service.User;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A window of at most {@link #inFlight} asynchronous calls (scenario d): a call starts only when
 * one of the window's permits is free, and its completion frees the permit. The calling thread
 * blocks only when the window is full, never on a call of its own.
 */
@State(Scope.Thread)
public class AsyncWindow {
  private static final long DRAIN_SECONDS = 30;

  @Param({"16", "128"})
  public int inFlight;

  private AsyncService async;
  private Semaphore permits;
  private volatile @Nullable Throwable failure;
  private final BiConsumer<User, Throwable> done = (user, error) -> {
    if (error != null && failure == null) {
      failure = error;
    }
    permits.release();
  };

  @Setup(Level.Trial)
  public void open(RemoteService remote) {
    AsyncService calls = remote.connection().async();
    if (calls == null) {
      throw new IllegalStateException(remote.system.displayName() + " has no asynchronous calls");
    }
    async = calls;
    permits = new Semaphore(inFlight);
  }

  /** Starts {@code getUser(id)} once the window has room. */
  public void call(long id) throws InterruptedException {
    permits.acquire();
    rethrowFailure();
    async.getUserAsync(id).whenComplete(done);
  }

  /**
   * Waits until every started call has completed, so that no call outlives its iteration, and
   * reports the first call that failed.
   */
  @TearDown(Level.Iteration)
  public void drain() throws InterruptedException, TimeoutException {
    if (!permits.tryAcquire(inFlight, DRAIN_SECONDS, TimeUnit.SECONDS)) {
      throw new TimeoutException((inFlight - permits.availablePermits()) + " asynchronous calls never completed");
    }
    permits.release(inFlight);
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable first = failure;
    if (first != null) {
      throw new IllegalStateException("an asynchronous call failed", first);
    }
  }
}
