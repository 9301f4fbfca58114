package io.proxima.registry;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A watcher that keeps what it is told, in order. */
final class RecordingWatcher implements RegistryWatcher {
  private final BlockingQueue<RegistryEvent> events = new LinkedBlockingQueue<>();

  @Override
  public void changed(RegistryEvent event) {
    events.add(event);
  }

  /** The next event, waiting up to {@code timeout}. */
  RegistryEvent next(Duration timeout) throws InterruptedException {
    RegistryEvent event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (event == null) {
      throw new AssertionError("no registry event within " + timeout);
    }
    return event;
  }

  /** Events told but not yet taken with {@link #next}. */
  int pending() {
    return events.size();
  }
}
