package dev.salesops.metrics.ratio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A ratio that keeps its parts: numerator and denominator, exact. Every rate in sales-ops (win rate,
 * conversion, attainment, churn) is one of these, so a report can always show what it was computed from.
 *
 * <p><b>Empty denominator</b>: a ratio whose denominator is zero is <em>undefined</em>: {@link #value()} is
 * empty, never 0, NaN or an exception; JSON shows {@code "value": null} with the parts beside it.
 *
 * <p>{@link #value()} is the quotient rounded to 16 significant digits, {@link RoundingMode#HALF_EVEN}
 * ({@link MathContext#DECIMAL64}). {@link #plus} adds parts (numerators and denominators), which is how
 * partial ratios merge: {@code (a/b) plus (c/d) = (a+c)/(b+d)}, not the mean of the two quotients.
 *
 * <p>JSON: {@code {"value": 0.35, "numerator": 7, "denominator": 20}}; on input {@code value} is ignored (it
 * is derived from the parts).
 *
 * <p>Parts are bounded: at most {@value #MAX_DIGITS} integer digits and {@value #MAX_DIGITS} decimal places,
 * so that an absurd input such as {@code 1e1000000} is refused at once rather than expanded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio {
  /** The most integer digits, and the most decimal places, of a part. */
  public static final int MAX_DIGITS = 100;

  private static final Ratio UNDEFINED = new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Ratio(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The ratio {@code numerator / denominator}; undefined when the denominator is zero. */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    return new Ratio(strip(bounded(numerator, "numerator")), strip(bounded(denominator, "denominator")));
  }

  /** The ratio of two counts. */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The undefined ratio 0/0: the identity of {@link #plus}. */
  public static Ratio undefined() {
    return UNDEFINED;
  }

  /** The numerator. */
  public BigDecimal numerator() {
    return numerator;
  }

  /** The denominator. */
  public BigDecimal denominator() {
    return denominator;
  }

  /** Whether the denominator is non-zero. */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /** The quotient to 16 significant digits (HALF_EVEN); empty when undefined. */
  public Optional<BigDecimal> value() {
    return isDefined() ? Optional.of(strip(numerator.divide(denominator, MathContext.DECIMAL64))) : Optional.empty();
  }

  /** The quotient rounded to {@code scale} decimals with {@code rounding}; empty when undefined. */
  public Optional<BigDecimal> value(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return isDefined() ? Optional.of(numerator.divide(denominator, scale, rounding)) : Optional.empty();
  }

  /** The quotient as a double; empty when undefined. */
  public OptionalDouble toDouble() {
    return isDefined() ? OptionalDouble.of(numerator.doubleValue() / denominator.doubleValue()) : OptionalDouble.empty();
  }

  /** The value for JSON: the quotient or {@code null}. */
  BigDecimal jsonValue() {
    return value().orElse(null);
  }

  /** {@code (this.numerator + other.numerator) / (this.denominator + other.denominator)}. */
  public Ratio plus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return new Ratio(strip(numerator.add(other.numerator)), strip(denominator.add(other.denominator)));
  }

  private static BigDecimal bounded(BigDecimal d, String field) {
    if (d.signum() != 0 && (d.scale() > MAX_DIGITS && d.stripTrailingZeros().scale() > MAX_DIGITS
        || (long) d.precision() - d.scale() > MAX_DIGITS)) {
      throw dev.salesops.core.internal.Checks.fail(field, "must have at most " + MAX_DIGITS + " integer digits and "
          + MAX_DIGITS + " decimal places", dev.salesops.core.internal.Checks.describe(d));
    }
    return d;
  }

  private static BigDecimal strip(BigDecimal d) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }

  /** Equal parts (after stripping trailing zeros); {@code 1/2} is not equal to {@code 2/4}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio && ((Ratio) o).numerator.equals(numerator) && ((Ratio) o).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString() + " = " + value().map(BigDecimal::toPlainString).orElse("undefined");
  }
}
