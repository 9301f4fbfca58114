package io.proxima.processor;

/** The code generated for {@link Fixtures#ACCOUNT}, byte for byte. */
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
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Account_Dispatcher implements Dispatcher {
        private final Account target;

        public Account_Dispatcher(Account target) {
          this.target = target;
        }

        @Override
        public boolean dispatch(int methodId, ValueReader arguments, ValueWriter result) throws
            Exception {
          switch (methodId) {
            case 0xc252f9e2:
              Account_Skeleton.balance(target, arguments, result);
              return true;
            case 0xaf21d499:
              Account_Skeleton.deposit(target, arguments, result);
              return true;
            case 0xfb24933e:
              Account_Skeleton.history(target, arguments, result);
              return true;
            default:
              return false;
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
      import java.lang.Class;
      import java.lang.Override;
      import java.util.List;
      import javax.annotation.processing.Generated;

      @Generated("io.proxima.processor.RemoteProcessor")
      public final class Account_Descriptor implements RemoteInterface<Account> {
        public static final long FINGERPRINT = 0xcf6d3075ac67adecL;

        public static final MethodDescriptor BALANCE = new MethodDescriptor(Account.class, "balance()", 0xc252f9e2, List.of());

        public static final MethodDescriptor DEPOSIT = new MethodDescriptor(Account.class, "deposit(long)", 0xaf21d499, List.of(LimitExceeded.class));

        public static final MethodDescriptor HISTORY = new MethodDescriptor(Account.class, "history(int)", 0xfb24933e, List.of());

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
        public Account newProxy(Invoker invoker) {
          return new Account_Proxy(invoker);
        }

        @Override
        public Dispatcher newDispatcher(Account target) {
          return new Account_Dispatcher(target);
        }
      }
      """;
}
