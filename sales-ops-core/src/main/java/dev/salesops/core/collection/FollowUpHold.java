package dev.salesops.core.collection;

import java.util.Objects;

/**
 * An invoice whose ladder step would be due but is paused, and why (a dispute, a promise to pay).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param step the step that is paused
 * @param reason the reason in words
 */
public record FollowUpHold(InvoiceId invoiceId, FollowUpStep step, String reason) {

  /** Validates the parts. */
  public FollowUpHold {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(reason, "reason");
  }
}
