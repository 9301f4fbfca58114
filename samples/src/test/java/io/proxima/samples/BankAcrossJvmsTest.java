package io.proxima.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.ConnectionLostException;
import io.proxima.RemoteException;
import io.proxima.RemoteRef;
import io.proxima.RemoteStackTrace;
import io.proxima.ServerUnreachableException;
import io.proxima.runtime.Node;
import io.proxima.samples.bank.Account;
import io.proxima.samples.bank.BankServer;
import io.proxima.samples.bank.InsufficientFundsException;
import io.proxima.samples.bank.LimitExceededException;
import io.proxima.samples.bank.Order;
import io.proxima.samples.bank.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bank sample with its server in a separate JVM: real calls over a real socket. */
class BankAcrossJvmsTest {
  private final Queue<String> serverOutput = new ConcurrentLinkedQueue<>();

  @Test
  void callsReachTheServerJvm_withValuesAndExceptionsIntact() throws Exception {
    try (ChildJvm server = startServer(); Node client = Node.builder().start()) {
      Account alice = client.proxy(RemoteRef.parse(server.readyDetail()), Account.class);

      assertEquals("alice", alice.owner());
      assertEquals(250, alice.deposit(250));
      assertEquals(150, alice.withdraw(100));

      InsufficientFundsException refused = assertThrows(InsufficientFundsException.class, () -> alice.withdraw(1_000));
      assertEquals(850, refused.shortBy(), "the exception's own field travelled");
      assertTrue(refused.getMessage().contains("cannot withdraw 1000"), refused.getMessage());
      assertInstanceOf(RemoteStackTrace.class, refused.getSuppressed()[0], "the server-side trace is attached");
      assertThrows(LimitExceededException.class, () -> alice.deposit(5_000_000));
      IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> alice.deposit(-1));
      assertTrue(invalid.getMessage().contains("positive"), invalid.getMessage());

      Order order = new Order("order-1").add("tea", 4).add("cake", 6);
      Order paid = alice.pay(order);
      assertTrue(paid.paid());
      assertEquals("paid by alice", paid.notes().get("payment"));
      assertFalse(order.paid(), "the caller's order is a different object: a deep copy went to the server");
      assertEquals(2, paid.lines().size());

      List<Transaction> history = alice.history(10);
      assertEquals(List.of(Transaction.Kind.WITHDRAWAL, Transaction.Kind.WITHDRAWAL, Transaction.Kind.DEPOSIT),
          history.stream().map(Transaction::kind).toList());
      assertEquals(140, alice.balance());
      assertEquals(140, alice.balanceAsync().get(10, TimeUnit.SECONDS), "asynchronous call across JVMs");
      alice.audit("checked");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (alice.auditLog().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(List.of("checked"), alice.auditLog(), "the one-way call reached the server JVM");
      assertTrue(serverOutput.contains("[server] deposit(250) -> 250"), "the server JVM logged the call: " + serverOutput);
    }
  }

  @Test
  void killedServer_failsCallsFast_andNeverHangs() throws Exception {
    try (ChildJvm server = startServer(); Node client = Node.builder().start()) {
      Account alice = client.proxy(RemoteRef.parse(server.readyDetail()), Account.class);
      assertEquals(100, alice.deposit(100));
      server.kill();
      long started = System.nanoTime();
      RemoteException thrown = assertThrows(RemoteException.class, alice::balance);
      assertTrue(thrown instanceof ServerUnreachableException || thrown instanceof ConnectionLostException,
          "unexpected " + thrown);
      assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "failed fast");
      assertThrows(ServerUnreachableException.class, alice::balance, "later calls cannot connect");
    }
  }

  private ChildJvm startServer() throws Exception {
    return ChildJvm.start(BankServer.class, List.of(), serverOutput::add, Duration.ofSeconds(30));
  }
}
