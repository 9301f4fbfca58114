package io.proxima.processor;

/** The code generated for {@link Fixtures#ACCOUNT} and {@link CallKindFixtures#TELLER}, byte for byte. */
final class ExpectedSources {
  private ExpectedSources() {}

  static final String ACCOUNT_PROXY = """
      package com.acme;

      import io.proxima.spi.Call;
      import io.proxima.spi.Invoker;
      import io.proxima.spi.RemoteProxy;
      import java.lang.Override;
      import java.util.List;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Account_Proxy extends RemoteProxy implements Account {
        public Account_Proxy(Invoker invoker) {
          super(invoker);
        }

        @Override
        public long balance() {
          try (Call call = invoker.newCall(Account_Descriptor.BALANCE)) {
            call.invoke();
            return call.readLong();
          }
        }

        @Override
        public void deposit(long amount) throws LimitExceeded {
          try (Call call = invoker.newCall(Account_Descriptor.DEPOSIT)) {
            call.writeLong(amount);
            call.invoke();
          }
        }

        @Override
        public List<Entry> history(int limit) {
          try (Call call = invoker.newCall(Account_Descriptor.HISTORY)) {
            call.writeInt(limit);
            call.invoke();
            return call.readObject(List.class);
          }
        }
      }
      """;

  static final String ACCOUNT_SKELETON = """
      package com.acme;

      import io.proxima.spi.ValueReader;
      import io.proxima.spi.ValueWriter;
      import java.util.List;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      final class Account_Skeleton {
        private Account_Skeleton() {
        }

        static void balance(Account target, ValueReader arguments, ValueWriter result) {
          result.writeLong(target.balance());
        }

        static void deposit(Account target, ValueReader arguments, ValueWriter result) throws
            LimitExceeded {
          long amount = arguments.readLong();
          target.deposit(amount);
        }

        static void history(Account target, ValueReader arguments, ValueWriter result) {
          int limit = arguments.readInt();
          result.writeObject(target.history(limit), List.class);
        }
      }
      """;

  // The ids are the first four bytes of SHA-256 of "balance()", "deposit(long)" and "history(int)".
  static final String ACCOUNT_DISPATCHER = """
      package com.acme;

      import io.proxima.spi.Dispatcher;
      import io.proxima.spi.ValueReader;
      import io.proxima.spi.ValueWriter;
      import java.lang.Exception;
      import java.lang.Override;
      import java.util.concurrent.CompletionStage;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Account_Dispatcher implements Dispatcher {
        private final Account target;

        public Account_Dispatcher(Account target) {
          this.target = target;
        }

        @Override
        public CompletionStage<?> dispatch(int methodId, ValueReader arguments, ValueWriter result) throws
            Exception {
          switch (methodId) {
            case 0xc252f9e2:
              Account_Skeleton.balance(target, arguments, result);
              return WRITTEN;
            case 0xaf21d499:
              Account_Skeleton.deposit(target, arguments, result);
              return WRITTEN;
            case 0xfb24933e:
              Account_Skeleton.history(target, arguments, result);
              return WRITTEN;
            default:
              return null;
          }
        }
      }
      """;

  // The fingerprint is part of the wire contract: if it changes for the same interface, peers
  // compiled by an earlier processor no longer accept calls. It is the first 8 bytes of SHA-256 of:
  //   interface com.acme.Account
  //   method long balance()
  //   method void deposit(long) throws com.acme.LimitExceeded
  //   method java.util.List<com.acme.Entry> history(int)
  //   value com.acme.Entry
  //    amount:long
  //    memo:java.lang.String
  //   value com.acme.LimitExceeded
  //    limit:long
  static final String ACCOUNT_DESCRIPTOR = """
      package com.acme;

      import io.proxima.spi.Dispatcher;
      import io.proxima.spi.Invoker;
      import io.proxima.spi.MethodDescriptor;
      import io.proxima.spi.RemoteInterface;
      import io.proxima.spi.ValueCodec;
      import io.proxima.spi.ValueReader;
      import io.proxima.spi.ValueWriter;
      import java.lang.Class;
      import java.lang.Override;
      import java.lang.String;
      import java.util.List;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Account_Descriptor implements RemoteInterface<Account> {
        public static final long FINGERPRINT = 0xcf6d3075ac67adecL;

        public static final MethodDescriptor BALANCE = MethodDescriptor.sync(Account.class, "balance()", 0xc252f9e2, List.of());

        public static final MethodDescriptor DEPOSIT = MethodDescriptor.sync(Account.class, "deposit(long)", 0xaf21d499, List.of(LimitExceeded.class));

        public static final MethodDescriptor HISTORY = MethodDescriptor.sync(Account.class, "history(int)", 0xfb24933e, List.of());

        public Account_Descriptor() {
        }

        @Override
        public Class<Account> type() {
          return Account.class;
        }

        @Override
        public long fingerprint() {
          return FINGERPRINT;
        }

        @Override
        public List<MethodDescriptor> methods() {
          return List.of(BALANCE, DEPOSIT, HISTORY);
        }

        @Override
        public List<Class<?>> valueTypes() {
          return List.of(Entry.class, LimitExceeded.class);
        }

        @Override
        public List<ValueCodec<?>> valueCodecs() {
          return List.of(new EntryCodec());
        }

        @Override
        public Account newProxy(Invoker invoker) {
          return new Account_Proxy(invoker);
        }

        @Override
        public Dispatcher newDispatcher(Account target) {
          return new Account_Dispatcher(target);
        }

        private static final class EntryCodec implements ValueCodec<Entry> {
          @Override
          public Class<Entry> type() {
            return Entry.class;
          }

          @Override
          public void write(ValueWriter out, Entry value) {
            out.writeLong(value.amount());
            out.writeObject(value.memo(), String.class);
          }

          @Override
          public Entry read(ValueReader in) {
            long amount = in.readLong();
            String memo = in.readObject(String.class);
            return new Entry(amount, memo);
          }
        }
      }
      """;

  static final String TELLER_PROXY = """
      package com.acme;

      import io.proxima.spi.Call;
      import io.proxima.spi.Invoker;
      import io.proxima.spi.RemoteProxy;
      import java.lang.Long;
      import java.lang.Override;
      import java.lang.String;
      import java.util.concurrent.CompletableFuture;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Teller_Proxy extends RemoteProxy implements Teller {
        public Teller_Proxy(Invoker invoker) {
          super(invoker);
        }

        @Override
        public void deposit(long amount) throws LimitExceeded {
          try (Call call = invoker.newCall(Teller_Descriptor.DEPOSIT)) {
            call.writeLong(amount);
            call.invoke();
          }
        }

        @Override
        public CompletableFuture<Long> balanceAsync(String currency) {
          try (Call call = invoker.newCall(Teller_Descriptor.BALANCE_ASYNC)) {
            call.writeObject(currency, String.class);
            return call.invokeAsync();
          }
        }

        @Override
        public void audit(String line) {
          try (Call call = invoker.newCall(Teller_Descriptor.AUDIT)) {
            call.writeObject(line, String.class);
            call.invokeOneWay();
          }
        }
      }
      """;

  static final String TELLER_SKELETON = """
      package com.acme;

      import io.proxima.spi.ValueReader;
      import io.proxima.spi.ValueWriter;
      import java.lang.String;
      import java.util.Objects;
      import java.util.concurrent.CompletionStage;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      final class Teller_Skeleton {
        private Teller_Skeleton() {
        }

        static void deposit(Teller target, ValueReader arguments, ValueWriter result) throws
            LimitExceeded {
          long amount = arguments.readLong();
          target.deposit(amount);
        }

        static CompletionStage<?> balanceAsync(Teller target, ValueReader arguments) {
          String currency = arguments.readObject(String.class);
          return Objects.requireNonNull(target.balanceAsync(currency),
              "Teller.balanceAsync(java.lang.String) returned null instead of a future");
        }

        static void audit(Teller target, ValueReader arguments, ValueWriter result) {
          String line = arguments.readObject(String.class);
          target.audit(line);
        }
      }
      """;

  // Synchronous and one-way methods have written their result (if any) when the skeleton returns;
  // an asynchronous one returns the target's future.
  static final String TELLER_DISPATCHER = """
      package com.acme;

      import io.proxima.spi.Dispatcher;
      import io.proxima.spi.ValueReader;
      import io.proxima.spi.ValueWriter;
      import java.lang.Exception;
      import java.lang.Override;
      import java.util.concurrent.CompletionStage;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Teller_Dispatcher implements Dispatcher {
        private final Teller target;

        public Teller_Dispatcher(Teller target) {
          this.target = target;
        }

        @Override
        public CompletionStage<?> dispatch(int methodId, ValueReader arguments, ValueWriter result) throws
            Exception {
          switch (methodId) {
            case 0xaf21d499:
              Teller_Skeleton.deposit(target, arguments, result);
              return WRITTEN;
            case 0x423c204b:
              return Teller_Skeleton.balanceAsync(target, arguments);
            case 0x97b18a02:
              Teller_Skeleton.audit(target, arguments, result);
              return WRITTEN;
            default:
              return null;
          }
        }
      }
      """;

  // Pinned like Account's. The first 8 bytes of SHA-256 of:
  //   interface com.acme.Teller
  //   oneway void audit(java.lang.String)
  //   async java.lang.Long balanceAsync(java.lang.String)
  //   method void deposit(long) throws com.acme.LimitExceeded
  //   value com.acme.LimitExceeded
  //    limit:long
  // The timeouts (5000 from the interface, 200 of balanceAsync) and the @Idempotent of balanceAsync
  // are not part of it.
  static final String TELLER_DESCRIPTOR = """
      package com.acme;

      import io.proxima.spi.Dispatcher;
      import io.proxima.spi.Invoker;
      import io.proxima.spi.MethodDescriptor;
      import io.proxima.spi.RemoteInterface;
      import java.lang.Class;
      import java.lang.Long;
      import java.lang.Override;
      import java.util.List;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Teller_Descriptor implements RemoteInterface<Teller> {
        public static final long FINGERPRINT = 0x69689d05cbd40caaL;

        public static final MethodDescriptor DEPOSIT = MethodDescriptor.sync(Teller.class, "deposit(long)", 0xaf21d499, List.of(LimitExceeded.class)).withTimeoutMillis(5000);

        public static final MethodDescriptor BALANCE_ASYNC = MethodDescriptor.async(Teller.class, "balanceAsync(java.lang.String)", 0x423c204b, List.of(), Long.class).withTimeoutMillis(200).asIdempotent();

        public static final MethodDescriptor AUDIT = MethodDescriptor.oneWay(Teller.class, "audit(java.lang.String)", 0x97b18a02).withTimeoutMillis(5000);

        public Teller_Descriptor() {
        }

        @Override
        public Class<Teller> type() {
          return Teller.class;
        }

        @Override
        public long fingerprint() {
          return FINGERPRINT;
        }

        @Override
        public List<MethodDescriptor> methods() {
          return List.of(DEPOSIT, BALANCE_ASYNC, AUDIT);
        }

        @Override
        public List<Class<?>> valueTypes() {
          return List.of(LimitExceeded.class);
        }

        @Override
        public Teller newProxy(Invoker invoker) {
          return new Teller_Proxy(invoker);
        }

        @Override
        public Dispatcher newDispatcher(Teller target) {
          return new Teller_Dispatcher(target);
        }
      }
      """;
}
