package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The achievement itself, with a floor and a cap: {@code score = 0} when {@code achievement < floor}, else
 * {@code min(achievement, cap)}. Example: floor 0.5, cap 1.2 gives 0 at 49 %, 0.5 at exactly 50 % (the
 * floor is inclusive), 0.95 at 95 %, 1.2 at 130 %.
 *
 * <p>Rules: {@code 0 <= floor <= 1 <= cap <= 10}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param floor the lowest achievement that scores; below it the score is 0
 * @param cap the highest score
 */
public record LinearCurve(BigDecimal floor, BigDecimal cap) implements ScoringCurve {

  /** Validates the parameters, reporting every problem at once. */
  public LinearCurve {
    Objects.requireNonNull(floor, "floor");
    Objects.requireNonNull(cap, "cap");
    Problems p = new Problems();
    if (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) > 0) {
      p.add("floor", "must be within [0, 1]", floor.toPlainString());
    }
    if (cap.compareTo(BigDecimal.ONE) < 0 || cap.compareTo(MAX) > 0) {
      p.add("cap", "must be within [1, 10]", cap.toPlainString());
    }
    p.throwIfAny();
  }

  /** A linear curve with {@code floor} and {@code cap}. */
  public static LinearCurve of(BigDecimal floor, BigDecimal cap) {
    return new LinearCurve(floor, cap);
  }

  @Override
  public BigDecimal score(BigDecimal achievement) {
    Objects.requireNonNull(achievement, "achievement");
    if (achievement.compareTo(floor) < 0 || achievement.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return achievement.min(cap);
  }

  @Override
  public String describe() {
    return "linear: 0 below " + floor.toPlainString() + ", achievement capped at " + cap.toPlainString();
  }
}
