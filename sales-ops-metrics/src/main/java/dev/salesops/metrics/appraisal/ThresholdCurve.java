package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Threshold / target / stretch with linear interpolation and a step at the threshold. With achievement
 * {@code a}:
 *
 * <ul>
 *   <li>{@code a < threshold}: 0;
 *   <li>{@code threshold <= a < 1}: {@code thresholdScore + (a - threshold) × (targetScore - thresholdScore)
 *       / (1 - threshold)} (so exactly {@code thresholdScore} at the threshold: the step);
 *   <li>{@code 1 <= a < stretch}: {@code targetScore + (a - 1) × (stretchScore - targetScore) / (stretch -
 *       1)};
 *   <li>{@code a >= stretch}: {@code stretchScore} (the cap).
 * </ul>
 *
 * <p>Example (the issue's): threshold 0.8 with step 0.4, target score 1, stretch 1.2 with score 1.5: 0 at
 * 79.99 %, 0.4 at 80 %, 0.7 at 90 %, 1 at 100 %, 1.25 at 110 %, 1.5 at 120 % and above. Quotients are
 * rounded to 16 significant digits ({@code HALF_EVEN}), which keeps the curve non-decreasing.
 *
 * <p><b>Exactly at the threshold</b> ({@code onThreshold}): {@link BoundaryRule#UPPER_TIER} (the default) scores the
 * step, as the plan documents this curve reproduces read "from 80 %"; {@link BoundaryRule#LOWER_TIER} scores 0 there
 * (the threshold must be exceeded, the choice commission tools make for tier edges). The same choice as {@link
 * Gate#onMinimum()} and the commission plan's tier edge.
 *
 * <p>Rules: {@code 0 < threshold < 1 < stretch <= 10}; {@code 0 <= thresholdScore <= targetScore <=
 * stretchScore <= 10}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param threshold the achievement below which nothing is scored
 * @param thresholdScore the score at the threshold (the step; 0 for no step)
 * @param targetScore the score at target (achievement 1), usually 1
 * @param stretch the stretch achievement, above 1
 * @param stretchScore the score at and above stretch (the cap)
 * @param onThreshold whether an achievement exactly at the threshold scores the step (UPPER_TIER) or 0 (LOWER_TIER)
 */
public record ThresholdCurve(BigDecimal threshold, BigDecimal thresholdScore, BigDecimal targetScore, BigDecimal stretch,
    BigDecimal stretchScore, BoundaryRule onThreshold) implements ScoringCurve {

  /** A curve scoring the step exactly at the threshold ({@link BoundaryRule#UPPER_TIER}). */
  public ThresholdCurve(BigDecimal threshold, BigDecimal thresholdScore, BigDecimal targetScore, BigDecimal stretch, BigDecimal stretchScore) {
    this(threshold, thresholdScore, targetScore, stretch, stretchScore, BoundaryRule.UPPER_TIER);
  }

  /** Validates the parameters, reporting every problem at once. */
  public ThresholdCurve {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(thresholdScore, "thresholdScore");
    Objects.requireNonNull(targetScore, "targetScore");
    Objects.requireNonNull(stretch, "stretch");
    Objects.requireNonNull(stretchScore, "stretchScore");
    Objects.requireNonNull(onThreshold, "onThreshold");
    Problems p = new Problems();
    if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) >= 0) {
      p.add("threshold", "must be within (0, 1)", threshold.toPlainString());
    }
    if (stretch.compareTo(BigDecimal.ONE) <= 0 || stretch.compareTo(MAX) > 0) {
      p.add("stretch", "must be within (1, 10]", stretch.toPlainString());
    }
    if (thresholdScore.signum() < 0 || thresholdScore.compareTo(MAX) > 0) {
      p.add("thresholdScore", "must be within [0, 10]", thresholdScore.toPlainString());
    }
    if (targetScore.compareTo(thresholdScore) < 0 || targetScore.compareTo(MAX) > 0) {
      p.add("targetScore", "must be within [thresholdScore " + thresholdScore.toPlainString() + ", 10]", targetScore.toPlainString());
    }
    if (stretchScore.compareTo(targetScore) < 0 || stretchScore.compareTo(MAX) > 0) {
      p.add("stretchScore", "must be within [targetScore " + targetScore.toPlainString() + ", 10]", stretchScore.toPlainString());
    }
    p.throwIfAny();
  }

  /** A curve with target score 1. */
  public static ThresholdCurve of(BigDecimal threshold, BigDecimal thresholdScore, BigDecimal stretch, BigDecimal stretchScore) {
    return new ThresholdCurve(threshold, thresholdScore, BigDecimal.ONE, stretch, stretchScore);
  }

  @Override
  public BigDecimal score(BigDecimal a) {
    Objects.requireNonNull(a, "achievement");
    int c = a.compareTo(threshold);
    if (c < 0 || c == 0 && onThreshold == BoundaryRule.LOWER_TIER) {
      return BigDecimal.ZERO;
    }
    if (a.compareTo(BigDecimal.ONE) < 0) {
      BigDecimal rise = a.subtract(threshold).multiply(targetScore.subtract(thresholdScore));
      return thresholdScore.add(rise.divide(BigDecimal.ONE.subtract(threshold), MATH));
    }
    if (a.compareTo(stretch) < 0) {
      BigDecimal rise = a.subtract(BigDecimal.ONE).multiply(stretchScore.subtract(targetScore));
      return targetScore.add(rise.divide(stretch.subtract(BigDecimal.ONE), MATH));
    }
    return stretchScore;
  }

  @Override
  public String describe() {
    return "threshold: 0 below " + threshold.toPlainString() + ", " + (onThreshold == BoundaryRule.LOWER_TIER ? "0 at it, " + thresholdScore.toPlainString() + " just above it, "
        : thresholdScore.toPlainString() + " at it, ")
        + targetScore.toPlainString() + " at target, " + stretchScore.toPlainString() + " at and above stretch "
        + stretch.toPlainString() + ", linear in between";
  }
}
