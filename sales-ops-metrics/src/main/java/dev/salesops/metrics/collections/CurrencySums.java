package dev.salesops.metrics.collections;

import dev.salesops.core.money.MoneyBag;
import java.util.HashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Mutable sums of minor units per currency, overflow-checked. Not thread-safe; internal to this package. */
final class CurrencySums {
  private final Map<CurrencyUnit, long[]> sums = new HashMap<>();

  void add(CurrencyUnit currency, long minor) {
    long[] s = sums.computeIfAbsent(currency, c -> new long[1]);
    s[0] = Math.addExact(s[0], minor);
  }

  void addAll(CurrencySums other) {
    other.sums.forEach((c, s) -> add(c, s[0]));
  }

  MoneyBag toBag() {
    MoneyBag bag = MoneyBag.empty();
    for (Map.Entry<CurrencyUnit, long[]> e : sums.entrySet()) {
      bag = bag.plus(Money.ofMinor(e.getKey(), e.getValue()[0]));
    }
    return bag;
  }
}
