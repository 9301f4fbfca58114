package io.proxima.samples;

import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.bank.Account;
import io.proxima.samples.bank.BankClient;
import io.proxima.samples.bank.BankServer;
import java.time.Duration;
import java.util.List;

/**
 * The main job: starts a bank server in a JVM of its own, then calls it from this JVM, printing
 * both sides so a person can follow each call across the two processes.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws Exception {
    System.out.println("[demo] starting the server JVM");
    try (ChildJvm server = ChildJvm.start(BankServer.class, List.of(), System.out::println, Duration.ofSeconds(30))) {
      RemoteRef alice = RemoteRef.parse(server.readyDetail());
      System.out.println("[demo] server JVM pid " + server.pid() + " exported " + alice.toUri());
      System.out.println("[demo] client JVM pid " + ProcessHandle.current().pid() + " connects to " + alice.endpoint());
      try (Node client = Node.builder().start()) {
        BankClient.run(client.proxy(alice, Account.class), System.out);
      }
      // Let the server print the last calls it logged before it is stopped.
      Thread.sleep(200);
    }
    System.out.println("[demo] server stopped; done");
  }
}
