package io.proxima.benchmarks.service;

/**
 * The one-way call of scenario (e) as the benchmark body sees it, with the synchronous barrier
 * that counts how many one-way calls the server has run. Proxima sends {@link #record(long)} as
 * a {@code @OneWay} call and Dirmi as a {@code @NoReply} call; Java RMI, which has neither,
 * makes it a plain synchronous void call.
 */
public interface OneWayService {

  /** Counts one call on the server; answers nothing. */
  void record(long id);

  /** Synchronous: how many {@link #record(long)} calls the server has run so far. */
  long recorded();

  static OneWayService of(java.util.function.LongConsumer record, java.util.function.LongSupplier recorded) {
    return new OneWayService() {
      @Override
      public void record(long id) {
        record.accept(id);
      }

      @Override
      public long recorded() {
        return recorded.getAsLong();
      }
    };
  }
}
