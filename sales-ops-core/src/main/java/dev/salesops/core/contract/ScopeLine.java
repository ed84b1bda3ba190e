package dev.salesops.core.contract;

import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One line of a contract's scope: a product, a quantity and a unit price.
 *
 * <p>Rules: the product is a non-blank text of at most 200 characters; the quantity is positive with at most
 * 30 integer digits and 30 decimal places (so that an absurd {@code 1e-1000000} is refused before any arithmetic); the unit
 * price is not negative. {@link #amount()} is {@code quantity × unitPrice} rounded to the currency's minor
 * unit {@link RoundingMode#HALF_EVEN} (quantities may be fractional: hours, kilograms).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param product what is sold (a product code or name)
 * @param quantity how many units; positive
 * @param unitPrice the price of one unit; not negative
 */
public record ScopeLine(String product, BigDecimal quantity, Money unitPrice) {
  /** The most integer digits, and the most decimal places, of a quantity. */
  public static final int MAX_DIGITS = 30;

  /** Validates the parts. */
  public ScopeLine {
    Checks.text(product, "scopeLine.product", 200);
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity.scale() > MAX_DIGITS || quantity.precision() - (long) quantity.scale() > MAX_DIGITS) {
      // before any arithmetic: 1e-1000000 or 1e1000000 would make amount() expand it
      throw Checks.fail("scopeLine.quantity", "must have at most " + MAX_DIGITS + " integer digits and " + MAX_DIGITS + " decimal places",
          Checks.describe(quantity));
    }
    if (quantity.signum() <= 0) {
      throw Checks.fail("scopeLine.quantity", "must be positive", quantity.toPlainString());
    }
    Monies.requireNonNegative(unitPrice, "scopeLine.unitPrice");
  }

  /** A scope line. */
  public static ScopeLine of(String product, BigDecimal quantity, Money unitPrice) {
    return new ScopeLine(product, quantity, unitPrice);
  }

  /** {@code quantity × unitPrice}, rounded HALF_EVEN to the minor unit. */
  public Money amount() {
    return unitPrice.multipliedBy(quantity, RoundingMode.HALF_EVEN);
  }
}
