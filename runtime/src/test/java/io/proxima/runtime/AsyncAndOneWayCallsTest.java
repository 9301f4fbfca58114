package io.proxima.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.RemoteRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Asynchronous calls pipelined over one connection, and one-way calls. */
class AsyncAndOneWayCallsTest {
  private static ScheduledExecutorService completer;
  private static Node server;
  private static Node client;
  private static Jobs jobs;

  @BeforeAll
  static void start() {
    completer = Executors.newScheduledThreadPool(2);
    // Few server threads: the async methods must not hold one while their futures are pending.
    server = Node.builder().port(0).maxServerThreads(4).start();
    client = Node.builder().start();
    jobs = client.proxy(server.export(new JobsImpl(completer, () -> null)), Jobs.class);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    completer.shutdownNow();
  }

  @Test
  void tenThousandOutstandingAsyncCalls_completedLaterByTheServer_allGetTheirOwnResult() throws Exception {
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      results.add(jobs.square(i));
    }
    CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    for (int i = 0; i < results.size(); i++) {
      assertEquals(i * i, results.get(i).join(), "result of call " + i);
    }
  }

  @Test
  void asyncCallsStartedInTheCompletionsOfOthers_onTheIoThread_allGetTheirResults() throws Exception {
    Set<String> completingThreads = ConcurrentHashMap.newKeySet();
    CompletableFuture<Integer> chain = jobs.square(2);
    for (int step = 0; step < 50; step++) { // each square is completed 20 ms after it is asked
      chain = chain.thenCompose(previous -> {
        completingThreads.add(Thread.currentThread().getName());
        return jobs.square(previous % 1000);
      });
    }
    int expected = 4;
    for (int step = 0; step < 50; step++) {
      expected = (expected % 1000) * (expected % 1000);
    }

    assertEquals(expected, chain.get(30, TimeUnit.SECONDS));
    assertTrue(completingThreads.stream().allMatch(thread -> thread.startsWith("proxima-io-client")),
        "stages ran on " + completingThreads);
  }

  @Test
  void asyncCall_returnsBeforeTheServerReplies() throws Exception {
    CompletableFuture<Long> pending = jobs.sleepThenReply(300);
    assertTrue(!pending.isDone(), "the caller did not wait for the server");
    assertTrue(pending.get(5, TimeUnit.SECONDS) >= 300);
  }

  @Test
  void completionStageMethod_completesWithTheResult() throws Exception {
    assertEquals("hello ada", jobs.greet("ada").toCompletableFuture().get(5, TimeUnit.SECONDS));
  }

  @Test
  void failedServerFuture_failsTheCallersFuture_withTheSameException() {
    ExecutionException thrown =
        assertThrows(ExecutionException.class, () -> jobs.failLater("nope").get(5, TimeUnit.SECONDS));
    IllegalStateException cause = assertInstanceOf(IllegalStateException.class, thrown.getCause());
    assertEquals("nope", cause.getMessage());
  }

  @Test
  void oneWayCalls_allReachTheServer() throws Exception {
    Set<String> sent = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      jobs.record("event-" + i);
      sent.add("event-" + i);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!new HashSet<>(jobs.recorded()).containsAll(sent) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(new HashSet<>(jobs.recorded()).containsAll(sent), "every one-way call ran");
  }

  @Test
  void oneWayCallToAnUnexportedObject_isNotReportedToTheCaller() throws Exception {
    JobsImpl target = new JobsImpl(completer, () -> null);
    RemoteRef ref = server.export(target);
    Jobs gone = client.proxy(ref, Jobs.class);
    server.unexport(target);
    gone.record("lost"); // returns normally: a one-way call has no reply to carry the failure
    assertEquals(List.of(), target.recorded());
  }
}
