package io.proxima.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import io.proxima.ConnectionLostException;
import io.proxima.MarshallingException;
import io.proxima.NoSuchObjectException;
import io.proxima.NodeClosedException;
import io.proxima.RemoteException;
import io.proxima.RemoteRef;
import io.proxima.RemoteTimeoutException;
import io.proxima.ServerUnreachableException;
import io.proxima.runtime.internal.transport.Frames;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Timeouts, unreachable and vanished servers, unexported objects, restarts and graceful close. */
class NodeLifecycleTest {

  @Test
  void callToAPortWithNoServer_failsFastWithServerUnreachable() throws IOException {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0)) {
      freePort = probe.getLocalPort();
    }
    try (Node server = Node.builder().port(0).start(); Node client = Node.builder().start()) {
      RemoteRef live = server.export(new ValuesImpl());
      RemoteRef dead = new RemoteRef("127.0.0.1", freePort, live.incarnation(), live.objectId(), live.interfaceName(),
          live.fingerprint());
      long started = System.nanoTime();
      ServerUnreachableException thrown =
          assertThrows(ServerUnreachableException.class, () -> client.proxy(dead, Values.class).add(1, 2));
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "fails fast");
      assertTrue(thrown.getMessage().contains("127.0.0.1:" + freePort), thrown.getMessage());
      assertTrue(thrown.getMessage().contains("Values.add(int,int)"), thrown.getMessage());
    }
  }

  @Test
  void slowCall_failsWithTimeout_namingMethodAndEndpoint() {
    try (Node server = Node.builder().port(0).start();
        Node client = Node.builder().callTimeout(Duration.ofMillis(200)).start()) {
      RemoteRef ref = server.export(new FailingImpl());
      Failing failing = client.proxy(ref, Failing.class);
      RemoteTimeoutException thrown = assertThrows(RemoteTimeoutException.class, () -> failing.sleep(2_000));
      assertTrue(thrown.getMessage().contains("Failing.sleep(long)"), thrown.getMessage());
      assertTrue(thrown.getMessage().contains(ref.endpoint()), thrown.getMessage());
      assertEquals(1, failing.sleep(1), "the connection still serves later calls");
    }
  }

  @Test
  void unexportedObject_failsWithNoSuchObject() {
    try (Node server = Node.builder().port(0).start(); Node client = Node.builder().start()) {
      ValuesImpl target = new ValuesImpl();
      Values values = client.proxy(server.export(target), Values.class);
      assertEquals(3, values.add(1, 2));
      assertTrue(server.unexport(target));
      NoSuchObjectException thrown = assertThrows(NoSuchObjectException.class, () -> values.add(1, 2));
      assertTrue(thrown.getMessage().contains("Values.add(int,int)"), thrown.getMessage());
    }
  }

  @Test
  void referenceFromBeforeAServerRestart_failsWithNoSuchObject_sayingItRestarted() {
    try (Node client = Node.builder().start()) {
      RemoteRef old;
      int port;
      try (Node first = Node.builder().port(0).start()) {
        old = first.export(new ValuesImpl());
        port = first.localAddress().getPort();
        assertEquals(3, client.proxy(old, Values.class).add(1, 2));
      }
      try (Node second = Node.builder().port(port).start()) {
        second.export(new ValuesImpl());
        NoSuchObjectException thrown =
            assertThrows(NoSuchObjectException.class, () -> client.proxy(old, Values.class).add(1, 2));
        assertTrue(thrown.getMessage().contains("restarted"), thrown.getMessage());
      }
    }
  }

  /** A value class whose inherited fields Kryo may not reach: the JDK does not open java.util to it. */
  static final class SeededRandom extends java.util.Random {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void typeThatCannotBeEncoded_failsTheStart() {
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Node.builder().allowTypes(SeededRandom.class).start());
    assertTrue(thrown.getMessage().contains("cannot encode " + SeededRandom.class.getName()), thrown.getMessage());
  }

  @Test
  void nodesStartedAndClosed_leaveNoFileDescriptorOpen() {
    assumeTrue(ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean,
        "the JVM counts open descriptors on Unix only");
    UnixOperatingSystemMXBean os = (UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    callAcrossTwoNodes(); // the first nodes of a JVM open what it keeps for good
    long before = os.getOpenFileDescriptorCount();
    for (int i = 0; i < 5; i++) {
      callAcrossTwoNodes();
    }
    long after = os.getOpenFileDescriptorCount();
    // Descriptors the collector frees from other tests may lower the count, never raise it.
    assertTrue(after <= before, "open descriptors went from " + before + " to " + after + " over five rounds");
  }

  /** Listening sockets, selectors, a connection each way of a call, and the channel each node sets up as it starts. */
  private static void callAcrossTwoNodes() {
    try (Node server = Node.builder().port(0).start(); Node client = Node.builder().start()) {
      assertEquals(3, client.proxy(server.export(new ValuesImpl()), Values.class).add(1, 2));
    }
  }

  @Test
  void ioPollOutsideItsRange_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> Node.builder().ioPoll(Duration.ofNanos(-1)));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Node.builder().ioPoll(Duration.ofSeconds(1)));
    assertTrue(thrown.getMessage().contains("ioPoll must be in 0..10 ms"), thrown.getMessage());
  }

  @Test
  void nodeThatNeverPolls_stillServesCalls() {
    try (Node server = Node.builder().port(0).ioPoll(Duration.ZERO).start();
        Node client = Node.builder().ioPoll(Duration.ZERO).start()) {
      RemoteRef ref = server.export(new ValuesImpl());
      assertEquals(3, client.proxy(ref, Values.class).add(1, 2));
    }
  }

  @Test
  void serverThatDropsTheConnectionDuringACall_failsTheCallWithConnectionLost() throws Exception {
    try (ServerSocket dropper = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Node client = Node.builder().start()) {
      CompletableFuture<Void> dropped = CompletableFuture.runAsync(() -> {
        try (Socket accepted = dropper.accept()) {
          accepted.getInputStream().readNBytes(Frames.LENGTH_FIELD_BYTES + 1 + Frames.HELLO_BODY_BYTES); // the client's hello
          accepted.getInputStream().read(); // the request has arrived: now vanish
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      RemoteRef ref = new RemoteRef("127.0.0.1", dropper.getLocalPort(), 1, io.proxima.ObjectId.random(),
          Values.class.getName(), 0);
      ConnectionLostException thrown =
          assertThrows(ConnectionLostException.class, () -> client.proxy(ref, Values.class).add(1, 2));
      assertTrue(thrown.getMessage().contains("Values.add(int,int)"), thrown.getMessage());
      assertTrue(thrown.getMessage().contains("may or may not have run"), thrown.getMessage());
      dropped.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void close_letsRunningCallsFinish_andRefusesNewOnes() throws Exception {
    Node server = Node.builder().port(0).start();
    try (Node client = Node.builder().start()) {
      Failing failing = client.proxy(server.export(new FailingImpl()), Failing.class);
      CompletableFuture<Long> running = CompletableFuture.supplyAsync(() -> failing.sleep(500));
      Thread.sleep(150); // let the call reach the server
      CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
      Thread.sleep(100); // the server is now draining
      NodeClosedException refused = assertThrows(NodeClosedException.class, () -> failing.sleep(1));
      assertTrue(refused.getMessage().contains("shutting down"), refused.getMessage());
      assertEquals(500, running.get(5, TimeUnit.SECONDS), "the running call completed");
      closing.get(5, TimeUnit.SECONDS);
      assertTrue(server.isClosed());
      // Closed: the call finds the connection gone, or closing under it; either way it is not served.
      RemoteException after = assertThrows(RemoteException.class, () -> failing.sleep(1));
      assertTrue(after instanceof ServerUnreachableException || after instanceof ConnectionLostException,
          "unexpected " + after);
    }
  }

  @Test
  void closedNode_refusesToCall() {
    Node server = Node.builder().port(0).start();
    Node client = Node.builder().start();
    try {
      Values values = client.proxy(server.export(new ValuesImpl()), Values.class);
      client.close();
      assertThrows(NodeClosedException.class, () -> values.add(1, 2));
    } finally {
      server.close();
    }
  }

  @Test
  void argumentsLargerThanAFrame_areRefusedBeforeSending() {
    try (Node server = Node.builder().port(0).start();
        Node client = Node.builder().maxFrameBytes(64 * 1024).start()) {
      Values values = client.proxy(server.export(new ValuesImpl()), Values.class);
      MarshallingException thrown = assertThrows(MarshallingException.class, () -> values.reverse(new byte[100_000]));
      assertTrue(thrown.getMessage().contains("maxFrameBytes"), thrown.getMessage());
      assertEquals(3, values.add(1, 2));
    }
  }

  @Test
  void proxyForAnotherInterface_isRefused() {
    try (Node server = Node.builder().port(0).start(); Node client = Node.builder().start()) {
      RemoteRef ref = server.export(new ValuesImpl());
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> client.proxy(ref, Failing.class));
      assertTrue(thrown.getMessage().contains(Values.class.getName()), thrown.getMessage());
    }
  }
}
