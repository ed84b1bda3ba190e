package dev.salesops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.salesops.core.testing.AccumulatorLaws;
import dev.salesops.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneyTotalsTest {

  @Test
  void totalsPerCurrencyFinishIntoAMoneyBag() {
    MoneyTotals totals = new MoneyTotals();
    totals.add(Money.parse("USD 10.00"));
    totals.add(Money.parse("EUR 2.50"));
    totals.add(Money.parse("USD -10.00"));
    assertThat(totals.count()).isEqualTo(3);
    assertThat(totals.finish()).isEqualTo(MoneyBag.of(List.of(Money.parse("EUR 2.50"), Money.zero(CurrencyUnit.USD))));
    assertThat(totals.finish()).isEqualTo(totals.finish());
    assertThat(new MoneyTotals().finish()).isEqualTo(MoneyBag.empty());
    MoneyTotals other = new MoneyTotals();
    other.add(Money.parse("JPY 300"));
    assertThat(totals.merge(other).finish().currencies()).containsExactly(CurrencyUnit.EUR, CurrencyUnit.JPY, CurrencyUnit.USD);
    assertThat(other.finish()).isEqualTo(MoneyBag.of(Money.parse("JPY 300")));
    assertThat(totals.toString()).isEqualTo("MoneyTotals[MoneySum{EUR 2.50, count=1}, MoneySum{JPY 300, count=1}, MoneySum{USD 0.00, count=2}]");
    new NullPointerTester().testAllPublicInstanceMethods(new MoneyTotals());
  }

  @Test
  void overflowIsRefused() {
    MoneyTotals totals = new MoneyTotals();
    totals.add(Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE));
    assertThatThrownBy(() -> totals.add(Money.ofMinor(CurrencyUnit.USD, 1))).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("MoneySum in USD overflows");
  }

  @Test
  void obeysTheAccumulatorLaws() {
    AccumulatorLaws.check(808L, 200, r -> {
      List<Money> amounts = new ArrayList<>();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        Money m = Generators.money(r);
        amounts.add(r.nextBoolean() ? m : m.negated());
      }
      return amounts;
    }, MoneyTotals::new);
  }
}
