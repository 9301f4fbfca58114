package io.proxima.samples.bank;

import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.ChildJvm;

/**
 * A server JVM: exports Alice's account and prints a reference to it, then serves until it is
 * stopped (SIGTERM or Ctrl-C close the node gracefully).
 *
 * <p>Usage: {@code BankServer [port]} (default: a free port).
 */
public final class BankServer {
  private BankServer() {}

  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    Node node = Node.builder().port(port).start();
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "bank-server-shutdown"));
    RemoteRef alice = node.export(new AccountImpl("alice", line -> System.out.println("[server] " + line)));
    System.out.println("[server] listening on " + node.localAddress() + ", exported alice's account");
    System.out.println(ChildJvm.READY + alice.toUri());
    node.awaitTermination();
  }
}
