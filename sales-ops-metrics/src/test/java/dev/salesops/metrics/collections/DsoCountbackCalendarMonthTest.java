package dev.salesops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.collection.PaymentAllocation;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Countback DSO windows are calendar months, for every month end of a leap year (2024) and a non-leap year (2025).
 *
 * <p>Hand computation. For a period ending on the last day E of month M: invoice A (3,000.00) issued on the 1st of
 * M, unpaid; invoice B (2,000.00) issued on the <em>last day of M − 1</em>, 1,000.00 paid before E; invoice C
 * (500.00) issued on the last day of M − 2, paid in full. Ending receivables 4,000.00. Countback: month M's sales
 * 3,000.00 are absorbed whole (all of M's days), 1,000.00 is left; month M − 1's sales are B's 2,000.00, so it adds
 * half of M − 1's days. DSO = days(M) + days(M − 1) / 2:
 *
 * <pre>
 *        2024 (leap)            2025
 *  Jan   31 + 31/2 = 46.5       31 + 31/2 = 46.5
 *  Feb   29 + 31/2 = 44.5       28 + 31/2 = 43.5
 *  Mar   31 + 29/2 = 45.5       31 + 28/2 = 45
 *  Apr   30 + 31/2 = 45.5       30 + 31/2 = 45.5
 *  May   31 + 30/2 = 46         31 + 30/2 = 46
 *  Jun   30 + 31/2 = 45.5       30 + 31/2 = 45.5
 *  Jul   31 + 30/2 = 46         31 + 30/2 = 46
 *  Aug   31 + 31/2 = 46.5       31 + 31/2 = 46.5
 *  Sep   30 + 31/2 = 45.5       30 + 31/2 = 45.5
 *  Oct   31 + 30/2 = 46         31 + 30/2 = 46
 *  Nov   30 + 31/2 = 45.5       30 + 31/2 = 45.5
 *  Dec   31 + 30/2 = 46         31 + 30/2 = 46
 * </pre>
 * Counting windows back by day of month (the old behaviour) put B (e.g. 31 August) into the first window of a
 * period ending 30 September and gave 4,000 / 5,000 × 31 = 24.8 days.
 */
class DsoCountbackCalendarMonthTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final String[] EXPECTED_2024 = {"46.5", "44.5", "45.5", "45.5", "46", "45.5", "46", "46.5", "45.5", "46", "45.5", "46"};
  static final String[] EXPECTED_2025 = {"46.5", "43.5", "45", "45.5", "46", "45.5", "46", "46.5", "45.5", "46", "45.5", "46"};

  static Money usd(String a) {
    return Money.of(USD, new BigDecimal(a));
  }

  static Invoice inv(String id, LocalDate issued, String amount) {
    return Invoice.of(InvoiceId.of(id), AccountId.of("ACME"), UserId.of("rep-1"), null, usd(amount), issued, issued.plusDays(30));
  }

  static DsoResult dso(YearMonth m) {
    LocalDate end = m.atEndOfMonth();
    LocalDate prevEnd = m.minusMonths(1).atEndOfMonth();
    LocalDate prev2End = m.minusMonths(2).atEndOfMonth();
    Ledger l = Ledger.empty().withInvoices(List.of(inv("A", m.atDay(1), "3000.00"), inv("B", prevEnd, "2000.00"), inv("C", prev2End, "500.00")))
        .withPayment(Payment.allocated(PaymentId.of("P1"), AccountId.of("ACME"), usd("1000.00"), end.minusDays(1),
            List.of(PaymentAllocation.of(InvoiceId.of("B"), usd("1000.00")))))
        .withPayment(Payment.allocated(PaymentId.of("P2"), AccountId.of("ACME"), usd("500.00"), end.minusDays(1),
            List.of(PaymentAllocation.of(InvoiceId.of("C"), usd("500.00")))));
    Dso acc = Dso.of(m.atDay(1), end);
    for (InvoiceRecord r : l.records()) {
      acc.add(r);
    }
    return acc.finish().get(USD);
  }

  @Test
  void everyMonthEndOfALeapAndANonLeapYear() {
    for (int year : new int[] {2024, 2025}) {
      String[] expected = year == 2024 ? EXPECTED_2024 : EXPECTED_2025;
      for (int month = 1; month <= 12; month++) {
        YearMonth m = YearMonth.of(year, month);
        DsoResult r = dso(m);
        assertThat(r.endingReceivables()).as("%s AR", m).isEqualTo(usd("4000.00"));
        assertThat(r.countback()).as("%s countback", m)
            .hasValueSatisfying(c -> assertThat(c.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected[m.getMonthValue() - 1])));
        assertThat(r.countbackMonths()).as("%s windows", m).hasSize(2);
        CountbackMonth first = r.countbackMonths().get(0);
        CountbackMonth second = r.countbackMonths().get(1);
        assertThat(first.from()).isEqualTo(m.atDay(1));
        assertThat(first.to()).isEqualTo(m.atEndOfMonth());
        assertThat(first.creditSales()).isEqualTo(usd("3000.00"));
        assertThat(second.from()).isEqualTo(m.minusMonths(1).atDay(1));
        assertThat(second.to()).isEqualTo(m.minusMonths(1).atEndOfMonth());
        assertThat(second.creditSales()).as("%s: the invoice of the previous month's last day", m).isEqualTo(usd("2000.00"));
        assertThat(second.absorbed()).isEqualTo(usd("1000.00"));
      }
    }
  }

  @Test
  void aPeriodEndingMidMonthStartsWithThatMonthsFirstDays() {
    // end 15 March 2024: window 0 is 1-15 March (15 days), then all of February (29 days)
    Dso acc = Dso.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15));
    Ledger l = Ledger.empty().withInvoices(List.of(inv("A", LocalDate.of(2024, 3, 2), "1000.00"), inv("B", LocalDate.of(2024, 2, 29), "1000.00")));
    l.records().forEach(acc::add);
    DsoResult r = acc.finish().get(USD);
    assertThat(r.countbackMonths().get(0).from()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(r.countbackMonths().get(0).to()).isEqualTo(LocalDate.of(2024, 3, 15));
    // 2,000 open: March's 1,000 (15 days) and February's 1,000 (29 days) -> 44 days
    assertThat(r.countback().orElseThrow().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("44"));
  }
}
