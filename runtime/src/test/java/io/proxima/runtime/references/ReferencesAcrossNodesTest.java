package io.proxima.runtime.references;

import static io.proxima.runtime.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.NoSuchObjectException;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.spi.RemoteProxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pass-by-reference between a server node and a client node that does not listen: the server can
 * reach the client only over the connection the client opened.
 */
class ReferencesAcrossNodesTest {
  private Node server;
  private Node client;
  private HubImpl serverHub;
  private Hub hub;

  @BeforeEach
  void start() {
    server = Node.builder().port(0).start();
    client = Node.builder().start();
    serverHub = new HubImpl(() -> server);
    RemoteRef ref = server.export(serverHub);
    hub = client.proxy(ref, Hub.class);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void returnedRemoteObject_arrivesAsAProxy_whoseCallsReachTheServerObject() {
    Counter counter = hub.newCounter();
    assertInstanceOf(RemoteProxy.class, counter);
    assertEquals(1, counter.increment());
    assertEquals(2, counter.increment());
    assertEquals(2, server.references().exportedObjects(), "the hub, pinned, and the counter, exported on demand");
    assertEquals(2, client.references().importedProxies(), "the hub's proxy and the counter's");
  }

  @Test
  void clientObjectAsArgument_isCalledBackOverTheClientsConnection() {
    CounterImpl mine = new CounterImpl();
    assertEquals(1, hub.incrementAll(List.of(mine)));
    assertEquals(1, mine.value(), "the server's call ran on the client's object");
    assertNull(client.localAddress(), "the client does not listen: the call came over its own connection");
    assertEquals(1, client.references().exportedObjects());
  }

  @Test
  void remoteObjects_travelByReference_inArraysMapsAndFieldsOfValues() {
    CounterImpl first = new CounterImpl();
    CounterImpl second = new CounterImpl();
    assertEquals(2, hub.incrementArray(new Counter[] {first, second}));
    assertEquals(4, hub.incrementValues(Map.of("a", first, "b", second)));
    assertEquals(3, hub.incrementHeld(new Holder("label", first)));
    assertEquals(3, first.value());
    assertEquals(2, second.value());
  }

  @Test
  void referenceComingHome_becomesTheOriginalObject_onBothSides() {
    CounterImpl mine = new CounterImpl();
    assertSame(mine, hub.echo(mine), "the client's own object came back as itself");
    Counter theirs = hub.counterNamed("x");
    assertTrue(hub.isLocal(theirs), "the server's object reached the server as itself, not a proxy");
    assertSame(theirs, hub.echo(theirs));
  }

  @Test
  void sameRemoteObject_yieldsTheSameProxy_andProxiesCompareByRemoteObject() {
    Counter first = hub.counterNamed("x");
    Counter again = hub.counterNamed("x");
    Counter other = hub.counterNamed("y");
    assertSame(first, again);
    assertNotEquals(first, other);
    assertEquals(first.hashCode(), again.hashCode());
    assertTrue(first.toString().contains(RemoteProxy.refOf(first).objectId().toString()), first.toString());
    CounterImpl mine = new CounterImpl();
    assertTrue(hub.same(mine, mine), "one client object passed twice reaches the server as one proxy");
  }

  @Test
  void thirdParty_callsGoStraightToTheExportingNode() {
    HubImpl middleHub = new HubImpl(() -> null);
    try (Node middle = Node.builder().port(0).start()) {
      Hub middleProxy = client.proxy(middle.export(middleHub), Hub.class);
      middleProxy.keep(hub.counterNamed("shared"));
      client.close(); // the node that passed the reference is gone: only a direct path is left
      assertEquals(1, middleHub.incrementKept());
      assertEquals(1, serverHub.counterNamed("shared").value());
    }
  }

  @Test
  void callbacks_reachASubscribedClient() {
    List<String> events = new CopyOnWriteArrayList<>();
    hub.subscribe(events::add);
    assertEquals(1, hub.publish("opened"));
    assertEquals(List.of("opened"), events);
  }

  @Test
  void reentrantCallbacks_toDepthFive_doNotDeadlock() {
    Bouncer onServer = client.proxy(server.export(new BouncerImpl()), Bouncer.class);
    assertEquals(5, onServer.bounce(new BouncerImpl(), 5));
  }

  @Test
  void unexportedObject_failsWithNoSuchObject() {
    Counter counter = hub.counterNamed("doomed");
    counter.increment();
    hub.drop("doomed");
    NoSuchObjectException stale = assertThrows(NoSuchObjectException.class, counter::increment);
    assertTrue(stale.getMessage().contains("unexported"), stale.getMessage());
  }

  @Test
  void countsReport_exportsImportsAndLeases() throws Exception {
    Counter counter = hub.newCounter();
    eventually(() -> server.references().liveLeases() >= 2, "the client leases the hub and the counter");
    assertEquals(2, server.references().exportedObjects());
    assertEquals(2, client.references().importedProxies());
    assertEquals(0, client.references().exportedObjects());
    assertEquals(1, counter.increment());
  }

  @Test
  void proxyOfThisNodesOwnObject_isTheObjectItself() {
    CounterImpl mine = new CounterImpl();
    RemoteRef ref = server.export(mine);
    assertSame(mine, server.proxy(ref, Counter.class));
    assertInstanceOf(RemoteProxy.class, client.proxy(ref, Counter.class));
  }
}
