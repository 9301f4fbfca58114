package io.proxima.samples.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The server's account: a plain object, with no knowledge that it is called remotely. */
public final class AccountImpl implements Account {
  /** The largest single deposit. */
  public static final long DEPOSIT_LIMIT = 1_000_000;

  private final String owner;
  private final Consumer<String> log;
  private final List<Transaction> transactions = new ArrayList<>();
  private final List<String> auditLog = new ArrayList<>();
  private long balance;

  public AccountImpl(String owner, Consumer<String> log) {
    this.owner = owner;
    this.log = log;
  }

  @Override
  public String owner() {
    return owner;
  }

  @Override
  public synchronized long balance() {
    log.accept("balance() -> " + balance);
    return balance;
  }

  @Override
  public synchronized long deposit(long amount) throws LimitExceededException {
    if (amount > DEPOSIT_LIMIT) {
      log.accept("deposit(" + amount + ") -> refused, above the limit");
      throw new LimitExceededException("a single deposit may not exceed " + DEPOSIT_LIMIT + ", got " + amount);
    }
    if (amount <= 0) {
      throw new IllegalArgumentException("deposit must be positive, got " + amount);
    }
    balance += amount;
    record(Transaction.Kind.DEPOSIT, amount);
    log.accept("deposit(" + amount + ") -> " + balance);
    return balance;
  }

  @Override
  public synchronized long withdraw(long amount) throws InsufficientFundsException {
    if (amount > balance) {
      log.accept("withdraw(" + amount + ") -> refused, balance is " + balance);
      throw new InsufficientFundsException(owner + " has " + balance + ", cannot withdraw " + amount, amount - balance);
    }
    balance -= amount;
    record(Transaction.Kind.WITHDRAWAL, amount);
    log.accept("withdraw(" + amount + ") -> " + balance);
    return balance;
  }

  @Override
  public synchronized List<Transaction> history(int limit) {
    List<Transaction> newestFirst = new ArrayList<>(transactions.size());
    for (int i = transactions.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
      newestFirst.add(transactions.get(i));
    }
    log.accept("history(" + limit + ") -> " + newestFirst.size() + " transactions");
    return newestFirst;
  }

  @Override
  public synchronized CompletableFuture<Long> balanceAsync() {
    log.accept("balanceAsync() -> " + balance);
    return CompletableFuture.completedFuture(balance);
  }

  @Override
  public synchronized void audit(String line) {
    auditLog.add(line);
    log.accept("audit(" + line + ")");
  }

  @Override
  public synchronized List<String> auditLog() {
    return new ArrayList<>(auditLog);
  }

  @Override
  public synchronized Order pay(Order order) throws InsufficientFundsException {
    withdraw(order.total());
    order.markPaid("paid by " + owner);
    log.accept("pay(" + order.reference() + ") -> paid");
    return order;
  }

  private void record(Transaction.Kind kind, long amount) {
    transactions.add(new Transaction(transactions.size() + 1, kind, amount, Instant.now()));
  }
}
