package io.proxima.runtime.references;

import io.proxima.Unreferenced;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A counter that records the call of its {@link Unreferenced} hook. */
public final class CounterImpl implements Counter, Unreferenced {
  private final AtomicInteger value = new AtomicInteger();
  final CountDownLatch unreferenced = new CountDownLatch(1);

  @Override
  public int increment() {
    return value.incrementAndGet();
  }

  @Override
  public int value() {
    return value.get();
  }

  @Override
  public void unreferenced() {
    unreferenced.countDown();
  }
}
