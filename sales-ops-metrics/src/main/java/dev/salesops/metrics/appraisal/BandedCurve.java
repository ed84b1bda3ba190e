package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Banded tiers: {@code n} ascending boundaries cut the achievement axis into {@code n + 1} tiers, each with
 * a fixed score. Below the first boundary the score is {@code scores[0]}; above the last, {@code
 * scores[n]}. An achievement <em>exactly on</em> a boundary belongs to the tier below it ({@link
 * BoundaryRule#LOWER_TIER}, the default) or the tier above ({@link BoundaryRule#UPPER_TIER}).
 *
 * <p>Example: boundaries {@code [0.8, 1.0, 1.2]}, scores {@code [0, 0.5, 1.0, 1.3]}, lower tier: 0.5 at
 * 90 %, 0.5 at exactly 100 % (lower tier), 1.0 at 100.01 %, 1.3 above 120 %.
 *
 * <p>Rules: at least one boundary; boundaries strictly increasing, within [0, 10]; exactly one score more
 * than boundaries; scores within [0, 10] and non-decreasing (so the curve is monotone).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param boundaries the tier boundaries, ascending
 * @param scores the score of each tier, from the lowest
 * @param onBoundary which tier a value on a boundary belongs to
 */
public record BandedCurve(List<BigDecimal> boundaries, List<BigDecimal> scores, BoundaryRule onBoundary) implements ScoringCurve {

  /** Validates the parameters, reporting every problem at once. */
  public BandedCurve {
    boundaries = List.copyOf(Objects.requireNonNull(boundaries, "boundaries"));
    scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
    Objects.requireNonNull(onBoundary, "onBoundary");
    Problems p = new Problems();
    if (boundaries.isEmpty()) {
      p.add("boundaries", "must hold at least one boundary", "[]");
    }
    for (int i = 0; i < boundaries.size(); i++) {
      BigDecimal b = boundaries.get(i);
      if (b.signum() < 0 || b.compareTo(MAX) > 0) {
        p.add("boundaries[" + i + "]", "must be within [0, 10]", b.toPlainString());
      }
      if (i > 0 && b.compareTo(boundaries.get(i - 1)) <= 0) {
        p.add("boundaries[" + i + "]", "must be greater than the previous boundary " + boundaries.get(i - 1).toPlainString(), b.toPlainString());
      }
    }
    if (scores.size() != boundaries.size() + 1) {
      p.add("scores", "must hold one score more than there are boundaries (" + (boundaries.size() + 1) + ")", scores.size() + " scores");
    }
    for (int i = 0; i < scores.size(); i++) {
      BigDecimal s = scores.get(i);
      if (s.signum() < 0 || s.compareTo(MAX) > 0) {
        p.add("scores[" + i + "]", "must be within [0, 10]", s.toPlainString());
      }
      if (i > 0 && s.compareTo(scores.get(i - 1)) < 0) {
        p.add("scores[" + i + "]", "must not be less than the previous score " + scores.get(i - 1).toPlainString() + " (the curve must be non-decreasing)", s.toPlainString());
      }
    }
    p.throwIfAny();
  }

  /** Tiers with the default boundary rule, {@link BoundaryRule#LOWER_TIER}. */
  public static BandedCurve of(List<BigDecimal> boundaries, List<BigDecimal> scores) {
    return new BandedCurve(boundaries, scores, BoundaryRule.LOWER_TIER);
  }

  /** The index of the tier {@code achievement} falls in, from 0. */
  public int tierOf(BigDecimal achievement) {
    Objects.requireNonNull(achievement, "achievement");
    int tier = 0;
    for (BigDecimal b : boundaries) {
      int c = achievement.compareTo(b);
      if (c > 0 || (c == 0 && onBoundary == BoundaryRule.UPPER_TIER)) {
        tier++;
      } else {
        break;
      }
    }
    return tier;
  }

  @Override
  public BigDecimal score(BigDecimal achievement) {
    return scores.get(tierOf(achievement));
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("banded (on a boundary: ").append(onBoundary == BoundaryRule.LOWER_TIER ? "lower" : "upper").append(" tier): ");
    for (int i = 0; i < scores.size(); i++) {
      if (i > 0) {
        sb.append(" | ").append(boundaries.get(i - 1).toPlainString()).append(" | ");
      }
      sb.append(scores.get(i).toPlainString());
    }
    return sb.toString();
  }
}
