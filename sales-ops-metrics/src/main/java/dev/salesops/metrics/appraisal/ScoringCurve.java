package dev.salesops.metrics.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Turns an achievement (a fraction, {@code 1} = on target; see {@link Direction} for how lower-is-better
 * indicators are mirrored) into a curve score (a fraction, {@code 1} = 100 %).
 *
 * <p>Every curve is non-decreasing in the achievement and never negative. Implementations: {@link
 * LinearCurve}, {@link ThresholdCurve}, {@link BandedCurve}.
 */
public sealed interface ScoringCurve permits LinearCurve, ThresholdCurve, BandedCurve {

  /** The precision of every quotient in a curve: 16 significant digits, {@code HALF_EVEN}. */
  MathContext MATH = MathContext.DECIMAL64;

  /** The largest score, achievement breakpoint or cap a curve may declare: 10 (1,000 %). */
  BigDecimal MAX = BigDecimal.TEN;

  /** The score for {@code achievement}. */
  BigDecimal score(BigDecimal achievement);

  /** The formula in words, e.g. {@code linear: 0 below 0.5, achievement capped at 1.2}. */
  String describe();
}
