package dev.salesops.core.collection;

import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A payment as the {@link Ledger} applied it: the applications to invoices, and what was left unapplied
 * (the over-payment, kept as the account's credit in the payment currency).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param payment the payment
 * @param applications how it was applied, in application order
 * @param unapplied what is left: the payment amount less every application's consumed amount
 */
public record PaymentRecord(Payment payment, List<Application> applications, Money unapplied) {

  /** Validates the parts. */
  public PaymentRecord {
    Objects.requireNonNull(payment, "payment");
    applications = List.copyOf(Objects.requireNonNull(applications, "applications"));
    Objects.requireNonNull(unapplied, "unapplied");
  }
}
