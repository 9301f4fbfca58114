package io.proxima.samples.bank;

import io.proxima.OneWay;
import io.proxima.Remote;
import io.proxima.Timeout;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A later version of the sample's Account, with one more method: its fingerprint differs. */
@Remote
@Timeout(millis = 10_000)
public interface Account {
  String owner();

  long balance();

  long deposit(long amount) throws LimitExceededException;

  long withdraw(long amount) throws InsufficientFundsException;

  List<Transaction> history(int limit);

  CompletableFuture<Long> balanceAsync();

  @OneWay
  void audit(String line);

  List<String> auditLog();

  Order pay(Order order) throws InsufficientFundsException;

  String nickname();
}
