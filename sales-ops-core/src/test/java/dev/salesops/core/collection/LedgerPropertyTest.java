package dev.salesops.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.ExchangeRates;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Property: after every change and at every date, per currency, Σ applied payments + Σ credit notes + Σ
 * write-offs + Σ open = Σ invoiced, no open amount is negative, every payment is fully accounted for
 * (Σ consumed + unapplied = amount), and a refused change leaves the ledger as it was.
 */
class LedgerPropertyTest {
  static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY);
  static final ExchangeRates RATES = (from, to, date) -> from.equals(CurrencyUnit.EUR) && to.equals(CurrencyUnit.USD)
      ? Optional.of(new BigDecimal("1.0837")) : from.equals(CurrencyUnit.USD) && to.equals(CurrencyUnit.JPY)
      ? Optional.of(new BigDecimal("151.3")) : Optional.empty();

  @Test
  void everythingInvoicedIsAppliedCreditedWrittenOffOrOpenAtEveryStep() {
    int[] totalRefused = new int[1];
    Property.forAll(3030L, 60, random -> {
      Ledger l = Ledger.empty();
      LocalDate start = LocalDate.of(2026, 1, 1);
      List<InvoiceId> ids = new ArrayList<>();
      int refused = 0;
      for (int step = 0; step < 60; step++) {
        Ledger before = l;
        LocalDate d = start.plusDays(random.nextInt(120));
        AccountId account = AccountId.of("A" + random.nextInt(3));
        try {
          int op = ids.isEmpty() ? 0 : random.nextInt(6);
          if (op == 0) {
            InvoiceId id = InvoiceId.of("I" + ids.size());
            CurrencyUnit c = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            l = l.withInvoice(Invoice.of(id, account, UserId.of("r" + random.nextInt(2)), null,
                Money.ofMinor(c, 1 + random.nextInt(100_000)), d, d.plusDays(random.nextInt(60))));
            ids.add(id);
          } else if (op == 1 || op == 2) {
            CurrencyUnit c = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            Money amount = Money.ofMinor(c, 1 + random.nextInt(80_000));
            List<PaymentAllocation> allocations = new ArrayList<>();
            if (op == 2) {
              for (int k = 0; k < 1 + random.nextInt(3); k++) {
                allocations.add(PaymentAllocation.of(ids.get(random.nextInt(ids.size())), Money.ofMinor(c, 1 + random.nextInt(30_000))));
              }
            }
            l = l.withPayment(new Payment(PaymentId.of("P" + step), account, amount, d, allocations), RATES);
          } else if (op == 3) {
            InvoiceId id = ids.get(random.nextInt(ids.size()));
            CurrencyUnit c = l.invoice(id).orElseThrow().invoice().amount().getCurrencyUnit();
            l = l.withCreditNote(new CreditNote(CreditNoteId.of("CN" + step), id, Money.ofMinor(c, 1 + random.nextInt(30_000)), d, "r"));
          } else if (op == 4) {
            InvoiceId id = ids.get(random.nextInt(ids.size()));
            CurrencyUnit c = l.invoice(id).orElseThrow().invoice().amount().getCurrencyUnit();
            l = l.withWriteOff(new WriteOff(id, Money.ofMinor(c, 1 + random.nextInt(30_000)), d, "bad debt"));
          } else {
            InvoiceId id = ids.get(random.nextInt(ids.size()));
            l = random.nextBoolean() ? l.withDisputeOpened(id, d, "q") : l.withDisputeResolved(id, d);
          }
        } catch (ValidationException e) {
          refused++;
          assertThat(l).as("a refused change leaves the ledger as it was").isSameAs(before);
          assertThat(snapshot(l, start.plusDays(200))).isEqualTo(snapshot(before, start.plusDays(200)));
        }
        checkInvariant(l, start.plusDays(random.nextInt(200)));
        checkInvariant(l, start.plusDays(400));
      }
      totalRefused[0] += refused;
    });
    assertThat(totalRefused[0]).as("the generator reaches the refusal rules").isPositive();
  }

  private static Map<InvoiceId, Money> snapshot(Ledger l, LocalDate d) {
    Map<InvoiceId, Money> m = new HashMap<>();
    l.states(d).forEach(s -> m.put(s.invoice().id(), s.open()));
    return m;
  }

  private static void checkInvariant(Ledger l, LocalDate asOf) {
    Map<CurrencyUnit, long[]> sums = new HashMap<>();
    for (InvoiceState s : l.states(asOf)) {
      assertThat(s.openMinor()).as("open of %s at %s", s.invoice().id(), asOf).isGreaterThanOrEqualTo(0);
      long[] a = sums.computeIfAbsent(s.currency(), c -> new long[2]);
      a[0] += s.invoiced().getAmountMinorLong();
      a[1] += s.paid().getAmountMinorLong() + s.credited().getAmountMinorLong() + s.writtenOff().getAmountMinorLong() + s.openMinor();
    }
    sums.forEach((c, a) -> assertThat(a[1]).as("%s at %s", c, asOf).isEqualTo(a[0]));
    // the applications seen from the payments are those seen from the invoices
    Map<CurrencyUnit, Long> appliedByPayments = new HashMap<>();
    for (PaymentRecord p : l.payments()) {
      long consumed = 0;
      for (Application a : p.applications()) {
        consumed += a.consumed().getAmountMinorLong();
        if (!a.appliedOn().isAfter(asOf)) {
          appliedByPayments.merge(a.applied().getCurrencyUnit(), a.applied().getAmountMinorLong(), Long::sum);
        }
      }
      assertThat(consumed + p.unapplied().getAmountMinorLong()).isEqualTo(p.payment().amount().getAmountMinorLong());
      assertThat(p.unapplied().isNegative()).isFalse();
    }
    Map<CurrencyUnit, Long> appliedByInvoices = new HashMap<>();
    for (InvoiceState s : l.states(asOf)) {
      if (s.paid().isPositive()) {
        appliedByInvoices.merge(s.currency(), s.paid().getAmountMinorLong(), Long::sum);
      }
    }
    assertThat(appliedByInvoices).isEqualTo(appliedByPayments);
  }

}
