package io.proxima.benchmarks.compare;

import java.math.BigDecimal;

/**
 * A bound on the ratio Proxima ÷ Java RMI for one metric, taken from the benchmarks issue.
 *
 * @param ratio the bound
 * @param atLeast whether the ratio must be at least the bound (else at most)
 */
public record Target(double ratio, boolean atLeast) {

  public static Target atLeast(double ratio) {
    return new Target(ratio, true);
  }

  public static Target atMost(double ratio) {
    return new Target(ratio, false);
  }

  public boolean metBy(double actualRatio) {
    return atLeast ? actualRatio >= ratio : actualRatio <= ratio;
  }

  @Override
  public String toString() {
    return (atLeast ? "≥" : "≤") + BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString() + "×";
  }
}
