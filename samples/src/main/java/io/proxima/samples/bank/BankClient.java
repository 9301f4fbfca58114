package io.proxima.samples.bank;

import io.proxima.RemoteRef;
import io.proxima.registry.Naming;
import io.proxima.runtime.Node;
import java.io.PrintStream;

/**
 * A client: calls the account a server exported, printing each call and its outcome.
 *
 * <p>Usage: {@code BankClient <address>}, where the address is the registry URL of the account
 * ({@code proxima://host:port/accounts/alice}) or the reference URI a server printed.
 */
public final class BankClient {
  private BankClient() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: BankClient proxima://registry-host:port/accounts/alice | proxima://host:port?object=…");
      System.exit(2);
    }
    try (Node node = Node.builder().start()) {
      run(find(node, args[0]), System.out);
    }
  }

  /** The account at {@code address}: a registry URL, or a reference URI. */
  public static Account find(Node node, String address) {
    return address.contains("?object=")
        ? node.proxy(RemoteRef.parse(address), Account.class)
        : Naming.lookup(node, address, Account.class);
  }

  /** Makes the sample's calls on {@code account}, printing each one. */
  public static void run(Account account, PrintStream out) {
    out.println("[client] calling " + account);
    out.println("[client] owner() = " + account.owner());
    try {
      out.println("[client] deposit(250) = " + account.deposit(250));
      out.println("[client] withdraw(100) = " + account.withdraw(100));
      account.withdraw(1_000);
    } catch (InsufficientFundsException e) {
      out.println("[client] withdraw(1000) threw InsufficientFundsException: " + e.getMessage()
          + " (short by " + e.shortBy() + ")");
    } catch (LimitExceededException e) {
      throw new IllegalStateException("the sample's deposits are below the limit", e);
    }
    Order order = new Order("order-7").add("coffee", 3).add("book", 12);
    try {
      Order paid = account.pay(order);
      out.println("[client] pay(order-7) = paid " + paid.paid() + ", note '" + paid.notes().get("payment")
          + "'; the caller's copy is still paid " + order.paid());
    } catch (InsufficientFundsException e) {
      throw new IllegalStateException("the sample's balance covers the order", e);
    }
    account.audit("statement printed");
    out.println("[client] audit(\"statement printed\") sent one-way; the client did not wait");
    account.balanceAsync().thenAccept(balance -> out.println("[client] balanceAsync() completed = " + balance)).join();
    out.println("[client] history(5) = " + account.history(5));
    out.println("[client] balance() = " + account.balance());
  }
}
