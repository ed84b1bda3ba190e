package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer's promise to pay an invoice by a date (承諾付款). From {@code madeOn} to {@code promisedFor}
 * (both inclusive) the follow-up ladder is paused for the invoice; from the day after, if the invoice is still
 * open, the ladder resumes at the step of that day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param madeOn when the promise was made
 * @param promisedFor the date by which the customer promised to pay; not before {@code madeOn}
 */
public record PromiseToPay(InvoiceId invoiceId, LocalDate madeOn, LocalDate promisedFor) {

  /** Validates the parts. */
  public PromiseToPay {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(madeOn, "madeOn");
    Objects.requireNonNull(promisedFor, "promisedFor");
    if (promisedFor.isBefore(madeOn)) {
      throw Checks.fail("promise to pay invoice " + invoiceId + " promisedFor", "must not be before the date it was made " + madeOn, promisedFor);
    }
  }

  /** Whether the promise pauses the ladder on {@code date}. */
  public boolean pausesOn(LocalDate date) {
    return !madeOn.isAfter(date) && !promisedFor.isBefore(date);
  }
}
