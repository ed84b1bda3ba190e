package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An indicator scored by the pair (value scoring 0 %, value scoring 100 %) instead of against its target, as plan
 * documents often state lower-is-better measures ("days sales outstanding: 60 days or more scores 0 %, 45 days or
 * fewer 100 %, linear in between"): {@code achievement = (actual − zeroAt) / (fullAt − zeroAt)}, one quotient
 * rounded to 16 significant digits ({@code HALF_EVEN}); the indicator's curve then scores it (a {@link
 * LinearCurve} with floor 0 and cap 1 gives the plain clamp to [0 %, 100 %]; a cap above 1 lets the line run on
 * beyond {@code fullAt}). {@code zeroAt > fullAt} for a lower-is-better indicator, {@code zeroAt < fullAt} for a
 * higher-is-better one (checked by {@link Indicator}). The measurement targets are still reported but do not
 * score.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param zeroAt the actual value that scores 0 %
 * @param fullAt the actual value that scores 100 %
 */
public record ScorePoints(BigDecimal zeroAt, BigDecimal fullAt) {

  /** Validates the pair (the two values must differ). */
  public ScorePoints {
    Objects.requireNonNull(zeroAt, "zeroAt");
    Objects.requireNonNull(fullAt, "fullAt");
    if (zeroAt.compareTo(fullAt) == 0) {
      throw Checks.fail("fullAt", "must differ from zeroAt " + zeroAt.toPlainString(), fullAt.toPlainString());
    }
  }

  /** The pair from decimal texts, e.g. {@code ScorePoints.of("60", "45")}. */
  public static ScorePoints of(String zeroAt, String fullAt) {
    Objects.requireNonNull(zeroAt, "zeroAt");
    Objects.requireNonNull(fullAt, "fullAt");
    return new ScorePoints(new BigDecimal(zeroAt), new BigDecimal(fullAt));
  }

  /** Whether lower actual values score better ({@code zeroAt > fullAt}). */
  public boolean lowerIsBetter() {
    return zeroAt.compareTo(fullAt) > 0;
  }

  /** {@code (actual − zeroAt) / (fullAt − zeroAt)}. */
  public BigDecimal achievement(BigDecimal actual) {
    Objects.requireNonNull(actual, "actual");
    return actual.subtract(zeroAt).divide(fullAt.subtract(zeroAt), MathContext.DECIMAL64);
  }

  /** In words, e.g. {@code 0 % at 60, 100 % at 45}. */
  public String describe() {
    return "0 % at " + zeroAt.toPlainString() + ", 100 % at " + fullAt.toPlainString();
  }
}
