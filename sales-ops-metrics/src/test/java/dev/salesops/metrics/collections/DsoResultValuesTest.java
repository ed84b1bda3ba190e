package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.salesops.metrics.ratio.Ratio;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** DSO results and the collected-cash accumulator as values, with their record-like texts. */
class DsoResultValuesTest {
  static Money usd(String a) {
    return Money.parse("USD " + a);
  }

  @Test
  void dsoResultsAreEqualWhenEveryPartIs() {
    CountbackMonth march = new CountbackMonth(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), usd("100.00"), usd("50.00"), Ratio.of(31, 2));
    DsoResult r = new DsoResult(usd("50.00"), usd("300.00"), 90, Ratio.of(4500, 300), Ratio.of(31, 2), List.of(march));
    new EqualsTester()
        .addEqualityGroup(r, new DsoResult(usd("50.00"), usd("300.00"), 90, Ratio.of(4500, 300), Ratio.of(31, 2), List.of(march)))
        .addEqualityGroup(new DsoResult(usd("60.00"), usd("300.00"), 90, Ratio.of(4500, 300), Ratio.of(31, 2), List.of(march)))
        .addEqualityGroup(new DsoResult(usd("50.00"), usd("310.00"), 90, Ratio.of(4500, 300), Ratio.of(31, 2), List.of(march)))
        .addEqualityGroup(new DsoResult(usd("50.00"), usd("300.00"), 91, Ratio.of(4500, 300), Ratio.of(31, 2), List.of(march)))
        .addEqualityGroup(new DsoResult(usd("50.00"), usd("300.00"), 90, Ratio.of(4550, 300), Ratio.of(31, 2), List.of(march)))
        .addEqualityGroup(new DsoResult(usd("50.00"), usd("300.00"), 90, Ratio.of(4500, 300), null, List.of(march)))
        .addEqualityGroup(new DsoResult(usd("50.00"), usd("300.00"), 90, Ratio.of(4500, 300), Ratio.of(31, 2), List.of()))
        .testEquals();
    assertThat(r.hashCode()).isNotEqualTo(new DsoResult(usd("60.00"), usd("300.00"), 90, Ratio.of(4500, 300), Ratio.of(31, 2), List.of(march)).hashCode());
    assertThat(r.toString()).isEqualTo("DsoResult[endingReceivables=USD 50.00, creditSales=USD 300.00, daysInPeriod=90, standard=" + Ratio.of(4500, 300)
        + ", countback=Optional[" + Ratio.of(31, 2) + "], countbackMonths=" + List.of(march) + "]");
  }

  @Test
  void collectedCashCountsItsRepPeriods() {
    CollectedCash<String> cash = CollectedCash.of(d -> d.getYear() + "-" + d.getMonthValue());
    assertThat(cash).hasToString("CollectedCash{0 rep-periods}");
    RandomLedgers.records(new java.util.Random(3)).forEach(cash::add);
    Map<RepPeriod<String>, ?> rows = cash.finish().collected();
    assertThat(cash).hasToString("CollectedCash{" + rows.size() + " rep-periods}");
  }
}
