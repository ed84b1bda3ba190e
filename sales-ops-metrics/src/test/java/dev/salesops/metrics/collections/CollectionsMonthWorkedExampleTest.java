package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.collection.PaymentAllocation;
import dev.salesops.core.collection.CreditNote;
import dev.salesops.core.collection.CreditNoteId;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.InvoiceState;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * March 2026 (31 days) computed by hand.
 *
 * <pre>
 *  inv  owner  issued      due         amount    events                           open 02-28  open 03-31  days past due 03-31
 *  A    rep-1  2026-01-10  2026-02-09  1,000.00  paid 400.00 on 02-20             600.00      600.00      50  -> 31-60
 *  B    rep-1  2026-02-05  2026-03-07  2,000.00  paid 2,000.00 on 03-10           2,000.00    0
 *  C    rep-2  2026-02-20  2026-03-22  1,500.00  paid 500.00 on 03-25             1,500.00    1,000.00    9   -> 1-30
 *  D    rep-2  2026-03-05  2026-04-04  3,000.00                                   -           3,000.00    -4  -> current (not yet due)
 *  E    rep-2  2026-03-15  2026-03-31  1,200.00                                   -           1,200.00    0   -> current (but due: not CEI-current)
 *  F    rep-1  2025-11-01  2025-12-01    800.00                                   800.00      800.00      120 -> 90+
 *  G    rep-2  2026-03-20  2026-04-19    500.00  credit note 100.00 on 03-25      -           400.00      -19 -> current
 *
 *  ageing 03-31: current 4,600.00 (D, E, G) | 1-30 1,000.00 | 31-60 600.00 | 61-90 0 | 90+ 800.00 | total E = 7,000.00
 *  credit sales S (issued in March) = D + E + G = 4,700.00; beginning B = 600 + 2,000 + 1,500 + 800 = 4,900.00
 *  DSO standard  = 7,000 / 4,700 × 31 = 46.1702 days
 *  DSO countback: March sales 4,700 absorbed fully (31 days, 2,300 left); February sales B + C = 3,500:
 *                 2,300 / 3,500 × 28 = 18.4 days -> 49.4 days
 *  CEI: Ec (due after 03-31) = D + G = 3,400.00; (4,900 + 4,700 − 7,000) / (4,900 + 4,700 − 3,400) = 2,600 / 6,200 = 41.94 %
 *  collected cash March: rep-1 2,000.00 (B), rep-2 500.00 (C); February: rep-1 400.00 (A)
 * </pre>
 */
class CollectionsMonthWorkedExampleTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final LocalDate MAR1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MAR31 = LocalDate.of(2026, 3, 31);
  static final UserId REP1 = UserId.of("rep-1");
  static final UserId REP2 = UserId.of("rep-2");
  static final AccountId ACME = AccountId.of("ACME");
  static final AccountId BETA = AccountId.of("BETA");

  static Money usd(String a) {
    return Money.of(USD, new BigDecimal(a));
  }

  static Invoice inv(String id, AccountId a, UserId owner, String issued, String due, String amount) {
    return Invoice.of(InvoiceId.of(id), a, owner, null, usd(amount), LocalDate.parse(issued), LocalDate.parse(due));
  }

  static Ledger march() {
    return Ledger.empty().withInvoices(List.of(
            inv("A", ACME, REP1, "2026-01-10", "2026-02-09", "1000.00"),
            inv("B", ACME, REP1, "2026-02-05", "2026-03-07", "2000.00"),
            inv("C", BETA, REP2, "2026-02-20", "2026-03-22", "1500.00"),
            inv("D", BETA, REP2, "2026-03-05", "2026-04-04", "3000.00"),
            inv("E", BETA, REP2, "2026-03-15", "2026-03-31", "1200.00"),
            inv("F", ACME, REP1, "2025-11-01", "2025-12-01", "800.00"),
            inv("G", BETA, REP2, "2026-03-20", "2026-04-19", "500.00")))
        .withPayment(Payment.allocated(PaymentId.of("P1"), ACME, usd("400.00"), LocalDate.parse("2026-02-20"),
            List.of(PaymentAllocation.of(InvoiceId.of("A"), usd("400.00")))))
        .withPayment(Payment.allocated(PaymentId.of("P2"), ACME, usd("2000.00"), LocalDate.parse("2026-03-10"),
            List.of(PaymentAllocation.of(InvoiceId.of("B"), usd("2000.00")))))
        .withPayment(Payment.allocated(PaymentId.of("P3"), BETA, usd("500.00"), LocalDate.parse("2026-03-25"),
            List.of(PaymentAllocation.of(InvoiceId.of("C"), usd("500.00")))))
        .withCreditNote(new CreditNote(CreditNoteId.of("CN1"), InvoiceId.of("G"), usd("100.00"), LocalDate.parse("2026-03-25"), "discount"));
  }

  static <A extends dev.salesops.core.accumulate.Accumulator<dev.salesops.core.collection.InvoiceRecord, A, R>, R> R run(Ledger l, A acc) {
    l.records().forEach(acc::add);
    return acc.finish();
  }

  @Test
  void ageingIntoTheStandardBuckets() {
    AgeingReport<String> r = run(march(), ReceivableAgeing.total(MAR31, AgeingBuckets.standard()));
    assertThat(r.buckets().labels()).containsExactly("current", "1-30", "31-60", "61-90", "90+");
    assertThat(r.all().amounts()).containsExactly(MoneyBag.of(usd("4600.00")), MoneyBag.of(usd("1000.00")), MoneyBag.of(usd("600.00")),
        MoneyBag.empty(), MoneyBag.of(usd("800.00")));
    assertThat(r.all().counts()).containsExactly(3L, 1L, 1L, 0L, 1L);
    assertThat(r.all().total()).isEqualTo(MoneyBag.of(usd("7000.00")));
  }

  @Test
  void ageingPerOwnerWithCustomBounds() {
    AgeingReport<UserId> r = run(march(), ReceivableAgeing.of(MAR31, AgeingBuckets.of(List.of(0, 60)), InvoiceState::ownerId));
    assertThat(r.buckets().labels()).containsExactly("current", "1-60", "60+");
    assertThat(r.amount(REP1, "1-60")).isEqualTo(MoneyBag.of(usd("600.00")));
    assertThat(r.amount(REP1, "60+")).isEqualTo(MoneyBag.of(usd("800.00")));
    assertThat(r.amount(REP2, "current")).isEqualTo(MoneyBag.of(usd("4600.00")));
    assertThat(r.amount(REP2, "1-60")).isEqualTo(MoneyBag.of(usd("1000.00")));
    // upper bounds are inclusive: 50 days past due is in 31-50, 51 would not be
    AgeingReport<String> tight = run(march(), ReceivableAgeing.total(MAR31, AgeingBuckets.of(List.of(0, 9, 50))));
    assertThat(tight.all().amounts()).containsExactly(MoneyBag.of(usd("4600.00")), MoneyBag.of(usd("1000.00")),
        MoneyBag.of(usd("600.00")), MoneyBag.of(usd("800.00")));
  }

  @Test
  void dsoStandardAndCountback() {
    DsoResult r = run(march(), Dso.of(MAR1, MAR31)).get(USD);
    assertThat(r.endingReceivables()).isEqualTo(usd("7000.00"));
    assertThat(r.creditSales()).isEqualTo(usd("4700.00"));
    assertThat(r.daysInPeriod()).isEqualTo(31);
    assertThat(r.standard().value(4, RoundingMode.HALF_EVEN)).contains(new BigDecimal("46.1702"));
    assertThat(r.countback()).hasValueSatisfying(c -> assertThat(c.value()).contains(new BigDecimal("49.4")));
    assertThat(r.countbackMonths()).hasSize(2);
    assertThat(r.countbackMonths().get(0).from()).isEqualTo(MAR1);
    assertThat(r.countbackMonths().get(1).from()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(r.countbackMonths().get(1).to()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(r.countbackMonths().get(1).creditSales()).isEqualTo(usd("3500.00"));
    assertThat(r.countbackMonths().get(1).absorbed()).isEqualTo(usd("2300.00"));
    assertThat(r.countbackMonths().get(1).days().value()).contains(new BigDecimal("18.4"));
    // looking back one month only: 2,300 left unexplained -> no countback figure
    assertThat(run(march(), Dso.of(MAR1, MAR31, 1)).get(USD).countback()).isEmpty();
  }

  @Test
  void collectionEffectivenessIndex() {
    CeiResult r = run(march(), Cei.of(MAR1, MAR31)).get(USD);
    assertThat(r.beginningReceivables()).isEqualTo(usd("4900.00"));
    assertThat(r.creditSales()).isEqualTo(usd("4700.00"));
    assertThat(r.endingReceivables()).isEqualTo(usd("7000.00"));
    assertThat(r.endingCurrentReceivables()).isEqualTo(usd("3400.00"));
    assertThat(r.index().numerator()).isEqualByComparingTo("2600");
    assertThat(r.index().denominator()).isEqualByComparingTo("6200");
    assertThat(r.percent(2)).contains(new BigDecimal("41.94"));
  }

  @Test
  void collectedCashPerRepAndMonthForTheAppraisal() {
    CollectedCashReport<YearMonth> r = run(march(), CollectedCash.of(YearMonth::from));
    assertThat(r.collected(REP1, YearMonth.of(2026, 3))).isEqualTo(MoneyBag.of(usd("2000.00")));
    assertThat(r.collected(REP2, YearMonth.of(2026, 3))).isEqualTo(MoneyBag.of(usd("500.00")));
    assertThat(r.collected(REP1, YearMonth.of(2026, 2))).isEqualTo(MoneyBag.of(usd("400.00")));
    assertThat(r.actual(REP2, YearMonth.of(2026, 3), USD)).isEqualByComparingTo("500.00");
    assertThat(r.actual(REP2, YearMonth.of(2026, 2), USD)).isEqualByComparingTo("0");
  }

  @Test
  void badDebtWriteOffsAndRate() {
    Ledger l = march().withWriteOff(new WriteOff(InvoiceId.of("F"), usd("329.00"), MAR31, "customer insolvent"));
    BadDebtResult r = run(l, BadDebt.of(MAR1, MAR31)).get(USD);
    assertThat(r.writtenOff()).isEqualTo(usd("329.00"));
    assertThat(r.invoicesWrittenOff()).isEqualTo(1);
    assertThat(r.creditSales()).isEqualTo(usd("4700.00"));
    assertThat(r.rate().value()).contains(new BigDecimal("0.07")); // 329 / 4700
    assertThat(run(l, BadDebt.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))).isEmpty();
    // a period without sales but with a write-off: the rate is undefined, not 0
    BadDebtResult april = run(l.withWriteOff(new WriteOff(InvoiceId.of("F"), usd("1.00"), LocalDate.of(2026, 4, 2), "x")),
        BadDebt.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).get(USD);
    assertThat(april.rate().isDefined()).isFalse();
    assertThat(april.rate().value()).isEmpty();
  }

  @Test
  void emptyInputsGiveEmptyResultsNotZeroes() {
    assertThat(run(Ledger.empty(), Dso.of(MAR1, MAR31))).isEmpty();
    assertThat(run(Ledger.empty(), Cei.of(MAR1, MAR31))).isEmpty();
    assertThat(run(Ledger.empty(), ReceivableAgeing.total(MAR31, AgeingBuckets.standard())).rows()).isEmpty();
    Map<CurrencyUnit, DsoResult> noSales = run(march(), Dso.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
    assertThat(noSales.get(USD).standard().isDefined()).isFalse();
  }
}
