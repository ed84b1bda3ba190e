package dev.salesops.core.money;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Sums of money kept apart per currency, so that different currencies are never added together silently.
 *
 * <p>{@link #plus} adds into the matching currency; {@link #toMoney()} gives the single amount only when
 * there is at most one currency, and {@link #convertTo} turns the bag into one currency through the host's
 * {@link ExchangeRates}. The empty bag has no currencies. A currency once added stays in the bag, even when
 * its amounts cancel out to zero: {@code USD 5 + EUR 0} holds two currencies (and is not equal to
 * {@code USD 5}), so that {@link #toMoney()} never hides that a second currency was involved.
 *
 * <p>{@link #plus(Money)} copies the bag: for summing many amounts of one currency in a loop use
 * {@link MoneySum}, which does not allocate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyBag {
  private static final MoneyBag EMPTY = new MoneyBag(new TreeMap<>());

  private final TreeMap<CurrencyUnit, Money> sums;

  private MoneyBag(TreeMap<CurrencyUnit, Money> sums) {
    this.sums = sums;
  }

  /** The empty bag. */
  public static MoneyBag empty() {
    return EMPTY;
  }

  /** A bag holding one amount. */
  public static MoneyBag of(Money amount) {
    return EMPTY.plus(amount);
  }

  /** A bag holding the sum of {@code amounts}, per currency. */
  public static MoneyBag of(Iterable<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    TreeMap<CurrencyUnit, Money> map = new TreeMap<>();
    for (Money m : amounts) {
      Objects.requireNonNull(m, "amounts element");
      map.merge(m.getCurrencyUnit(), m, Money::plus);
    }
    return new MoneyBag(map);
  }

  /** This bag plus {@code amount}, added to the sum of its own currency. */
  public MoneyBag plus(Money amount) {
    Objects.requireNonNull(amount, "amount");
    TreeMap<CurrencyUnit, Money> map = new TreeMap<>(sums);
    map.merge(amount.getCurrencyUnit(), amount, Money::plus);
    return new MoneyBag(map);
  }

  /** This bag plus every sum of {@code other}, currency by currency. */
  public MoneyBag plus(MoneyBag other) {
    Objects.requireNonNull(other, "other");
    if (other.sums.isEmpty()) {
      return this;
    }
    if (sums.isEmpty()) {
      return other;
    }
    TreeMap<CurrencyUnit, Money> map = new TreeMap<>(sums);
    other.sums.forEach((c, m) -> map.merge(c, m, Money::plus));
    return new MoneyBag(map);
  }

  /** The currencies present, in code order. */
  public Set<CurrencyUnit> currencies() {
    return Collections.unmodifiableSet(sums.keySet());
  }

  /** The sums per currency, in code order. */
  public Map<CurrencyUnit, Money> toMap() {
    return Collections.unmodifiableMap(sums);
  }

  /** The sum in {@code currency}; zero of that currency when absent. */
  public Money amountOf(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Money m = sums.get(currency);
    return m == null ? Money.zero(currency) : m;
  }

  /** Whether no amount was added. */
  public boolean isEmpty() {
    return sums.isEmpty();
  }

  /** Whether the bag holds at most one currency. */
  public boolean isSingleCurrency() {
    return sums.size() <= 1;
  }

  /**
   * The single amount of a bag with one currency; empty for the empty bag.
   *
   * @throws MixedCurrencyException naming the currencies when there are several
   */
  public Optional<Money> toMoney() {
    if (sums.size() > 1) {
      throw new MixedCurrencyException(sums.keySet());
    }
    return sums.isEmpty() ? Optional.empty() : Optional.of(sums.firstEntry().getValue());
  }

  /**
   * The whole bag in {@code currency}: each foreign sum is converted at the rate on {@code date} and
   * rounded to the minor unit with {@code rounding} (one rounding per currency, not per amount).
   *
   * @throws MissingExchangeRateException when a rate is missing
   */
  public Money convertTo(CurrencyUnit currency, ExchangeRates rates, LocalDate date, RoundingMode rounding) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rounding, "rounding");
    Money total = Money.zero(currency);
    for (Money m : sums.values()) {
      total = total.plus(rates.convert(m, currency, date, rounding));
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MoneyBag && ((MoneyBag) o).sums.equals(sums);
  }

  @Override
  public int hashCode() {
    return sums.hashCode();
  }

  @Override
  public String toString() {
    return "MoneyBag" + sums.values();
  }
}
