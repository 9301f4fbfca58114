package io.proxima.runtime.internal.invocation;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that runs application calls. Unlike a plain {@link ThreadPoolExecutor}, which
 * starts a new thread for each of its first {@code maxThreads} tasks even while others sit idle,
 * it hands a task to an idle thread when there is one, starts a thread only when none is idle (up
 * to {@code maxThreads}), and queues beyond that (up to {@code maxQueued}). A node serving one
 * caller thus keeps one or two threads, not two hundred. Idle threads end after 30 s.
 */
final class ServerThreads extends ThreadPoolExecutor {

  private ServerThreads(int maxThreads, IdleAwareQueue queue) {
    super(0, maxThreads, 30, TimeUnit.SECONDS, queue, new ServerThreadFactory(), ServerThreads::queueOrReject);
    queue.pool = this;
  }

  static ServerThreads create(int maxThreads, int maxQueued) {
    return new ServerThreads(maxThreads, new IdleAwareQueue(maxQueued));
  }

  /** Tasks waiting for a thread. */
  int queued() {
    return getQueue().size();
  }

  /**
   * A task was refused a thread: queue it after all if the queue has room (the pool reached its
   * maximum between the queue's answer and the attempt to grow), else refuse it.
   */
  private static void queueOrReject(Runnable task, ThreadPoolExecutor pool) {
    if (pool.isShutdown() || !((IdleAwareQueue) pool.getQueue()).enqueue(task)) {
      throw new RejectedExecutionException("no server thread and no room in the queue");
    }
  }

  /**
   * Accepts a task only when more threads wait than tasks are queued, or the pool cannot grow;
   * counts waiting threads. (In a narrow race a thread that has just taken a task still counts as
   * waiting, and one task then waits for a running one to finish.)
   */
  private static final class IdleAwareQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;
    private final AtomicInteger waiting = new AtomicInteger();
    private transient ThreadPoolExecutor pool;

    IdleAwareQueue(int capacity) {
      super(capacity);
    }

    @Override
    public boolean offer(Runnable task) {
      if (size() >= waiting.get() && pool.getPoolSize() < pool.getMaximumPoolSize()) {
        return false; // the pool starts a thread for it
      }
      return super.offer(task);
    }

    boolean enqueue(Runnable task) {
      return super.offer(task);
    }

    @Override
    public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
      waiting.incrementAndGet();
      try {
        return super.poll(timeout, unit);
      } finally {
        waiting.decrementAndGet();
      }
    }

    @Override
    public Runnable take() throws InterruptedException {
      waiting.incrementAndGet();
      try {
        return super.take();
      } finally {
        waiting.decrementAndGet();
      }
    }
  }

  /** Names server threads and makes them daemons, so a forgotten node never keeps a JVM alive. */
  private static final class ServerThreadFactory implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "proxima-server-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
