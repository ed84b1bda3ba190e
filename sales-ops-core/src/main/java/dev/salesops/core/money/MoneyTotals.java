package dev.salesops.core.money;

import dev.salesops.core.accumulate.Accumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A mergeable running total per currency: one {@link MoneySum} per currency seen, finishing into a
 * {@link MoneyBag}. The {@link Accumulator} to use when a KPI sums amounts that may be in several currencies
 * (revenue, pipeline value): currencies are kept apart, nothing is converted.
 *
 * <p>Adding an amount of a currency already seen does not allocate. Overflow of a currency's total
 * ({@code long} minor units) is an {@link ArithmeticException}, as in {@link MoneySum}; amounts built with
 * {@link Monies} always fit.
 *
 * <p><b>Not thread-safe</b>: one per thread, then {@link #merge}. {@link #finish()} leaves it unchanged.
 */
public final class MoneyTotals implements Accumulator<Money, MoneyTotals, MoneyBag> {
  private final Map<CurrencyUnit, MoneySum> sums = new TreeMap<>();

  /** An empty total. */
  public MoneyTotals() {}

  @Override
  public void add(Money amount) {
    Objects.requireNonNull(amount, "amount");
    sums.computeIfAbsent(amount.getCurrencyUnit(), MoneySum::of).add(amount);
  }

  @Override
  public MoneyTotals merge(MoneyTotals other) {
    Objects.requireNonNull(other, "other");
    for (MoneySum s : List.copyOf(other.sums.values())) {
      MoneySum mine = sums.get(s.currency());
      if (mine == null) {
        sums.put(s.currency(), MoneySum.of(s.currency()).merge(s));
      } else {
        mine.merge(s);
      }
    }
    return this;
  }

  /** How many amounts were added, all currencies together. */
  public long count() {
    long n = 0;
    for (MoneySum s : sums.values()) {
      n += s.count();
    }
    return n;
  }

  /** The totals per currency; currencies that were added stay even when their total is zero. */
  @Override
  public MoneyBag finish() {
    List<Money> totals = new ArrayList<>(sums.size());
    for (MoneySum s : sums.values()) {
      totals.add(s.toMoney());
    }
    return MoneyBag.of(totals);
  }

  @Override
  public String toString() {
    return "MoneyTotals" + sums.values();
  }
}
