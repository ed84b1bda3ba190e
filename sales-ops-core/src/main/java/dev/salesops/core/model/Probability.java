package dev.salesops.core.model;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * An exact probability or percentage in [0, 1], e.g. a stage's default win probability.
 *
 * <p>Held as a {@link BigDecimal} without trailing zeros, so {@code 0.35}, {@code 0.350} and {@code "35%"}
 * are equal. {@link #parse} reads {@code "0.35"}, {@code "35%"} and {@code "35 %"}; a value outside [0, 1]
 * (or above 100%) is refused with a message naming the value, never clamped. JSON form is the decimal
 * number ({@code 0.35}); the JSON module also reads a string such as {@code "35%"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Probability implements Comparable<Probability> {
  /** 0. */
  public static final Probability ZERO = new Probability(BigDecimal.ZERO);
  /** 1. */
  public static final Probability ONE = new Probability(BigDecimal.ONE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_SCALE = 12;

  private final BigDecimal value;

  private Probability(BigDecimal value) {
    this.value = value;
  }

  /**
   * The probability {@code value}, which must be within [0, 1] with at most 12 decimal places.
   *
   * @throws dev.salesops.core.validation.ValidationException naming the value and the rule
   */
  public static Probability of(BigDecimal value) {
    return checked(value, "probability");
  }

  /** The probability {@code value} from a double, read through its shortest decimal form ({@code 0.35} is exactly 0.35). */
  public static Probability of(double value) {
    Checks.finite(value, "probability");
    return of(BigDecimal.valueOf(value));
  }

  /** The probability {@code percent}/100, e.g. {@code ofPercent(35)} is 0.35. */
  public static Probability ofPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw Checks.fail("percent", "must be within [0, 100]", Checks.describe(percent));
    }
    if (exceedsScale(percent, MAX_SCALE - 2)) {
      throw Checks.fail("percent", "must have at most " + (MAX_SCALE - 2) + " decimal places", Checks.describe(percent));
    }
    return checked(percent.movePointLeft(2), "percent/100");
  }

  /** The probability {@code percent}/100. */
  public static Probability ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * Parses {@code "0.35"}, {@code "35%"} or {@code "35 %"} (surrounding whitespace ignored; at most 40
   * characters).
   *
   * @throws dev.salesops.core.validation.ValidationException when the text is not a number, or out of range
   */
  public static Probability parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    if (s.length() > 40) {
      throw Checks.fail("probability", "must be a decimal in [0, 1] or a percentage in [0%, 100%] of at most 40 characters", Checks.describe(s));
    }
    boolean percent = s.endsWith("%");
    String number = percent ? s.substring(0, s.length() - 1).strip() : s;
    BigDecimal d;
    try {
      d = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw Checks.fail("probability", "must be a decimal in [0, 1] or a percentage in [0%, 100%]", Checks.describe(s));
    }
    if (percent) {
      if (d.signum() < 0 || d.compareTo(HUNDRED) > 0) {
        throw Checks.fail("probability", "must be within [0%, 100%]", Checks.describe(s));
      }
      if (exceedsScale(d, MAX_SCALE - 2)) {
        throw Checks.fail("probability", "must have at most " + (MAX_SCALE - 2) + " decimal places as a percentage", Checks.describe(s));
      }
      return checked(d.movePointLeft(2), "probability");
    }
    return checked(d, "probability");
  }

  /** Whether {@code value} has more than {@code maxScale} decimal places once trailing zeros are dropped; cheap for absurd scales. */
  private static boolean exceedsScale(BigDecimal value, int maxScale) {
    if (value.scale() <= maxScale) {
      return false;
    }
    if (value.signum() == 0) {
      return false;
    }
    // a value of precision p and scale s keeps at least s - p + 1 decimals whatever its zeros
    if ((long) value.scale() - value.precision() + 1 > maxScale) {
      return true;
    }
    return value.stripTrailingZeros().scale() > maxScale;
  }

  private static Probability checked(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    // range first, from signum and magnitude (compareTo does not expand extreme exponents)
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw Checks.fail(field, "must be within [0, 1]", Checks.describe(value));
    }
    if (exceedsScale(value, MAX_SCALE)) {
      throw Checks.fail(field, "must have at most " + MAX_SCALE + " decimal places", Checks.describe(value));
    }
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0, RoundingMode.UNNECESSARY);
    }
    if (v.compareTo(BigDecimal.ZERO) == 0) {
      return ZERO;
    }
    if (v.compareTo(BigDecimal.ONE) == 0) {
      return ONE;
    }
    return new Probability(v);
  }

  /** The value in [0, 1], without trailing zeros. */
  public BigDecimal value() {
    return value;
  }

  /** The value as a percentage in [0, 100]. */
  public BigDecimal toPercent() {
    BigDecimal p = value.movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0, RoundingMode.UNNECESSARY) : p;
  }

  /** The value as a double (for statistics only, never for money). */
  public double toDouble() {
    return value.doubleValue();
  }

  /** {@code 1 - this}. */
  public Probability complement() {
    return checked(BigDecimal.ONE.subtract(value), "probability");
  }

  /** {@code amount × this}, rounded to the currency's minor unit with {@code rounding}. */
  public Money times(Money amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    return amount.multipliedBy(value, rounding);
  }

  /** Whether this is 0. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Probability other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Probability && ((Probability) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The percentage, e.g. {@code "35%"}. */
  @Override
  public String toString() {
    return toPercent().toPlainString() + "%";
  }
}
