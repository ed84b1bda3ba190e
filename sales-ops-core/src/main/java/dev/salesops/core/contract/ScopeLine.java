package dev.salesops.core.contract;

import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One line of a contract's scope: a product, a quantity and a unit price.
 *
 * <p>Rules: the product is a non-blank text of at most 200 characters; the quantity is positive; the unit
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

  /** Validates the parts. */
  public ScopeLine {
    Checks.text(product, "scopeLine.product", 200);
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
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
