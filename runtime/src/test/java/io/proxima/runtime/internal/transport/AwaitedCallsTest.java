package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AwaitedCallsTest {
  private final AwaitedCalls calls = new AwaitedCalls();

  @Test
  void aCall_isFoundByItsId_once() {
    Listener listener = new Listener();
    long callId = calls.add(listener);

    assertTrue(callId > 0);
    assertEquals(callId, listener.callId, "the listener learns its id");
    assertSame(listener, calls.remove(callId));
    assertNull(calls.remove(callId), "a call ends once");
  }

  @Test
  void theIdOfAnEndedCall_neverFindsALaterOne() {
    long ended = calls.add(new Listener());
    calls.remove(ended);
    for (int i = 0; i < 2_000; i++) {
      Listener later = new Listener();
      long callId = calls.add(later);
      assertNotEquals(ended, callId);
      assertNull(calls.remove(ended), "a late reply to the ended call");
      assertSame(later, calls.remove(callId));
    }
  }

  @Test
  void manyMoreCallsThanSlots_areAllKept_andVisitedOnce() {
    Map<Long, Listener> added = new HashMap<>();
    for (int i = 0; i < 2_000; i++) {
      Listener listener = new Listener();
      added.put(calls.add(listener), listener);
    }
    assertEquals(2_000, added.size(), "distinct ids");

    List<Long> visited = new ArrayList<>();
    calls.forEach(visited::add);
    assertEquals(added.keySet(), new HashSet<>(visited));
    assertEquals(added.size(), visited.size());
    added.forEach((callId, listener) -> assertSame(listener, calls.remove(callId)));
    List<Long> left = new ArrayList<>();
    calls.forEach(left::add);
    assertEquals(List.of(), left);
  }

  @Test
  void theIdOfASynchronousCall_saysSo_whetherInTheTableOrTheMap() {
    List<Long> synchronous = new ArrayList<>();
    List<Long> asynchronous = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) { // more than the table holds
      synchronous.add(calls.add(new PendingCall()));
      asynchronous.add(calls.add(new Listener()));
    }
    synchronous.forEach(callId -> assertTrue(AwaitedCalls.isSync(callId), "id " + callId));
    asynchronous.forEach(callId -> assertFalse(AwaitedCalls.isSync(callId), "id " + callId));
    synchronous.forEach(callId -> assertTrue(calls.remove(callId) instanceof PendingCall));
    asynchronous.forEach(callId -> assertTrue(calls.remove(callId) instanceof Listener));
  }

  @Test
  void idsAPeerMadeUp_findNothing_andHarmNothing() {
    Listener listener = new Listener();
    long callId = calls.add(listener);
    for (long made : new long[] {0, -1, -2, 1, 2, Long.MIN_VALUE, Long.MAX_VALUE, callId + 2, callId ^ 1}) {
      assertNull(calls.remove(made), "id " + made);
    }
    assertSame(listener, calls.remove(callId));
    Listener next = new Listener();
    assertSame(next, calls.remove(calls.add(next)));
  }

  @Test
  void threadsAddingAndRemovingAtOnce_eachGetTheirOwn() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          int mismatches = 0;
          Set<Long> seen = new HashSet<>();
          for (int i = 0; i < 50_000; i++) {
            Listener first = new Listener();
            Listener second = new Listener();
            long firstId = calls.add(first);
            long secondId = calls.add(second);
            mismatches += seen.add(firstId) && seen.add(secondId) ? 0 : 1;
            mismatches += calls.remove(secondId) == second ? 0 : 1;
            mismatches += calls.remove(firstId) == first ? 0 : 1;
          }
          return mismatches;
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(0, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    List<Long> left = new ArrayList<>();
    calls.forEach(left::add);
    assertEquals(List.of(), left);
  }

  private static final class Listener implements ReplyListener {
    long callId;

    @Override
    public void awaiting(long callId) {
      this.callId = callId;
    }

    @Override
    public void onReply(long callId, ReplyStatus status, ByteBuf body) {
      throw new AssertionError("the table only keeps listeners");
    }

    @Override
    public void onLoss(long callId, ConnectionLoss loss) {
      throw new AssertionError("the table only keeps listeners");
    }
  }
}
