package io.proxima.samples.bank;

import io.proxima.OneWay;
import io.proxima.Remote;
import io.proxima.Timeout;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A bank account that lives in a server JVM and is called from client JVMs. */
@Remote
@Timeout(millis = 10_000)
public interface Account {
  String owner();

  long balance();

  /** Adds {@code amount}; returns the new balance. */
  long deposit(long amount) throws LimitExceededException;

  /** Takes {@code amount} away; returns the new balance. */
  long withdraw(long amount) throws InsufficientFundsException;

  /** The latest transactions, newest first. */
  List<Transaction> history(int limit);

  /** The balance, without blocking the caller. */
  CompletableFuture<Long> balanceAsync();

  /** Records a line in the server's audit log; the caller does not wait. */
  @OneWay
  void audit(String line);

  /** The audit log's lines, oldest first. */
  List<String> auditLog();

  /** Pays every line of {@code order} and returns the order, marked paid (the caller's copy is untouched). */
  Order pay(Order order) throws InsufficientFundsException;
}
