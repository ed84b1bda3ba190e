package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.testing.AccumulatorLaws;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * CEI with the credit sales averaged over the period's months, the form Oracle documents for Advanced Collections
 * ({@code [Beginning Receivables + (Credit Sales / N) − Ending Total Receivables] / [Beginning Receivables + (Credit
 * Sales / N) − Ending Current Receivables] × 100}, N = number of months; quoted on community.oracle.com, "Help
 * required for calculating Collection Effectiveness Index").
 */
class CeiOracleFormTest {
  static Money usd(String a) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(a));
  }

  /**
   * A published quarterly ageing (wizedu.com, question 116374: January–March credit sales 3,390 + 3,610 + 3,890 =
   * 10,890; beginning receivables 6,200; ending total 6,340; ending current 3,590) gives 10,750 / 13,500 = 79.63 %
   * in the standard form, as the published answer says. Oracle's form on the same inputs (N = 3; hand computation,
   * no published figure): 6,200 + 3,630 = 9,830; (9,830 − 6,340) / (9,830 − 3,590) = 3,490 / 6,240 = 55.93 %.
   */
  @Test
  void standardAndOracleFormsOnAPublishedQuarter() {
    assertThat(Cei.index(usd("6200"), usd("10890"), usd("6340"), usd("3590"), 1).value(4, java.math.RoundingMode.HALF_EVEN))
        .contains(new BigDecimal("0.7963"));
    assertThat(Cei.index(usd("6200"), usd("10890"), usd("6340"), usd("3590"), 3).value(4, java.math.RoundingMode.HALF_EVEN))
        .contains(new BigDecimal("0.5593"));
  }

  @Test
  void theAccumulatorCountsTheCalendarMonthsOfItsPeriod() {
    Ledger march = CollectionsMonthWorkedExampleTest.march();
    // one month: both forms agree (2,600 / 6,200)
    CeiResult m = run(march, Cei.averagedOverMonths(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertThat(m.salesMonths()).isEqualTo(1);
    assertThat(m.percent(2)).contains(new BigDecimal("41.94"));
    // February and March (N = 2), by hand: B (open 31 Jan) = A 1,000 + F 800 = 1,800; S = B..E, G = 2,000 + 1,500 +
    // 3,000 + 1,200 + 500 = 8,200; E = 7,000; Ec = 3,400. (2·1,800 + 8,200 − 2·7,000) / (2·1,800 + 8,200 − 2·3,400)
    // = −2,200 / 5,000 = −44 % (sales back-loaded into March: the averaged form can go negative)
    CeiResult fm = run(march, Cei.averagedOverMonths(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)));
    assertThat(fm.salesMonths()).isEqualTo(2);
    assertThat(fm.beginningReceivables()).isEqualTo(usd("1800.00"));
    assertThat(fm.creditSales()).isEqualTo(usd("8200.00"));
    assertThat(fm.percent(2)).contains(new BigDecimal("-44.00"));
    // the standard form over the same two months: (1,800 + 8,200 − 7,000) / (1,800 + 8,200 − 3,400) = 3,000 / 6,600
    assertThat(run(march, Cei.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31))).percent(2)).contains(new BigDecimal("45.45"));
  }

  @Test
  void averagedFormIsMergeable() {
    AccumulatorLaws.check(7171L, 30, RandomLedgers::records, () -> Cei.averagedOverMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
  }

  static CeiResult run(Ledger l, Cei acc) {
    for (InvoiceRecord r : l.records()) {
      acc.add(r);
    }
    return acc.finish().get(CurrencyUnit.USD);
  }
}
