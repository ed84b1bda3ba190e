package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import org.joda.money.Money;

/**
 * The host's instruction to apply part of a payment to one invoice. The amount is in the <em>payment's</em>
 * currency; for an invoice in another currency it is converted at the rate of the payment date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice to pay
 * @param amount how much of the payment goes to it; positive
 */
public record PaymentAllocation(InvoiceId invoiceId, Money amount) {

  /** Validates the parts. */
  public PaymentAllocation {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw Checks.fail("allocation to invoice " + invoiceId + " amount", "must be positive", amount);
    }
  }

  /** An allocation. */
  public static PaymentAllocation of(InvoiceId invoiceId, Money amount) {
    return new PaymentAllocation(invoiceId, amount);
  }
}
