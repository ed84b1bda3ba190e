package dev.salesops.core.money;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Parsing and validation of money amounts at the door.
 *
 * <p>An amount is accepted only when its scale fits the currency exactly ({@code 12.345 USD} is refused,
 * not rounded) and its text is short (at most {@value #MAX_AMOUNT_CHARS} characters), so that absurd
 * inputs such as {@code 1e-1000000} are refused before any arithmetic is done.
 */
public final class Monies {
  /** The longest amount text accepted. */
  public static final int MAX_AMOUNT_CHARS = 40;

  /** The largest absolute amount accepted, in major units: {@code 10^15}. */
  public static final BigDecimal MAX_ABS_AMOUNT = BigDecimal.TEN.pow(15);

  private Monies() {}

  /**
   * Parses {@code amount} (plain decimal, e.g. {@code "1234.50"}) in {@code currency}.
   *
   * @throws dev.salesops.core.validation.ValidationException naming {@code field} when the text is not a
   *     decimal, too long, too large, or has more decimals than the currency
   */
  public static Money parse(String amount, CurrencyUnit currency, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(amount, field);
    Objects.requireNonNull(currency, "currency");
    String text = amount.strip();
    if (text.isEmpty() || text.length() > MAX_AMOUNT_CHARS) {
      throw Checks.fail(field, "must be a decimal of 1 to " + MAX_AMOUNT_CHARS + " characters", abbreviate(text));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw Checks.fail(field, "must be a decimal number", abbreviate(text));
    }
    return of(value, currency, field);
  }

  /**
   * Validates {@code amount} for {@code currency}: at most the currency's decimal places (trailing zeros do
   * not count), and at most {@link #MAX_ABS_AMOUNT} in absolute value.
   */
  public static Money of(BigDecimal amount, CurrencyUnit currency, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(amount, field);
    Objects.requireNonNull(currency, "currency");
    int places = currency.getDecimalPlaces();
    // cheap checks before any arithmetic: 1e-1000000 has scale 1000000, 1e1000000 has scale -1000000; both
    // are refused here from the scale and precision alone, never expanded
    if (amount.scale() > places + 20) {
      throw Checks.fail(field, "must have at most " + places + " decimal places for " + currency, Checks.describe(amount));
    }
    // zero is never too large, whatever its exponent (0E+30 is zero, not 10^30)
    if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > 20) {
      throw Checks.fail(field, "must be at most " + MAX_ABS_AMOUNT.toPlainString() + " in absolute value", Checks.describe(amount));
    }
    BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    if (stripped.scale() > places) {
      throw Checks.fail(field, "must have at most " + places + " decimal places for " + currency, Checks.describe(amount));
    }
    if (stripped.abs().compareTo(MAX_ABS_AMOUNT) > 0) {
      throw Checks.fail(field, "must be at most " + MAX_ABS_AMOUNT.toPlainString() + " in absolute value", Checks.describe(amount));
    }
    return Money.of(currency, stripped.setScale(places));
  }

  /**
   * Validates a {@link Money} built elsewhere (by the host): at most {@link #MAX_ABS_AMOUNT} in absolute value,
   * so that its minor units always fit a {@code long} (what {@link MoneySum} needs).
   */
  public static Money requireBounded(Money money, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(money, field);
    if (money.getAmount().abs().compareTo(MAX_ABS_AMOUNT) > 0) {
      throw Checks.fail(field, "must be at most " + MAX_ABS_AMOUNT.toPlainString() + " in absolute value", money.getCurrencyUnit() + " " + Checks.describe(money.getAmount()));
    }
    return money;
  }

  /** Parses an ISO-4217 currency code, refusing unknown ones with a message naming {@code field}. */
  public static CurrencyUnit currency(String code, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, field);
    try {
      return CurrencyUnit.of(code.strip());
    } catch (RuntimeException e) {
      throw Checks.fail(field, "must be a known ISO-4217 currency code", abbreviate(code));
    }
  }

  /** Requires {@code money} to be in {@code currency}. */
  public static Money requireCurrency(Money money, CurrencyUnit currency, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(money, field);
    if (!money.getCurrencyUnit().equals(currency)) {
      throw Checks.fail(field, "must be in " + currency, money);
    }
    return money;
  }

  /** Requires a non-negative amount. */
  public static Money requireNonNegative(Money money, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(money, field);
    if (money.isNegative()) {
      throw Checks.fail(field, "must not be negative", money);
    }
    return money;
  }

  static String abbreviate(String s) {
    return Checks.describe(s);
  }
}
