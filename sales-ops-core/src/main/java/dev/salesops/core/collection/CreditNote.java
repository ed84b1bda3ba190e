package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A credit note (貸項通知) reducing what an invoice asks for (a price correction, a return). It is not cash:
 * it counts neither as collected cash nor as a write-off.
 *
 * <p>Rules: the amount is positive, in the invoice's currency and at most the invoice's open amount; the
 * date is not before the invoice date (checked by the {@link Ledger}); the reason is a non-blank text of at
 * most 500 characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the credit note's identifier
 * @param invoiceId the invoice credited
 * @param amount the amount credited; positive
 * @param issuedOn the credit note's date
 * @param reason why
 */
public record CreditNote(CreditNoteId id, InvoiceId invoiceId, Money amount, LocalDate issuedOn, String reason) {

  /** Validates the parts. */
  public CreditNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Checks.text(reason, "creditNote " + id + " reason", 500);
    if (!amount.isPositive()) {
      throw Checks.fail("creditNote " + id + " amount", "must be positive", amount);
    }
  }
}
