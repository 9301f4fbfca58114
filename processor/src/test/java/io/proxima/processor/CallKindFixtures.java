package io.proxima.processor;

import static io.proxima.processor.Compilations.source;

import javax.tools.JavaFileObject;

/** Good remote interfaces with asynchronous, one-way and timed methods, and an implementation. */
final class CallKindFixtures {
  private CallKindFixtures() {}

  /**
   * One method of each kind; the interface's timeout applies to all but the one with its own, which
   * is also idempotent.
   */
  static final JavaFileObject TELLER = source("com.acme.Teller", """
      package com.acme;

      import io.proxima.Idempotent;
      import io.proxima.OneWay;
      import io.proxima.Remote;
      import io.proxima.Timeout;
      import java.util.concurrent.CompletableFuture;

      @Remote
      @Timeout(millis = 5000)
      public interface Teller {
        void deposit(long amount) throws LimitExceeded;

        @Idempotent
        @Timeout(millis = 200)
        CompletableFuture<Long> balanceAsync(String currency);

        @OneWay
        void audit(String line);
      }
      """);

  static JavaFileObject[] teller() {
    return new JavaFileObject[] {TELLER, Fixtures.LIMIT_EXCEEDED};
  }

  static final JavaFileObject JOURNAL = source("com.acme.Journal", """
      package com.acme;

      /** No timeout of its own: that of the remote interface applies to its methods. */
      public interface Journal {
        int size();
      }
      """);

  static final JavaFileObject ARCHIVE = source("com.acme.Archive", """
      package com.acme;

      import io.proxima.Timeout;

      /** Its own timeout applies to its methods, unless a method has one. */
      @Timeout(millis = 750)
      public interface Archive {
        String oldest();

        @Timeout(millis = 90)
        String newest();
      }
      """);

  static final JavaFileObject LEDGER = source("com.acme.Ledger", """
      package com.acme;

      import io.proxima.Idempotent;
      import io.proxima.OneWay;
      import io.proxima.Remote;
      import io.proxima.Timeout;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.CompletionStage;

      @Remote
      @Timeout(millis = 5000)
      public interface Ledger extends Journal, Archive {
        @Idempotent
        long balance();

        @Timeout(millis = 200)
        CompletableFuture<Long> balanceAsync();

        @Idempotent
        CompletionStage<String> describe(String prefix, int width);

        CompletableFuture<Void> reset();

        CompletableFuture<List<Entry>> entries(int limit);

        CompletableFuture<?> anything();

        CompletableFuture<Long> later();

        CompletableFuture<Long> failing(String message);

        CompletableFuture<Long> withdraw(long amount) throws LimitExceeded;

        CompletableFuture<Long> nothing();

        @OneWay
        void audit(String line);

        @OneWay
        void release(long value);

        @OneWay
        void abandon(String reason);

        @OneWay
        void reject(String line) throws IllegalArgumentException;

        List<String> audited();
      }
      """);

  static final JavaFileObject LEDGER_IMPL = source("com.acme.LedgerImpl", """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.CompletionStage;

      public final class LedgerImpl implements Ledger {
        private final List<Entry> entries = new ArrayList<>(List.of(new Entry(5, "open"), new Entry(7, "pay")));
        private final List<String> audited = new ArrayList<>();
        private CompletableFuture<Long> pending;
        private long balance = 12;

        @Override public long balance() { return balance; }
        @Override public CompletableFuture<Long> balanceAsync() { return CompletableFuture.completedFuture(balance); }

        @Override
        public CompletionStage<String> describe(String prefix, int width) {
          return CompletableFuture.completedStage(prefix + ":" + "#".repeat(width));
        }

        @Override
        public CompletableFuture<Void> reset() {
          balance = 0;
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<List<Entry>> entries(int limit) {
          return CompletableFuture.completedFuture(entries.subList(0, limit));
        }

        @Override public CompletableFuture<?> anything() { return CompletableFuture.completedFuture("anything"); }

        @Override
        public CompletableFuture<Long> later() {
          pending = new CompletableFuture<>();
          return pending;
        }

        @Override
        public CompletableFuture<Long> failing(String message) {
          return CompletableFuture.failedFuture(new IllegalStateException(message));
        }

        @Override
        public CompletableFuture<Long> withdraw(long amount) throws LimitExceeded {
          if (amount > balance) {
            throw new LimitExceeded(balance);
          }
          balance -= amount;
          return CompletableFuture.completedFuture(balance);
        }

        @Override public CompletableFuture<Long> nothing() { return null; }
        @Override public void audit(String line) { audited.add(line); }
        @Override public void release(long value) { pending.complete(value); }
        @Override public void abandon(String reason) { pending.completeExceptionally(new IllegalStateException(reason)); }
        @Override public void reject(String line) { throw new IllegalArgumentException("rejected " + line); }
        @Override public List<String> audited() { return audited; }
        @Override public int size() { return entries.size(); }
        @Override public String oldest() { return entries.get(0).memo(); }
        @Override public String newest() { return entries.get(entries.size() - 1).memo(); }
      }
      """);

  static JavaFileObject[] ledger() {
    return new JavaFileObject[] {LEDGER, JOURNAL, ARCHIVE, LEDGER_IMPL, Fixtures.ENTRY, Fixtures.LIMIT_EXCEEDED};
  }
}
