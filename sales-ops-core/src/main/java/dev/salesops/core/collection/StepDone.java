package dev.salesops.core.collection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up ladder step the host recorded as done for an invoice; the ladder never emits it again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param stepId the ladder step's id
 * @param doneOn when it was done
 */
public record StepDone(InvoiceId invoiceId, String stepId, LocalDate doneOn) {

  /** Validates the parts. */
  public StepDone {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Ids.check(stepId, "stepId");
    Objects.requireNonNull(doneOn, "doneOn");
  }
}
