package io.proxima.runtime.internal.invocation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExecutionPolicyTest {
  private static final long FAST = 10_000;
  private static final long SLOW_ON_POOL = (ExecutionPolicy.FAST_MICROS + 1) * 1_000;
  private static final long TOO_SLOW_DIRECT = (ExecutionPolicy.SLOW_MICROS + 1) * 1_000;

  private static ExecutionPolicy qualified() {
    ExecutionPolicy policy = new ExecutionPolicy("M.m()", true);
    for (int run = 0; run < ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
      policy.record(FAST, false, false);
    }
    return policy;
  }

  @Test
  void shortSelfContainedMethod_qualifiesAfterEnoughFastRuns() {
    ExecutionPolicy policy = new ExecutionPolicy("M.m()", true);
    for (int run = 1; run < ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
      policy.record(FAST, false, false);
    }
    assertFalse(policy.direct(), "one run short of qualifying");
    policy.record(FAST, false, false);
    assertTrue(policy.direct());
  }

  @Test
  void slowRunOnTheServerPool_restartsTheCount() {
    ExecutionPolicy policy = new ExecutionPolicy("M.m()", true);
    for (int run = 1; run < ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
      policy.record(FAST, false, false);
    }
    policy.record(SLOW_ON_POOL, false, false);
    policy.record(FAST, false, false);
    assertFalse(policy.direct());
  }

  @Test
  void methodThatMakesARemoteCall_neverRunsDirectly() {
    ExecutionPolicy policy = new ExecutionPolicy("M.m()", true);
    policy.record(FAST, true, false);
    for (int run = 0; run < 2 * ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
      policy.record(FAST, false, false);
    }
    assertFalse(policy.direct());
  }

  @Test
  void directRunThatMakesARemoteCall_returnsTheMethodToServerThreadsForGood() {
    ExecutionPolicy policy = qualified();
    policy.record(FAST, true, true);
    assertFalse(policy.direct());
    for (int run = 0; run < 2 * ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
      policy.record(FAST, false, false);
    }
    assertFalse(policy.direct());
  }

  @Test
  void eachSlowDirectRun_demotesTheMethod_andDoublesTheFastRunsItNeedsToQualifyAgain() {
    ExecutionPolicy policy = qualified();
    for (int demotion = 1; demotion <= 4; demotion++) {
      policy.record(TOO_SLOW_DIRECT, false, true);
      assertFalse(policy.direct(), "a slow direct run sends it back to server threads");
      int needed = ExecutionPolicy.RUNS_TO_QUALIFY << demotion;
      for (int run = 1; run < needed; run++) {
        policy.record(FAST, false, false);
      }
      assertFalse(policy.direct(), needed - 1 + " fast runs are not enough after demotion " + demotion);
      policy.record(FAST, false, false);
      assertTrue(policy.direct(), needed + " fast runs qualify it again after demotion " + demotion);
    }
  }

  @Test
  void theFastRunsNeededToQualify_stopGrowingAtTheirMaximum() {
    ExecutionPolicy policy = qualified();
    for (int demotion = 1; demotion <= 20; demotion++) {
      policy.record(TOO_SLOW_DIRECT, false, true);
      for (int run = 0; run < ExecutionPolicy.MAX_RUNS_TO_QUALIFY; run++) {
        policy.record(FAST, false, false);
      }
      assertTrue(policy.direct(), "qualified again after demotion " + demotion);
    }
  }

  @Test
  void slowDirectRunsFarApart_areForgiven() {
    ExecutionPolicy policy = qualified();
    for (int demotion = 0; demotion < 10; demotion++) {
      for (long run = 0; run <= ExecutionPolicy.FORGIVEN_AFTER_RUNS; run++) {
        policy.record(FAST, false, true);
      }
      policy.record(TOO_SLOW_DIRECT, false, true);
      for (int run = 0; run < ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
        policy.record(FAST, false, false);
      }
      assertTrue(policy.direct(), "a pause every " + ExecutionPolicy.FORGIVEN_AFTER_RUNS + " runs is forgiven");
    }
  }

  @Test
  void disabledDirectExecution_neverQualifies() {
    ExecutionPolicy policy = new ExecutionPolicy("M.m()", false);
    for (int run = 0; run < 2 * ExecutionPolicy.RUNS_TO_QUALIFY; run++) {
      policy.record(FAST, false, false);
    }
    assertFalse(policy.direct());
  }
}
