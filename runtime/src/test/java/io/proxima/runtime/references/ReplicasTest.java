package io.proxima.runtime.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proxima.RemoteTimeoutException;
import io.proxima.runtime.Node;
import io.proxima.runtime.ReplicaSelector;
import io.proxima.runtime.Replicas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One proxy over several replicas: load spreading, and failover only where a call cannot run twice. */
class ReplicasTest {
  private final List<Node> nodes = new ArrayList<>();
  private Node client;

  @AfterEach
  void stop() {
    client.close();
    nodes.forEach(Node::close);
  }

  /** Starts a server node per replica and returns the client's proxies of them. */
  private List<Replica> replicas(ReplicaImpl... impls) {
    client = Node.builder().start();
    List<Replica> proxies = new ArrayList<>();
    for (ReplicaImpl impl : impls) {
      Node server = Node.builder().port(0).start();
      nodes.add(server);
      proxies.add(client.proxy(server.export(impl), Replica.class));
    }
    return proxies;
  }

  @Test
  void roundRobin_spreadsCallsEvenly() {
    ReplicaImpl first = new ReplicaImpl(1, 0);
    ReplicaImpl second = new ReplicaImpl(2, 0);
    Replica service = Replicas.of(Replica.class, replicas(first, second));
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(service.id());
    }
    assertEquals(List.of(1, 2, 1, 2, 1, 2), ids);
  }

  @Test
  void deadReplica_isSkipped_callsSucceedOnTheOthers() {
    ReplicaImpl first = new ReplicaImpl(1, 0);
    ReplicaImpl second = new ReplicaImpl(2, 0);
    Replica service = Replicas.of(Replica.class, replicas(first, second));
    nodes.get(0).close(); // connection refused from now on: the call never left
    for (int i = 0; i < 4; i++) {
      assertEquals(2, service.id());
    }
    assertEquals(4, second.calls.get());
  }

  @Test
  void idempotentMethod_movesOnAfterATimeout_otherMethodsDoNot() {
    ReplicaImpl slow = new ReplicaImpl(1, 1_000);
    ReplicaImpl fast = new ReplicaImpl(2, 0);
    Replica service = Replicas.of(Replica.class, replicas(slow, fast), ReplicaSelector.primaryFirst());
    assertEquals(2, service.idempotentId(), "timed out on the slow replica, then answered by the other");
    assertThrows(RemoteTimeoutException.class, service::onceId);
    assertEquals(1, fast.calls.get(), "the non-idempotent call was not sent to a second replica");
  }

  @Test
  void singleReplica_isReturnedAsItIs() {
    List<Replica> one = replicas(new ReplicaImpl(1, 0));
    assertSame(one.get(0), Replicas.of(Replica.class, one));
  }
}
