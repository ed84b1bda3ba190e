package dev.salesops.metrics.collections;

import dev.salesops.core.collection.PaymentAllocation;
import dev.salesops.core.collection.CreditNote;
import dev.salesops.core.collection.CreditNoteId;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceId;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentId;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Random ledgers for properties: invoices in three currencies, payments, credit notes and write-offs. */
final class RandomLedgers {
  static final LocalDate START = LocalDate.of(2025, 10, 1);
  static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY);

  private RandomLedgers() {}

  static Ledger ledger(Random random) {
    Ledger l = Ledger.empty();
    int n = random.nextInt(40);
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate issued = START.plusDays(random.nextInt(240));
      invoices.add(Invoice.of(InvoiceId.of("I" + i), AccountId.of("A" + random.nextInt(4)), UserId.of("rep-" + random.nextInt(3)),
          random.nextBoolean() ? TeamId.of("t" + random.nextInt(2)) : null,
          Money.ofMinor(CURRENCIES.get(random.nextInt(3)), 1 + random.nextInt(1_000_000)), issued, issued.plusDays(random.nextInt(90))));
    }
    l = l.withInvoices(invoices);
    for (int k = 0; k < n * 2; k++) {
      if (invoices.isEmpty()) {
        break;
      }
      Invoice target = invoices.get(random.nextInt(invoices.size()));
      LocalDate d = target.issuedOn().plusDays(random.nextInt(150));
      CurrencyUnit c = target.amount().getCurrencyUnit();
      try {
        switch (random.nextInt(4)) {
          case 0:
            l = l.withPayment(Payment.of(PaymentId.of("P" + k), target.accountId(), Money.ofMinor(c, 1 + random.nextInt(1_500_000)), d));
            break;
          case 1:
            l = l.withPayment(Payment.allocated(PaymentId.of("P" + k), target.accountId(), Money.ofMinor(c, 1 + random.nextInt(600_000)), d,
                List.of(PaymentAllocation.of(target.id(), Money.ofMinor(c, 1 + random.nextInt(300_000))))));
            break;
          case 2:
            l = l.withCreditNote(new CreditNote(CreditNoteId.of("CN" + k), target.id(), Money.ofMinor(c, 1 + random.nextInt(200_000)), d, "r"));
            break;
          default:
            l = l.withWriteOff(new WriteOff(target.id(), Money.ofMinor(c, 1 + random.nextInt(400_000)), d, "bad debt"));
        }
      } catch (ValidationException refused) {
        // too large for what is open: the ledger is unchanged, carry on
      }
    }
    return l;
  }

  static List<InvoiceRecord> records(Random random) {
    return new ArrayList<>(ledger(random).records());
  }
}
