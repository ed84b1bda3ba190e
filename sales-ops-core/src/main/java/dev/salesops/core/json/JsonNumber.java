package dev.salesops.core.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept as its literal text (so it is written back exactly as read).
 *
 * <p>{@link #of(String)} checks the JSON number grammar; the reader also bounds its length. {@link #decimal()}
 * converts it only within {@link dev.salesops.core.validation.DecimalBounds} (so {@code 1e999999999} is refused
 * before any arithmetic).
 */
public final class JsonNumber implements JsonValue {
  private final String text;

  private JsonNumber(String text) {
    this.text = text;
  }

  /**
   * The number written {@code text}, which must follow the JSON grammar
   * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}).
   *
   * @throws IllegalArgumentException if it does not
   */
  public static JsonNumber of(String text) {
    Objects.requireNonNull(text, "text");
    if (!isJsonNumber(text)) {
      throw new IllegalArgumentException("not a JSON number (" + text.length() + " chars)");
    }
    return new JsonNumber(text);
  }

  /** The number {@code value}. */
  public static JsonNumber of(long value) {
    return new JsonNumber(Long.toString(value));
  }

  /** The number {@code value} written as {@link BigDecimal#toString()} does (e.g. {@code 12.50}, {@code 1E+3}). */
  public static JsonNumber of(BigDecimal value) {
    String s = value.toString();
    // BigDecimal writes "1E+3"; JSON allows that exponent form, so it is kept as is
    return new JsonNumber(s);
  }

  /**
   * The number {@code value} as {@link Double#toString(double)} writes it.
   *
   * @throws IllegalArgumentException if it is NaN or infinite (JSON has no such numbers)
   */
  public static JsonNumber of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    return new JsonNumber(Double.toString(value));
  }

  /** The literal text. */
  public String text() {
    return text;
  }

  /**
   * The value as a {@link BigDecimal}.
   *
   * @throws ArithmeticException never for a number the reader accepted; callers that build numbers themselves
   *     should check {@link dev.salesops.core.validation.DecimalBounds}
   */
  public BigDecimal decimal() {
    return new BigDecimal(text);
  }

  @Override
  public String typeName() {
    return "number";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonNumber n && n.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...(" + text.length() + " chars)";
  }

  /** True if {@code s} follows the JSON number grammar; linear in its length. */
  static boolean isJsonNumber(CharSequence s) {
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
      while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
        i++;
      }
    } else {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }
}
