package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.money.ExchangeRates;
import dev.salesops.core.money.MissingExchangeRateException;
import dev.salesops.metrics.period.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * Accumulators are failure-atomic (untrusted-input issue): a record refused for a missing exchange rate or an
 * overflowing exact sum changes nothing, and the overflow names the KPI and the currency.
 */
class FailureAtomicityTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;

  private static DealRecord won(String id, String amount, String currency) {
    return DealRecord.builder().id(id).owner("ann").createdDate(LocalDate.parse("2024-01-02"))
        .closedDate(LocalDate.parse("2024-01-12")).outcome(Outcome.WON).amount(amount, currency).build();
  }

  @Test
  void aRecordWithoutAnExchangeRateChangesNothing() {
    ExchangeRates onlyUsd = (from, to, date) -> Optional.empty();
    KpiOptions options = KpiOptions.builder().window(DateRange.all()).moneyPolicy(MoneyPolicy.convertTo(USD, onlyUsd,
        MoneyPolicy.RateDate.CLOSE_DATE, LocalDate.parse("2024-03-31"), RoundingMode.HALF_EVEN)).build();
    KpiAccumulator acc = new KpiAccumulator(options);
    acc.add(won("d1", "100.00", "USD"));
    KpiReport before = acc.finish();
    assertThatThrownBy(() -> acc.add(won("d2", "50.00", "EUR"))).isInstanceOf(MissingExchangeRateException.class);
    KpiReport after = acc.finish();
    assertThat(after.records()).isEqualTo(1);
    assertThat(after.won()).isEqualTo(1);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void anOverflowingSumIsRefusedBeforeAnythingIsCountedAndNamesTheKpiAndCurrency() {
    KpiAccumulator acc = new KpiAccumulator(KpiOptions.builder().window(DateRange.all()).build());
    int added = 0;
    Throwable refused = null;
    for (int i = 0; i < 200 && refused == null; i++) {
      try {
        acc.add(won("d" + i, "1000000000000000", "USD")); // USD 10^15, the largest amount accepted
        added++;
      } catch (ArithmeticException e) {
        refused = e;
      }
    }
    assertThat(refused).isNotNull().hasMessageContaining("won amount").hasMessageContaining("USD")
        .hasMessageContaining("nothing was counted");
    assertThat(added).isEqualTo(92); // 92 × 10^17 cents fit in a long, the 93rd does not
    KpiReport report = acc.finish();
    assertThat(report.records()).isEqualTo(added);
    assertThat(report.won()).isEqualTo(added);
    assertThat(report.currency(USD).orElseThrow().wonAmount().getAmount())
        .isEqualByComparingTo(new BigDecimal("1000000000000000").multiply(BigDecimal.valueOf(added)));
  }

  @Test
  void aBreakdownByPeriodChecksEveryGroupBeforeChangingAny() {
    ExchangeRates eurUntilFebruary = (from, to, date) -> from.equals(EUR) && to.equals(USD) && date.isBefore(LocalDate.parse("2024-02-01"))
        ? Optional.of(new BigDecimal("1.10")) : Optional.empty();
    KpiOptions options = KpiOptions.builder().window(DateRange.all()).moneyPolicy(MoneyPolicy.convertTo(USD, eurUntilFebruary,
        MoneyPolicy.RateDate.CLOSE_DATE, LocalDate.parse("2024-03-31"), RoundingMode.HALF_EVEN)).build();
    BreakdownAccumulator acc = BreakdownAccumulator.byPeriod(options, dev.salesops.metrics.period.PeriodScheme.calendarMonth());
    acc.add(won("ok", "100.00", "EUR"));
    KpiBreakdown before = acc.finish();
    // created in January (a rate would exist), closed in March (none): refused as a whole, no group changed
    DealRecord late = DealRecord.builder().id("late").owner("ann").createdDate(LocalDate.parse("2024-01-05"))
        .closedDate(LocalDate.parse("2024-03-10")).outcome(Outcome.WON).amount("70.00", "EUR").build();
    assertThatThrownBy(() -> acc.add(late)).isInstanceOf(MissingExchangeRateException.class);
    assertThat(acc.finish()).isEqualTo(before);
  }
}
