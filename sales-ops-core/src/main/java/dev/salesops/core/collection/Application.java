package dev.salesops.core.collection;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Part of a payment applied to an invoice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param paymentId the payment
 * @param invoiceId the invoice
 * @param applied the amount taken off the invoice, in the invoice currency
 * @param consumed the amount of the payment used, in the payment currency (equal to {@code applied} when the
 *     currencies are the same)
 * @param appliedOn the payment's value date
 */
public record Application(PaymentId paymentId, InvoiceId invoiceId, Money applied, Money consumed, LocalDate appliedOn) {

  /** Validates the parts. */
  public Application {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(consumed, "consumed");
    Objects.requireNonNull(appliedOn, "appliedOn");
  }
}
