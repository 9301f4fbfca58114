package io.proxima.runtime;

import static io.proxima.runtime.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.Deadline;
import io.proxima.RemoteRef;
import io.proxima.RemoteTimeoutException;
import io.proxima.ServerBusyException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadlines from annotations, scopes and calling calls; cancellation; the server's limits. */
class DeadlinesAndCancellationTest {
  private final ScheduledExecutorService completer = Executors.newScheduledThreadPool(1);
  private Node downstreamNode;
  private Node server;
  private Node client;
  private JobsImpl downstream;
  private Jobs jobs;

  @BeforeEach
  void start() {
    downstreamNode = Node.builder().port(0).start();
    downstream = new JobsImpl(completer, () -> null);
    RemoteRef downstreamRef = downstreamNode.export(downstream);
    server = Node.builder().port(0).start();
    jobs = connect(server, new JobsImpl(completer, () -> server.proxy(downstreamRef, Jobs.class)));
  }

  private Jobs connect(Node serverNode, JobsImpl target) {
    if (client == null) {
      client = Node.builder().start();
    }
    return client.proxy(serverNode.export(target), Jobs.class);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    downstreamNode.close();
    completer.shutdownNow();
  }

  @Test
  void methodTimeout_failsTheCall_namingMethodAndEndpoint_andInterruptsTheServerWork() throws Exception {
    long started = System.nanoTime();
    RemoteTimeoutException thrown = assertThrows(RemoteTimeoutException.class, () -> jobs.sleepWithShortTimeout(5_000));
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "the 150 ms timeout applied");
    assertTrue(thrown.getMessage().contains("Jobs.sleepWithShortTimeout(long)"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("150 ms"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("127.0.0.1:"), thrown.getMessage());
    eventually(jobs::interrupted, "the server's work was interrupted when the caller gave up");
  }

  @Test
  void deadlineScope_limitsEveryCallInIt() {
    try (Deadline.Scope scope = Deadline.within(Duration.ofMillis(200))) {
      assertThrows(RemoteTimeoutException.class, () -> jobs.sleep(5_000));
    }
    assertEquals(10, jobs.sleep(10), 10, "outside the scope the interface's 10 s timeout applies again");
  }

  @Test
  void deadline_travelsWithTheRequest_andIsInheritedByCallsMadeWhileServing() {
    try (Deadline.Scope scope = Deadline.within(Duration.ofMillis(2_000))) {
      long serverSees = jobs.remainingMillis();
      assertTrue(serverSees > 0 && serverSees <= 2_000, "server sees " + serverSees);
      long downstreamSees = jobs.remainingMillisDownstream();
      assertTrue(downstreamSees > 0 && downstreamSees <= 2_000, "downstream sees " + downstreamSees);
    }
    long unscoped = jobs.remainingMillisDownstream();
    assertTrue(unscoped > 2_000 && unscoped <= 10_000, "the interface's 10 s timeout: " + unscoped);
  }

  @Test
  void nestedCall_failsWhenTheCallersDeadlinePasses_andTheDownstreamWorkIsCancelled() throws Exception {
    long started = System.nanoTime();
    try (Deadline.Scope scope = Deadline.within(Duration.ofMillis(300))) {
      assertThrows(RemoteTimeoutException.class, () -> jobs.sleepDownstream(5_000));
    }
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "did not wait for the 5 s sleep");
    eventually(downstream::interrupted, "the downstream sleep was interrupted");
  }

  @Test
  void cancellingAnAsyncCall_interruptsTheRunningServerMethod() throws Exception {
    CompletableFuture<Long> call = jobs.sleepThenReply(5_000);
    Thread.sleep(200); // let it start on the server
    assertTrue(call.cancel(true));
    eventually(jobs::interrupted, "the server method observed the interruption");
  }

  @Test
  void queuedCallWhoseDeadlinePassedWhileWaiting_isNeverStarted() throws Exception {
    server.close();
    server = Node.builder().port(0).maxServerThreads(1).start();
    JobsImpl target = new JobsImpl(completer, () -> null);
    Jobs single = connect(server, target);
    CompletableFuture<Long> blocker = CompletableFuture.supplyAsync(() -> single.sleep(600));
    Thread.sleep(100);
    try (Deadline.Scope scope = Deadline.within(Duration.ofMillis(100))) {
      single.record("late"); // one-way: nobody cancels it; only its deadline stops it
    }
    single.record("after");
    assertEquals(600, blocker.get(5, TimeUnit.SECONDS), 200);
    eventually(() -> target.recorded().contains("after"), "the later call ran");
    assertEquals(List.of("after"), target.recorded());
  }

  @Test
  void fullServer_refusesAtOnceWithServerBusy() throws Exception {
    server.close();
    server = Node.builder().port(0).maxServerThreads(1).maxQueuedCalls(1).start();
    Jobs tiny = connect(server, new JobsImpl(completer, () -> null));
    CompletableFuture<Long> running = tiny.sleepThenReply(500);
    Thread.sleep(100);
    CompletableFuture<Long> queued = tiny.sleepThenReply(1);
    Thread.sleep(100);
    ExecutionException refused = assertThrows(ExecutionException.class, () -> tiny.sleepThenReply(1).get(5, TimeUnit.SECONDS));
    ServerBusyException busy = assertInstanceOf(ServerBusyException.class, refused.getCause());
    assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
    assertTrue(running.get(5, TimeUnit.SECONDS) >= 500);
    assertTrue(queued.get(5, TimeUnit.SECONDS) >= 0);
  }

  @Test
  void outstandingCallLimit_makesCallersWait_notFail() throws Exception {
    client.close();
    client = Node.builder().maxOutstandingCalls(2).start();
    Jobs limited = connect(server, new JobsImpl(completer, () -> null));
    CompletableFuture<Long> first = limited.sleepThenReply(300);
    CompletableFuture<Long> second = limited.sleepThenReply(300);
    long started = System.nanoTime();
    assertEquals(0, limited.sleep(0), 5, "the third call waited for a slot, then ran");
    assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(150), "it waited for a slot");
    assertTrue(first.get(5, TimeUnit.SECONDS) >= 300 && second.get(5, TimeUnit.SECONDS) >= 300);
  }
}
