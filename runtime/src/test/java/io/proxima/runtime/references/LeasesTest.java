package io.proxima.runtime.references;

import static io.proxima.runtime.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Distributed garbage collection by leases, with short leases. The tests call {@code System.gc()}
 * to make a dropped proxy unreachable at once; the runtime itself never does.
 */
class LeasesTest {
  private Node server;
  private Node client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private HubImpl hub;
  private RemoteRef hubRef;
  /** The client's proxy of the hub, held by the test so that its lease stays. */
  private Hub hubProxy;

  /** Starts a server exporting a hub with {@code leaseTime}, and a client; returns the client's proxy of the hub. */
  private Hub startWithLease(Duration leaseTime) {
    server = Node.builder().port(0).leaseTime(leaseTime).start();
    client = Node.builder().start();
    hub = new HubImpl(() -> server);
    hubRef = server.export(hub);
    hubProxy = client.proxy(hubRef, Hub.class);
    return hubProxy;
  }

  @Test
  void droppedProxy_isReleasedPromptly_thenItsObjectUnexportedAndTold() throws Exception {
    Counter counter = startWithLease(Duration.ofSeconds(3)).newCounter();
    assertEquals(1, counter.increment());
    eventually(() -> server.references().liveLeases() == 2, "the client leases the hub and the counter");
    Thread.sleep(3_500); // past the first lease time: only renewals keep the counter now

    counter = null;
    long dropped = System.nanoTime();
    eventually(() -> {
      System.gc();
      return server.references().liveLeases() == 1;
    }, "the client released the counter's lease");
    long releasedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - dropped);
    assertTrue(releasedMillis < 2_000, "released " + releasedMillis + " ms after the drop, before any lease could expire");
    assertTrue(hub.created.get(0).unreferenced.await(5, TimeUnit.SECONDS), "the counter's Unreferenced hook ran");
    assertEquals(1, server.references().exportedObjects(), "only the pinned hub is left");
    assertEquals(1, client.references().importedProxies(), "only the hub's proxy is left");
  }

  @Test
  void holderThatStopsRenewing_losesItsLeases_butPinnedObjectsStay() throws Exception {
    Counter counter = startWithLease(Duration.ofMillis(1_000)).newCounter();
    counter.increment();
    eventually(() -> server.references().liveLeases() == 2, "the client leases the hub and the counter");
    client.close(); // stops renewing without releasing, as a crashed client would
    long closed = System.nanoTime();
    assertTrue(hub.created.get(0).unreferenced.await(5, TimeUnit.SECONDS), "the counter was collected");
    long collectedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed);
    assertTrue(collectedMillis >= 500, "not before the lease could expire: " + collectedMillis + " ms");
    assertEquals(0, server.references().liveLeases());
    assertEquals(1, server.references().exportedObjects(), "the pinned hub stays exported without leases");
    Reference.reachabilityFence(counter); // the proxy was reachable all along: only the lease's expiry collected it
  }

  @Test
  void clientObjectHeldByTheServer_isCollectedOnTheClient_whenTheServerDropsIt() throws Exception {
    startWithLease(Duration.ofSeconds(1));
    client.close();
    client = Node.builder().leaseTime(Duration.ofSeconds(1)).start();
    Hub remoteHub = client.proxy(hubRef, Hub.class);
    CounterImpl mine = new CounterImpl();
    remoteHub.keep(mine);
    assertEquals(1, remoteHub.incrementKept());
    assertEquals(1, client.references().exportedObjects());
    eventually(() -> client.references().liveLeases() == 1, "the server leases the client's counter");

    remoteHub.forget();
    eventually(() -> {
      System.gc();
      return client.references().exportedObjects() == 0;
    }, "the client unexported its counter once the server dropped its proxy");
    assertTrue(mine.unreferenced.await(5, TimeUnit.SECONDS));
  }
}
