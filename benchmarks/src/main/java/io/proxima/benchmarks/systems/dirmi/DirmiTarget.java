package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.BenchmarkServiceLogic;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The shared service logic, exported through Dirmi. */
final class DirmiTarget extends BenchmarkServiceLogic implements DirmiBenchmarkService {
  /**
   * Runs the callbacks of {@link #getUserAsync}. A {@code NoReply} method runs on the thread
   * reading its socket, and Dirmi's documentation asks it to continue elsewhere; a callback made
   * from that thread never leaves.
   */
  private final ExecutorService callbacks = Executors.newCachedThreadPool(work -> {
    Thread thread = new Thread(work, "dirmi-callback");
    thread.setDaemon(true);
    return thread;
  });

  @Override
  public void getUserAsync(long id, long tag, UserSink sink) {
    callbacks.execute(() -> sink.user(tag, getUser(id)));
  }
}
