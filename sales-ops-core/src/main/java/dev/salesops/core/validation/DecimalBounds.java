package dev.salesops.core.validation;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bounds every decimal read from untrusted input must meet <em>before</em> any arithmetic or formatting:
 * at most {@value #MAX_PRECISION} significant digits and a scale within ±{@value #MAX_SCALE} (so
 * {@code 1e-100} and {@code 1e100} are the extremes, and every value the library itself writes, such as a
 * 34-digit {@code DECIMAL128} quotient, reads back). This is the coarse guard of readers, applied as a number
 * is read; each type then applies its own, tighter rule (money: the currency's decimal places and 10^15).
 * Without it, a 12-character literal such as
 * {@code 1e999999999} costs seconds and a gigabyte the first time it is printed in full or added to a small
 * number.
 *
 * <p>{@link #brief(BigDecimal)} renders any decimal, however absurd, in at most 40 characters without
 * expanding it, for messages.
 */
public final class DecimalBounds {
  /** The largest absolute scale accepted (digits after the point, or trailing zeros of a large number). */
  public static final int MAX_SCALE = 100;
  /** The most significant digits accepted. */
  public static final int MAX_PRECISION = 100;

  private DecimalBounds() {}

  /** Whether {@code value} is within the bounds (cheap: reads only scale and precision). */
  public static boolean within(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int scale = value.scale();
    if (scale > MAX_SCALE || scale < -MAX_SCALE) {
      return false;
    }
    return value.precision() <= MAX_PRECISION;
  }

  /**
   * {@code value} when within the bounds; otherwise a {@link ValidationException} naming {@code field}, the
   * rule and the value in brief.
   */
  public static BigDecimal check(String field, BigDecimal value) {
    Objects.requireNonNull(field, "field");
    if (!within(value)) {
      throw new ValidationException(Problem.of(field, rule(), brief(value)));
    }
    return value;
  }

  /** The rule as it reads in messages. */
  public static String rule() {
    return "must have at most " + MAX_PRECISION + " significant digits and at most " + MAX_SCALE
        + " decimal places or trailing zeros";
  }

  /**
   * A short rendering ({@link Checks#describe(BigDecimal)}): plain text for ordinary values, scientific
   * notation for extreme exponents ({@code 1E+999999999}), never the expansion.
   */
  public static String brief(BigDecimal value) {
    return Checks.describe(Objects.requireNonNull(value, "value"));
  }
}
