package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Whether more of an indicator is better (revenue, visits) or less is (days sales outstanding, cost).
 *
 * <p><b>Mirroring.</b> Every curve is defined on the <em>achievement</em> {@code a}, in which more is always
 * better. With {@code r = actual / target}:
 *
 * <ul>
 *   <li>{@link #HIGHER_IS_BETTER}: {@code a = r};
 *   <li>{@link #LOWER_IS_BETTER}: {@code a = 2 - r}, the reflection of {@code r} about the target: being
 *       10 % under target counts exactly as being 10 % over target does for a higher-is-better indicator.
 *   <li>{@link #LOWER_IS_BETTER_INVERSE}: {@code a = target / actual}, the form KPI tools publish for
 *       lower-is-better indicators (e.g. the KPI achievement calculator of codingace.net: "Achievement % = (Target ÷
 *       Actual) × 100", resolution time target 8 h, actual 6.5 h → 123.08 %); an actual of 0 gives the largest
 *       achievement a curve declares, {@link ScoringCurve#MAX} (nothing of a bad thing).
 * </ul>
 *
 * <p>An indicator may instead score by a (value scoring 0 %, value scoring 100 %) pair: see {@link
 * Indicator#scorePoints()}.
 *
 * <p>Each is computed as one quotient ({@link #achievement(BigDecimal, BigDecimal)}).
 *
 * <p>So one curve definition (floor 50 %, cap 120 %, threshold 80 %, stretch 120 %, tiers) serves both
 * directions, and the score as a function of the actual value is the mirror image, about the target, of
 * the higher-is-better curve. Mirroring negates and inverts nothing ({@code target / actual}, the
 * {@code LOWER_IS_BETTER_INVERSE} form, bends the curve and needs a rule at zero). For a lower-is-better indicator a can be negative (actual more than twice the
 * target); every curve scores such an achievement as its lowest score.
 */
public enum Direction {
  /** More is better: {@code achievement = actual / target}. */
  HIGHER_IS_BETTER,
  /** Less is better: {@code achievement = 2 - actual / target} (mirrored about the target). */
  LOWER_IS_BETTER,
  /** Less is better: {@code achievement = target / actual} ({@link ScoringCurve#MAX} for an actual of 0). */
  LOWER_IS_BETTER_INVERSE;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * The achievement of {@code actual} against a positive {@code target}: {@code actual / target}, {@code
   * (2 × target - actual) / target} (which is {@code 2 - r}) or {@code target / actual}, each one quotient rounded to 16 significant
   * digits ({@code HALF_EVEN}). Computing the mirrored numerator exactly before dividing makes the mirror
   * exact: an actual {@code x} below target here gives the same number as {@code x} above target does
   * for {@link #HIGHER_IS_BETTER}.
   *
   * @throws dev.salesops.core.validation.ValidationException when the target is not positive
   */
  public BigDecimal achievement(BigDecimal actual, BigDecimal target) {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    if (target.signum() <= 0) {
      throw Checks.fail("target", "must be positive", target.toPlainString());
    }
    if (this == LOWER_IS_BETTER_INVERSE) {
      return actual.signum() == 0 ? ScoringCurve.MAX : target.divide(actual, MathContext.DECIMAL64);
    }
    BigDecimal numerator = this == HIGHER_IS_BETTER ? actual : TWO.multiply(target).subtract(actual);
    return numerator.divide(target, MathContext.DECIMAL64);
  }
}
