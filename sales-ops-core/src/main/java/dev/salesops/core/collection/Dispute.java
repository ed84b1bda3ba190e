package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute (爭議) about an invoice: from the day it is opened until the day it is resolved (exclusive), the
 * follow-up ladder is paused for the invoice and the default payment allocation skips it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice disputed
 * @param openedOn when the customer raised it
 * @param resolvedOn when it was resolved, if it was; not before {@code openedOn}
 * @param reason what is disputed (non-blank, at most 500 characters)
 */
public record Dispute(InvoiceId invoiceId, LocalDate openedOn, Optional<LocalDate> resolvedOn, String reason) {

  /** Validates the parts. */
  public Dispute {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(openedOn, "openedOn");
    Objects.requireNonNull(resolvedOn, "resolvedOn");
    Checks.text(reason, "dispute of invoice " + invoiceId + " reason", 500);
    if (resolvedOn.isPresent() && resolvedOn.get().isBefore(openedOn)) {
      throw Checks.fail("dispute of invoice " + invoiceId + " resolvedOn", "must not be before the opening date " + openedOn, resolvedOn.get());
    }
  }

  /** Whether the dispute is open on {@code date}: opened on or before it and not resolved on or before it. */
  public boolean isOpenOn(LocalDate date) {
    return !openedOn.isAfter(date) && (resolvedOn.isEmpty() || resolvedOn.get().isAfter(date));
  }
}
