package dev.salesops.core.internal;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Argument checks whose messages name the field, the value and the rule. Thrown as {@link
 * ValidationException} (an {@link IllegalArgumentException}); a {@code null} argument is a {@link
 * NullPointerException} naming the parameter, as in {@code java.time}; a {@code null} field name is a {@link
 * NullPointerException} naming {@code "field"}.
 */
public final class Checks {
  private Checks() {}

  /** Throws a {@link ValidationException} for {@code field} breaking {@code rule} with {@code value}. */
  public static ValidationException fail(String field, String rule, Object value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    throw new ValidationException(Problem.of(field, rule, value));
  }

  /** Throws a {@link ValidationException} for {@code field} breaking the coded {@code rule} with {@code value}. */
  public static ValidationException fail(String field, dev.salesops.core.message.Message rule, Object value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    throw new ValidationException(Problem.of(field, rule, value));
  }

  private static dev.salesops.core.message.Message rule(String code, String field, Object... params) {
    return CoreMessages.of(code, field, params);
  }

  /** {@code value} must not be null. */
  public static <T> T notNull(T value, String field) {
    Objects.requireNonNull(field, "field");
    return Objects.requireNonNull(value, field);
  }

  /** Text must be non-blank, at most {@code maxLength} characters and free of control characters. */
  public static String text(String value, String field, int maxLength) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      fail(field, rule(CoreMessages.BLANK, field), quote(value));
    }
    if (value.length() > maxLength) {
      fail(field, rule(CoreMessages.TOO_LONG, field, "max", maxLength), value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        fail(field, rule(CoreMessages.CONTROL_CHARACTERS, field), "U+" + String.format("%04X", (int) value.charAt(i)) + " at index " + i);
      }
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static long nonNegative(long value, String field) {
    Objects.requireNonNull(field, "field");
    if (value < 0) {
      fail(field, rule(CoreMessages.NEGATIVE, field), value);
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static int nonNegative(int value, String field) {
    Objects.requireNonNull(field, "field");
    if (value < 0) {
      fail(field, rule(CoreMessages.NEGATIVE, field), value);
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static BigDecimal nonNegative(BigDecimal value, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      fail(field, rule(CoreMessages.NEGATIVE, field), describe(value));
    }
    return value;
  }

  /** {@code value > 0}. */
  public static int positive(int value, String field) {
    Objects.requireNonNull(field, "field");
    if (value <= 0) {
      fail(field, rule(CoreMessages.NOT_POSITIVE, field), value);
    }
    return value;
  }

  /** {@code min <= value <= max}. */
  public static BigDecimal within(BigDecimal value, BigDecimal min, BigDecimal max, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      fail(field, rule(CoreMessages.OUT_OF_RANGE, field, "min", describe(min), "max", describe(max)), describe(value));
    }
    return value;
  }

  /** A finite double. */
  public static double finite(double value, String field) {
    Objects.requireNonNull(field, "field");
    if (!Double.isFinite(value)) {
      fail(field, rule(CoreMessages.NOT_FINITE, field), value);
    }
    return value;
  }

  /**
   * Free text (a need statement, a note): like {@link #text} but line breaks and tabs are allowed; other
   * control characters are not.
   */
  public static String freeText(String value, String field, int maxLength) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      fail(field, rule(CoreMessages.BLANK, field), quote(value));
    }
    if (value.length() > maxLength) {
      fail(field, rule(CoreMessages.TOO_LONG, field, "max", maxLength), value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        fail(field, rule(CoreMessages.CONTROL_CHARACTERS_IN_TEXT, field), "U+" + String.format("%04X", (int) c) + " at index " + i);
      }
    }
    return value;
  }

  /** The earliest instant accepted in records: {@code 0001-01-01T00:00:00Z}. */
  public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant accepted in records: {@code 9999-12-31T23:59:59.999999999Z}. */
  public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * An instant within the years 0001 to 9999 (UTC), the range ISO-8601 writes without a sign and every
   * calendar computation handles; {@link Instant#MAX} and the like are refused rather than overflowing later.
   */
  public static Instant instant(Instant value, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      fail(field, rule(CoreMessages.INSTANT_OUT_OF_RANGE, field), value);
    }
    return value;
  }

  /** A date within the years 0001 to 9999. */
  public static LocalDate date(LocalDate value, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, field);
    if (value.getYear() < 1 || value.getYear() > 9999) {
      fail(field, rule(CoreMessages.DATE_OUT_OF_RANGE, field), value);
    }
    return value;
  }

  /**
   * A decimal as text for a message, bounded in length whatever its magnitude: plain notation for ordinary
   * values, scientific notation for extreme exponents (so {@code 1e1000000} never expands to a million
   * digits), and at most about 60 characters for very long values.
   */
  public static String describe(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    String s = Math.abs((long) value.scale()) <= 40 && value.precision() <= 60 ? value.toPlainString() : value.toString();
    if (s.length() > 60) {
      return s.substring(0, 30) + "...(" + value.precision() + " digits, scale " + value.scale() + ")";
    }
    return s;
  }

  /** A text as a quoted value for a message, abbreviated after 50 characters. */
  public static String describe(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() <= 50 ? quote(value) : quote(value.substring(0, 47) + "...") + " (" + value.length() + " characters)";
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
