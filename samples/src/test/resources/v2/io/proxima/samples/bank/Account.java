package io.proxima.samples.bank;

import io.proxima.Remote;
import java.util.List;

/** A later version of the sample's Account, with one more method: its fingerprint differs. */
@Remote
public interface Account {
  String owner();

  long balance();

  long deposit(long amount) throws LimitExceededException;

  long withdraw(long amount) throws InsufficientFundsException;

  List<Transaction> history(int limit);

  Order pay(Order order) throws InsufficientFundsException;

  String nickname();
}
