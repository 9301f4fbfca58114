package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YieldBudgetTest {
  private final YieldBudget budget = new YieldBudget();

  @Test
  void callersYield_threeTimesATypicalReply() {
    repliesTaking(50_000);
    assertEquals(150_000, budget.nanos(), 3_000);
  }

  @Test
  void theYieldIsCapped_forRepliesThatStillComeWithinTheCap() {
    repliesTaking(600_000);
    assertEquals(YieldBudget.MAX_NANOS, budget.nanos());
  }

  @Test
  void slowReplies_leaveCallersOnlyTheMinimumYield() {
    repliesTaking(5_000_000);
    assertEquals(YieldBudget.MIN_NANOS, budget.nanos());
  }

  @Test
  void theEstimateFollowsTheReplies_bothWays() {
    repliesTaking(5_000_000);
    repliesTaking(20_000);
    assertEquals(60_000, budget.nanos(), 3_000);
  }

  private void repliesTaking(long nanos) {
    for (int reply = 0; reply < 200; reply++) {
      budget.replied(nanos);
    }
  }
}
