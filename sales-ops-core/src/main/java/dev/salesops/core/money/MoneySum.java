package dev.salesops.core.money;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A running sum of amounts in <em>one</em> currency, held as minor units in a {@code long}: adding does
 * not allocate. Overflow is detected ({@link ArithmeticException} naming the currency; the sum keeps its
 * value from before the failed addition), never wrapped. An amount whose minor units do not fit a
 * {@code long} is refused the same way.
 *
 * <p><b>Not thread-safe</b>: an accumulator for one thread; combine per-thread sums with {@link #merge}.
 * An amount in another currency is refused with a message naming both currencies.
 */
public final class MoneySum {
  private final CurrencyUnit currency;
  private long minor;
  private long count;

  private MoneySum(CurrencyUnit currency) {
    this.currency = currency;
  }

  /** An empty sum in {@code currency}. */
  public static MoneySum of(CurrencyUnit currency) {
    return new MoneySum(Objects.requireNonNull(currency, "currency"));
  }

  /** Adds an amount of this sum's currency. */
  public MoneySum add(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.getCurrencyUnit().equals(currency)) {
      throw Checks.fail("amount", "must be in " + currency + " to be added to a " + currency + " sum", amount.getCurrencyUnit());
    }
    long minorUnits;
    try {
      minorUnits = amount.getAmountMinorLong();
    } catch (ArithmeticException e) {
      throw new ArithmeticException("MoneySum in " + currency + ": amount " + amount + " does not fit a long in minor units");
    }
    return addMinor(minorUnits);
  }

  /** Adds an amount given in minor units (cents for USD). */
  public MoneySum addMinor(long minorUnits) {
    minor = plusExact(minor, minorUnits);
    count++;
    return this;
  }

  /** Adds another sum of the same currency into this one. */
  public MoneySum merge(MoneySum other) {
    Objects.requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw Checks.fail("other", "must be in " + currency + " to be merged into a " + currency + " sum", other.currency);
    }
    minor = plusExact(minor, other.minor);
    count += other.count;
    return this;
  }

  private long plusExact(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new ArithmeticException("MoneySum in " + currency + " overflows: " + a + " + " + b
          + " minor units exceeds the range of a long; the sum is unchanged");
    }
    return r;
  }

  /** The currency of this sum. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The sum in minor units. */
  public long minorUnits() {
    return minor;
  }

  /** How many amounts were added. */
  public long count() {
    return count;
  }

  /** The sum as money. */
  public Money toMoney() {
    return Money.ofMinor(currency, minor);
  }

  /** The sum as a decimal in major units. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minor, currency.getDecimalPlaces());
  }

  @Override
  public String toString() {
    return "MoneySum{" + toMoney() + ", count=" + count + "}";
  }
}
