package io.proxima.samples.bank;

import io.proxima.Remote;
import java.util.List;

/** A bank account that lives in a server JVM and is called from client JVMs. */
@Remote
public interface Account {
  String owner();

  long balance();

  /** Adds {@code amount}; returns the new balance. */
  long deposit(long amount) throws LimitExceededException;

  /** Takes {@code amount} away; returns the new balance. */
  long withdraw(long amount) throws InsufficientFundsException;

  /** The latest transactions, newest first. */
  List<Transaction> history(int limit);

  /** Pays every line of {@code order} and returns the order, marked paid (the caller's copy is untouched). */
  Order pay(Order order) throws InsufficientFundsException;
}
