package io.proxima.runtime.internal.transport;

import io.netty.channel.SelectStrategy;
import io.netty.util.IntSupplier;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import io.netty.util.internal.ThreadExecutorMap;
import org.jspecify.annotations.Nullable;

/**
 * Lets an event loop poll its sockets for a while before it sleeps. A reply or request often
 * arrives a few tens of microseconds after the loop ran out of work; a loop that had gone to sleep
 * costs a wake-up then, and on virtual machines waking an idle core costs far more than polling
 * it. Polling stops at once when a task is queued for the loop, such as a frame to write.
 *
 * <p>Between two polls the loop yields its core: the caller whose reply it has just handed over,
 * or the server thread it has just given a request, needs the core more than the poll does. On
 * two cores, busy-waiting instead halved the throughput of a lone caller and multiplied its p99.
 *
 * <p>Not sharable: one per event loop, used only by its thread.
 */
final class PollingSelectStrategy implements SelectStrategy {
  private final long pollNanos;
  private @Nullable SingleThreadEventExecutor loop;

  PollingSelectStrategy(long pollNanos) {
    this.pollNanos = pollNanos;
  }

  @Override
  public int calculateStrategy(IntSupplier selectNow, boolean hasTasks) throws Exception {
    if (hasTasks) {
      return selectNow.get();
    }
    if (pollNanos == 0) {
      return SelectStrategy.SELECT;
    }
    long deadline = System.nanoTime() + pollNanos;
    do {
      int ready = selectNow.get();
      if (ready > 0 || loop().pendingTasks() > 0) {
        return ready;
      }
      Thread.yield();
    } while (System.nanoTime() - deadline < 0);
    return SelectStrategy.SELECT;
  }

  /** The loop running this strategy, known only once it runs (the strategy is made first). */
  private SingleThreadEventExecutor loop() {
    if (loop == null) {
      loop = (SingleThreadEventExecutor) ThreadExecutorMap.currentExecutor();
    }
    return loop;
  }
}
