package io.proxima.registry;

import java.util.concurrent.atomic.AtomicInteger;

final class WorkerImpl implements Worker {
  private final String id;
  private final Runnable onBlock;
  private final AtomicInteger serverIdRuns = new AtomicInteger();
  private final AtomicInteger blockRuns = new AtomicInteger();

  WorkerImpl(String id) {
    this(id, () -> {});
  }

  /** @param onBlock runs when {@link #block} starts, before it waits */
  WorkerImpl(String id, Runnable onBlock) {
    this.id = id;
    this.onBlock = onBlock;
  }

  @Override
  public String serverId() {
    serverIdRuns.incrementAndGet();
    return id;
  }

  @Override
  public int serverIdRuns() {
    return serverIdRuns.get();
  }

  @Override
  public String block(long millis) {
    blockRuns.incrementAndGet();
    onBlock.run();
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return id;
  }

  @Override
  public int blockRuns() {
    return blockRuns.get();
  }
}
