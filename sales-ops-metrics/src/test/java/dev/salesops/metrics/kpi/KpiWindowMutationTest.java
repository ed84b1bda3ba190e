package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The KPI accumulator's window is half-open, {@code [start, end)}, for created, closed and expected-close dates
 * alike (written to kill PIT's boundary mutants in {@link KpiAccumulator}): a deal on the first day counts, a deal
 * on the end day does not; and the merge of two halves equals one accumulator over all records.
 */
class KpiWindowMutationTest {
  private static final LocalDate JAN1 = LocalDate.parse("2024-01-01");
  private static final LocalDate FEB1 = LocalDate.parse("2024-02-01");
  private static final DateRange JANUARY = DateRange.of(JAN1, FEB1);

  private static DealRecord.Builder deal(String id, Outcome outcome, String created, String closed) {
    DealRecord.Builder b = DealRecord.builder().id(id).owner("ann").outcome(outcome).amount("100.00", "USD")
        .createdDate(LocalDate.parse(created));
    return closed == null ? b : b.closedDate(LocalDate.parse(closed));
  }

  private static DealRecord[] deals() {
    return new DealRecord[] {
      deal("won-on-first-day", Outcome.WON, "2023-12-20", "2024-01-01").build(),
      deal("won-on-last-day", Outcome.WON, "2024-01-31", "2024-01-31").build(),
      deal("won-on-end-day", Outcome.WON, "2024-01-15", "2024-02-01").build(),
      deal("lost-the-day-before", Outcome.LOST, "2023-12-01", "2023-12-31").build(),
      deal("lost-in-window", Outcome.LOST, "2023-11-01", "2024-01-10").build(),
      deal("open-from-first-day", Outcome.OPEN, "2024-01-01", null).expectedCloseDate(JAN1).build(),
      deal("open-from-end-day", Outcome.OPEN, "2024-02-01", null).expectedCloseDate(FEB1).build(),
      deal("open-closing-last-day", Outcome.OPEN, "2023-06-01", null).expectedCloseDate(LocalDate.parse("2024-01-31")).build(),
    };
  }

  private static KpiReport report(DealRecord... records) {
    KpiAccumulator acc = new KpiAccumulator(KpiOptions.builder().window(JANUARY).build());
    for (DealRecord r : records) {
      acc.add(r);
    }
    return acc.finish();
  }

  @Test
  void theWindowIncludesItsFirstDayAndExcludesItsEndDay() {
    KpiReport r = report(deals());
    assertThat(r.records()).isEqualTo(8);
    assertThat(r.won()).isEqualTo(2);
    assertThat(r.lost()).isEqualTo(1);
    // created in [Jan 1, Feb 1): won-on-last-day, won-on-end-day, open-from-first-day
    assertThat(r.newLeads()).isEqualTo(3);
    assertThat(r.open()).isEqualTo(1);
    assertThat(r.winRate()).isEqualTo(Ratio.of(2, 3));
    CurrencyKpis usd = r.singleCurrency().orElseThrow();
    assertThat(usd.currency()).isEqualTo(CurrencyUnit.USD);
    assertThat(usd.wonCount()).isEqualTo(2);
    assertThat(usd.wonAmount()).isEqualTo(Money.parse("USD 200.00"));
    assertThat(usd.openCount()).isEqualTo(1);
    assertThat(usd.openPipeline()).isEqualTo(Money.parse("USD 100.00"));
    // expected close in the window: open-from-first-day (Jan 1) and open-closing-last-day (Jan 31), not Feb 1
    assertThat(usd.closingInWindowCount()).isEqualTo(2);
    assertThat(usd.pipelineClosingInWindow()).isEqualTo(Money.parse("USD 200.00"));
  }

  @Test
  void mergingTwoHalvesEqualsOneAccumulator() {
    DealRecord[] all = deals();
    KpiAccumulator a = new KpiAccumulator(KpiOptions.builder().window(JANUARY).build());
    KpiAccumulator b = new KpiAccumulator(KpiOptions.builder().window(JANUARY).build());
    for (int i = 0; i < all.length; i++) {
      (i % 2 == 0 ? a : b).add(all[i]);
    }
    assertThat(a.merge(b)).isSameAs(a);
    assertThat(a.finish()).isEqualTo(report(all));
    assertThat(b.finish().records()).isEqualTo(4);
  }
}
