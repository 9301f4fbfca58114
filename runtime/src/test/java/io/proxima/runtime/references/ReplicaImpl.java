package io.proxima.runtime.references;

import io.proxima.runtime.CallContext;
import java.util.concurrent.atomic.AtomicInteger;

/** A replica that counts its calls and can be made slower than the methods' timeout. */
public final class ReplicaImpl implements Replica {
  private final int id;
  private final long sleepMillis;
  final AtomicInteger calls = new AtomicInteger();

  public ReplicaImpl(int id, long sleepMillis) {
    this.id = id;
    this.sleepMillis = sleepMillis;
  }

  @Override
  public int id() {
    calls.incrementAndGet();
    return id;
  }

  @Override
  public int idempotentId() {
    return slowId();
  }

  @Override
  public int onceId() {
    return slowId();
  }

  @Override
  public String caller() {
    return String.valueOf(CallContext.callerAddress());
  }

  private int slowId() {
    calls.incrementAndGet();
    try {
      Thread.sleep(sleepMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return id;
  }
}
