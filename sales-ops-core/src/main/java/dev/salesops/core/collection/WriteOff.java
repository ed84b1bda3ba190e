package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A bad-debt write-off (壞賬核銷): part or all of an invoice's open amount given up as uncollectable.
 *
 * <p>Rules: the amount is positive, in the invoice currency, at most the open amount; the date is not before
 * the invoice date (checked by the {@link Ledger}); the reason is a non-blank text of at most 500 characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param amount the amount written off
 * @param writtenOffOn when
 * @param reason why
 */
public record WriteOff(InvoiceId invoiceId, Money amount, LocalDate writtenOffOn, String reason) {

  /** Validates the parts. */
  public WriteOff {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(writtenOffOn, "writtenOffOn");
    Checks.text(reason, "writeOff of invoice " + invoiceId + " reason", 500);
    if (!amount.isPositive()) {
      throw Checks.fail("writeOff of invoice " + invoiceId + " amount", "must be positive", amount);
    }
  }
}
