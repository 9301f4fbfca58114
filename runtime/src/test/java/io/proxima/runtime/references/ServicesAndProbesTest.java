package io.proxima.runtime.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.NoSuchObjectException;
import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.spi.RemoteProxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Well-known exports, opaque proxies, probes, and what a method learns of its caller. */
class ServicesAndProbesTest {
  private static final ObjectId WELL_KNOWN = new ObjectId(0, 77);

  @Test
  void wellKnownObject_isReachedWithoutKnowingTheNodesIncarnation_otherObjectsAreNot() {
    try (Node server = Node.builder().port(0).start(); Node client = Node.builder().start()) {
      RemoteRef ref = server.exportWellKnown(WELL_KNOWN, new ReplicaImpl(7, 0), Replica.class);
      assertEquals(RemoteRef.ANY_INCARNATION, ref.incarnation());
      assertEquals(7, client.proxy(ref, Replica.class).id());

      RemoteRef pinned = server.export(new ReplicaImpl(8, 0));
      RemoteRef guessed = new RemoteRef(pinned.host(), pinned.port(), RemoteRef.ANY_INCARNATION, pinned.objectId(),
          pinned.interfaceName(), pinned.fingerprint());
      NoSuchObjectException refused = assertThrows(NoSuchObjectException.class, () -> client.proxy(guessed, Replica.class).id());
      assertTrue(refused.getMessage().contains("restarted"), refused.getMessage());
    }
  }

  @Test
  void wellKnownObjectsOfTwoNodes_getTwoProxies() {
    try (Node first = Node.builder().port(0).start(); Node second = Node.builder().port(0).start();
        Node client = Node.builder().start()) {
      Replica one = client.proxy(first.exportWellKnown(WELL_KNOWN, new ReplicaImpl(1, 0), Replica.class), Replica.class);
      Replica two = client.proxy(second.exportWellKnown(WELL_KNOWN, new ReplicaImpl(2, 0), Replica.class), Replica.class);
      assertEquals(1, one.id());
      assertEquals(2, two.id());
      assertNotEquals(one, two);
    }
  }

  @Test
  void nodeThatDoesNotKnowAnInterface_holdsAnOpaqueProxy_andPassesItOnIntact() {
    try (Node server = Node.builder().port(0).start();
        Node unaware = Node.builder().port(0).classLoader(ClassLoader.getPlatformClassLoader()).start();
        Node client = Node.builder().start()) {
      RemoteRef counter = server.export(new CounterImpl());
      Object opaque = unaware.proxy(counter);
      assertInstanceOf(RemoteProxy.class, opaque);
      assertThrows(IllegalStateException.class, () -> RemoteProxy.invokerOf(opaque).newCall(null));
      assertEquals(counter, RemoteProxy.refOf(opaque));
      assertSame(opaque, unaware.proxy(counter), "one proxy per remote object, opaque or not");
      assertEquals(1, client.proxy(RemoteProxy.refOf(opaque), Counter.class).increment());
    }
  }

  @Test
  void probe_namesTheObjectsANodeNoLongerExports_andFailsFastForARestartedNode() {
    try (Node client = Node.builder().start()) {
      RemoteRef kept;
      RemoteRef dropped;
      try (Node server = Node.builder().port(0).start()) {
        CounterImpl gone = new CounterImpl();
        kept = server.export(new CounterImpl());
        dropped = server.export(gone);
        server.unexport(gone);
        assertEquals(List.of(dropped), client.probe(List.of(kept, dropped)));
      }
      try (Node restarted = Node.builder().port(kept.port()).start()) {
        NoSuchObjectException stale = assertThrows(NoSuchObjectException.class, () -> client.probe(List.of(kept)));
        assertTrue(stale.getMessage().contains("restarted"), stale.getMessage());
      }
    }
  }

  @Test
  void methodSeesItsCallersAddress_includingAChosenSourceAddress() {
    try (Node server = Node.builder().port(0).start();
        Node client = Node.builder().sourceAddress("127.0.0.2").start()) {
      Replica replica = client.proxy(server.export(new ReplicaImpl(1, 0)), Replica.class);
      assertTrue(replica.caller().startsWith("/127.0.0.2:"), replica.caller());
    }
  }
}
