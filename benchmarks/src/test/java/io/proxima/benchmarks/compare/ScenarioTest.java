package io.proxima.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proxima.benchmarks.compare.Scenario.Kind;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final Scenario ECHO = new Scenario("c", "echo", Kind.CLOSED_LOOP, "echo", 1,
      Map.of("bytes", "1048576"), Map.of(Metric.THROUGHPUT, Target.atLeast(1.5)), "",
      EnumSet.allOf(SystemUnderTest.class));

  @Test
  void aScenario_isWarmedUpAsTheProfileSays() {
    assertEquals(1, ECHO.warmupFactor());
  }

  @Test
  void warmedUp_changesTheWarmUpAndNothingElse() {
    Scenario longer = ECHO.warmedUp(3);

    assertEquals(3, longer.warmupFactor());
    assertEquals(ECHO, longer.warmedUp(1));
  }

  @Test
  void aWarmUpFactorBelowOne_isRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ECHO.warmedUp(0));

    assertEquals("c: warm-up factor 0 is below 1", refused.getMessage());
  }
}
