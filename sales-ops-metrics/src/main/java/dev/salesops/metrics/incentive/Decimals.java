package dev.salesops.metrics.incentive;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;

/**
 * The scale bound of plan decimals: at most {@value #MAX_SCALE} decimal places (and an exponent of at most
 * {@value #MAX_SCALE}), so that an absurd input such as {@code 1e-1000000} is refused before any payout
 * arithmetic expands it. Not API.
 */
final class Decimals {
  static final int MAX_SCALE = dev.salesops.core.internal.json.JsonFields.MAX_DECIMAL_SCALE;

  private Decimals() {}

  /** Adds a problem and returns false when {@code value}'s scale is out of bounds. */
  static boolean scaleOk(Problems problems, String path, BigDecimal value) {
    if (value.scale() > MAX_SCALE || value.scale() < -MAX_SCALE) {
      problems.add(path, "must have at most " + MAX_SCALE + " decimal places and an exponent of at most " + MAX_SCALE, Checks.describe(value));
      return false;
    }
    return true;
  }
}
