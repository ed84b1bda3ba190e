package dev.salesops.core.lifecycle;

import dev.salesops.core.money.Monies;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One dated fact about a customer: its type, instant, and for purchases optionally the product line and the
 * amount (not negative).
 *
 * <p>A product line is only accepted on ORDER and UPSELL, an amount only on purchases (ORDER, UPSELL,
 * RENEWAL); anything else is refused with a {@link dev.salesops.core.validation.ValidationException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerEvent {
  private final CustomerEventType type;
  private final Instant at;
  private final ProductLine productLine;
  private final Money amount;

  private CustomerEvent(CustomerEventType type, Instant at, ProductLine productLine, Money amount) {
    this.type = Objects.requireNonNull(type, "type");
    this.at = Objects.requireNonNull(at, "at");
    if (productLine != null && type != CustomerEventType.ORDER && type != CustomerEventType.UPSELL) {
      throw Checks.fail("customerEvent.productLine", "is only allowed on ORDER and UPSELL events", type);
    }
    if (amount != null) {
      if (!type.isPurchase()) {
        throw Checks.fail("customerEvent.amount", "is only allowed on ORDER, UPSELL and RENEWAL events", type);
      }
      Monies.requireNonNegative(amount, "customerEvent.amount");
    }
    this.productLine = productLine;
    this.amount = amount;
  }

  /** An event of {@code type} at {@code at}. */
  public static CustomerEvent of(CustomerEventType type, Instant at) {
    return new CustomerEvent(type, at, null, null);
  }

  /** A CONTACT event. */
  public static CustomerEvent contact(Instant at) {
    return of(CustomerEventType.CONTACT, at);
  }

  /** An ORDER of {@code productLine} for {@code amount}. */
  public static CustomerEvent order(Instant at, ProductLine productLine, Money amount) {
    return new CustomerEvent(CustomerEventType.ORDER, at, Objects.requireNonNull(productLine, "productLine"), Objects.requireNonNull(amount, "amount"));
  }

  /** An UPSELL of {@code productLine} for {@code amount}. */
  public static CustomerEvent upsell(Instant at, ProductLine productLine, Money amount) {
    return new CustomerEvent(CustomerEventType.UPSELL, at, Objects.requireNonNull(productLine, "productLine"), Objects.requireNonNull(amount, "amount"));
  }

  /** A RENEWAL for {@code amount}. */
  public static CustomerEvent renewal(Instant at, Money amount) {
    return new CustomerEvent(CustomerEventType.RENEWAL, at, null, Objects.requireNonNull(amount, "amount"));
  }

  /** This event with {@code productLine} (ORDER and UPSELL only). */
  public CustomerEvent withProductLine(ProductLine productLine) {
    return new CustomerEvent(type, at, Objects.requireNonNull(productLine, "productLine"), amount);
  }

  /** This event with {@code amount} (purchases only). */
  public CustomerEvent withAmount(Money amount) {
    return new CustomerEvent(type, at, productLine, Objects.requireNonNull(amount, "amount"));
  }

  /** The type. */
  public CustomerEventType type() {
    return type;
  }

  /** When it happened. */
  public Instant at() {
    return at;
  }

  /** The product line, for ORDER and UPSELL events that name one. */
  public Optional<ProductLine> productLine() {
    return Optional.ofNullable(productLine);
  }

  /** The amount, for purchases that carry one. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  ProductLine productLineOrNull() {
    return productLine;
  }

  Money amountOrNull() {
    return amount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerEvent e && e.type == type && e.at.equals(at) && Objects.equals(e.productLine, productLine)
        && Objects.equals(e.amount, amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, at, productLine, amount);
  }

  @Override
  public String toString() {
    return "CustomerEvent[" + type + " at " + at + (productLine == null ? "" : ", " + productLine) + (amount == null ? "" : ", " + amount) + "]";
  }
}
