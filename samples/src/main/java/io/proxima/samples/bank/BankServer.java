package io.proxima.samples.bank;

import io.proxima.RemoteRef;
import io.proxima.registry.Naming;
import io.proxima.runtime.Node;
import io.proxima.samples.ChildJvm;

/**
 * A server JVM: exports Alice's account, binds it in a registry as {@code accounts/alice} when
 * given the registry's address (else prints a reference to it), then serves until it is stopped
 * (SIGTERM or Ctrl-C close the node gracefully).
 *
 * <p>Usage: {@code BankServer [proxima://registry-host:port]}.
 */
public final class BankServer {
  /** The name Alice's account is bound under. */
  public static final String NAME = "accounts/alice";

  private BankServer() {}

  public static void main(String[] args) throws InterruptedException {
    Node node = Node.builder().port(0).start();
    Runtime.getRuntime().addShutdownHook(new Thread(node::close, "bank-server-shutdown"));
    AccountImpl alice = new AccountImpl("alice", line -> System.out.println("[server] " + line));
    if (args.length > 0) {
      String url = args[0] + "/" + NAME;
      Naming.rebind(node, url, alice);
      System.out.println("[server] listening on " + node.localAddress() + ", bound alice's account as " + url);
      System.out.println(ChildJvm.READY + url);
    } else {
      RemoteRef ref = node.export(alice);
      System.out.println("[server] listening on " + node.localAddress() + ", exported alice's account");
      System.out.println(ChildJvm.READY + ref.toUri());
    }
    node.awaitTermination();
  }
}
