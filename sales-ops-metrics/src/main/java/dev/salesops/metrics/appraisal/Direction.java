package dev.salesops.metrics.appraisal;

import java.math.BigDecimal;
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
 * </ul>
 *
 * <p>So one curve definition (floor 50 %, cap 120 %, threshold 80 %, stretch 120 %, tiers) serves both
 * directions, and the score as a function of the actual value is the mirror image, about the target, of
 * the higher-is-better curve. Nothing is negated or inverted ({@code target / actual} would bend the curve
 * and be undefined at zero). For a lower-is-better indicator a can be negative (actual more than twice the
 * target); every curve scores such an achievement as its lowest score.
 */
public enum Direction {
  /** More is better: {@code achievement = actual / target}. */
  HIGHER_IS_BETTER,
  /** Less is better: {@code achievement = 2 - actual / target} (mirrored about the target). */
  LOWER_IS_BETTER;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** The achievement for the ratio {@code r = actual / target}. */
  public BigDecimal achievement(BigDecimal ratio) {
    Objects.requireNonNull(ratio, "ratio");
    return this == HIGHER_IS_BETTER ? ratio : TWO.subtract(ratio);
  }
}
