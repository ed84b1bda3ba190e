package dev.salesops.core.validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Argument checks whose messages name the field, the value and the rule. Thrown as {@link
 * ValidationException} (an {@link IllegalArgumentException}); a {@code null} argument is a {@link
 * NullPointerException} naming the parameter, as in {@code java.time}.
 */
public final class Checks {
  private Checks() {}

  /** Throws a {@link ValidationException} for {@code field} breaking {@code rule} with {@code value}. */
  public static ValidationException fail(String field, String rule, Object value) {
    throw new ValidationException(Problem.of(field, rule, value));
  }

  /** {@code value} must not be null. */
  public static <T> T notNull(T value, String field) {
    return Objects.requireNonNull(value, field);
  }

  /** Text must be non-blank, at most {@code maxLength} characters and free of control characters. */
  public static String text(String value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      fail(field, "must not be blank", quote(value));
    }
    if (value.length() > maxLength) {
      fail(field, "must be at most " + maxLength + " characters long", value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        fail(field, "must not contain control characters", "U+" + String.format("%04X", (int) value.charAt(i)) + " at index " + i);
      }
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static long nonNegative(long value, String field) {
    if (value < 0) {
      fail(field, "must not be negative", value);
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static int nonNegative(int value, String field) {
    if (value < 0) {
      fail(field, "must not be negative", value);
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static BigDecimal nonNegative(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      fail(field, "must not be negative", value.toPlainString());
    }
    return value;
  }

  /** {@code value > 0}. */
  public static int positive(int value, String field) {
    if (value <= 0) {
      fail(field, "must be positive", value);
    }
    return value;
  }

  /** {@code min <= value <= max}. */
  public static BigDecimal within(BigDecimal value, BigDecimal min, BigDecimal max, String field) {
    Objects.requireNonNull(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      fail(field, "must be within [" + min.toPlainString() + ", " + max.toPlainString() + "]", value.toPlainString());
    }
    return value;
  }

  /** A finite double. */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      fail(field, "must be a finite number", value);
    }
    return value;
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
