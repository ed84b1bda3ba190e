package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How interpolated indicator scores are rounded, as some plan documents require ("scores are rounded up to one
 * decimal of a percent": {@code ScoreRounding.of(1, RoundingMode.UP)} turns 87.6543 % into 87.7 %). The rounding
 * applies to each curve score (a fraction) at {@code decimals + 2} decimal places, before gates and weights.
 *
 * <p>Rules: {@code decimals} within [0, 10].
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param decimals the decimals of the score as a percentage (1 = one decimal of a percent)
 * @param mode the rounding mode (UP, HALF_UP, DOWN, ...)
 */
public record ScoreRounding(int decimals, RoundingMode mode) {

  /** Validates the rounding. */
  public ScoreRounding {
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0 || decimals > 10) {
      throw Checks.fail("decimals", "must be within [0, 10]", decimals);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw Checks.fail("mode", "must round (UNNECESSARY would fail on interpolated scores)", mode);
    }
  }

  /** The rounding to {@code decimals} of a percent with {@code mode}. */
  public static ScoreRounding of(int decimals, RoundingMode mode) {
    return new ScoreRounding(decimals, mode);
  }

  /** {@code score} (a fraction) rounded to {@code decimals + 2} places. */
  public BigDecimal apply(BigDecimal score) {
    return score.setScale(decimals + 2, mode);
  }

  /** In words, e.g. {@code rounded UP to 1 decimal of a percent}. */
  public String describe() {
    return "rounded " + mode + " to " + decimals + " decimal" + (decimals == 1 ? "" : "s") + " of a percent";
  }
}
