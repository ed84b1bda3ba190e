package dev.salesops.core.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept as its literal text (so it is written back exactly as read). An integer that
 * {@link JsonReader} read is kept as its {@code long} value instead: its literal is exactly the value's decimal
 * form (JSON integers have no leading zeros; {@code -0} keeps its text), rendered when asked for.
 *
 * <p>{@link #of(String)} checks the JSON number grammar; {@link JsonReader} also bounds its length and refuses a
 * number outside {@link dev.salesops.core.validation.DecimalBounds}. {@link #decimal()} converts it only within
 * those bounds (so {@code 1e999999999} is refused before any arithmetic, and a number the reader accepted always
 * converts).
 */
public final class JsonNumber implements JsonValue {
  /** The literal: a {@link String}, or for an integer the reader read a {@link Long} whose decimal form it is. */
  private final Object literal;
  /** Whether the literal has neither a fraction nor an exponent (final: a number is safely shared). */
  private final boolean integral;
  private BigDecimal decimal;

  private JsonNumber(String text) {
    this(text, text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0);
  }

  private JsonNumber(Object literal, boolean integral) {
    this.literal = literal;
    this.integral = integral;
  }

  /** The smallest and largest integers {@link #shared(int)} holds. */
  static final int SHARED_MIN = -128;
  static final int SHARED_MAX = 1023;

  /**
   * The shared number written as the integer {@code value} ({@code 7}, {@code -12}; never {@code -0}) when it is
   * within [{@value #SHARED_MIN}, {@value #SHARED_MAX}], else null: the reader's small integers, built once (a
   * number is immutable; its lazily computed decimal is a benign race on an immutable value).
   */
  static JsonNumber shared(int value) {
    return value >= SHARED_MIN && value <= SHARED_MAX ? Shared.NUMBERS[value - SHARED_MIN] : null;
  }

  /** Built on first use. */
  private static final class Shared {
    static final JsonNumber[] NUMBERS = new JsonNumber[SHARED_MAX - SHARED_MIN + 1];

    static {
      for (int v = SHARED_MIN; v <= SHARED_MAX; v++) {
        NUMBERS[v - SHARED_MIN] = new JsonNumber(Integer.toString(v), true);
      }
    }

    private Shared() {}
  }

  /** A literal {@link JsonReader} has checked (grammar, length and bounds). */
  static JsonNumber read(String text, boolean integral) {
    return new JsonNumber(text, integral);
  }

  /** An integer {@link JsonReader} read whose literal is {@code Long.toString(value)} (never {@code -0}). */
  static JsonNumber read(long value) {
    return new JsonNumber(Long.valueOf(value), true);
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
    Object l = literal;
    return l instanceof String s ? s : Long.toString((Long) l);
  }

  /**
   * The value as a {@link BigDecimal}, with the scale it was written with ({@code 0.50} has scale 2,
   * {@code 1e3} is {@code 1E+3}).
   *
   * @throws ArithmeticException if the number is outside {@link dev.salesops.core.validation.DecimalBounds}
   *     (never for a number {@link JsonReader} read: it refuses those); the message is short and does not
   *     expand the number
   */
  public BigDecimal decimal() {
    BigDecimal d = decimal;
    if (d == null) {
      if (literal instanceof Long l) {
        d = BigDecimal.valueOf(l); // scale 0, as new BigDecimal(text)
      } else {
        String text = (String) literal;
        if (!withinBounds(text)) {
          throw new ArithmeticException("number outside the decimal bounds (" + text.length() + " chars)");
        }
        d = new BigDecimal(text);
      }
      decimal = d;
    }
    return d;
  }

  /**
   * Whether the number is within {@link dev.salesops.core.validation.DecimalBounds} (at most 100 significant
   * digits, scale within &plusmn;100); decided on the literal, without building a {@link BigDecimal}.
   */
  public boolean withinBounds() {
    return decimal != null || !(literal instanceof String text) || withinBounds(text);
  }

  /**
   * Whether the literal has neither a fraction nor an exponent ({@code 12}, {@code -3}; not {@code 12.0} nor
   * {@code 1e2}): what JSON libraries read as an integer.
   */
  public boolean isIntegral() {
    return integral;
  }

  /** {@link #withinBounds()} of a literal that follows the JSON grammar; linear in its length. */
  static boolean withinBounds(String s) {
    int n = s.length();
    int i = s.charAt(0) == '-' ? 1 : 0;
    int significant = 0;
    int fraction = 0;
    boolean leading = true;
    boolean inFraction = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        inFraction = true;
        continue;
      }
      if (c == 'e' || c == 'E') {
        break;
      }
      if (inFraction) {
        fraction++;
      }
      if (leading && c == '0') {
        continue;
      }
      leading = false;
      significant++;
    }
    long exponent = 0;
    if (i < n) {
      i++; // e
      boolean negative = false;
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        negative = s.charAt(i) == '-';
        i++;
      }
      for (; i < n; i++) {
        if (exponent < 1_000_000_000L) {
          exponent = exponent * 10 + (s.charAt(i) - '0');
        }
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    long scale = fraction - exponent;
    int max = dev.salesops.core.validation.DecimalBounds.MAX_SCALE;
    return significant <= dev.salesops.core.validation.DecimalBounds.MAX_PRECISION && scale <= max && scale >= -max;
  }

  @Override
  public String typeName() {
    return "number";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonNumber n)) {
      return false;
    }
    if (literal instanceof Long a && n.literal instanceof Long b) {
      return a.longValue() == b.longValue();
    }
    return n.text().equals(text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    String text = text();
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
