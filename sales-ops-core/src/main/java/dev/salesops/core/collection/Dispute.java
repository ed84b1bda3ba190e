package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute (爭議) about an invoice: from the day it is opened until the day it is resolved (exclusive), the
 * follow-up ladder is paused for the invoice and the default payment allocation skips it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dispute {
  private final InvoiceId invoiceId;
  private final LocalDate openedOn;
  private final LocalDate resolvedOn;  // null when absent
  private final String reason;

  /**
   * Validates the parts.
   *
   * @param invoiceId the invoice disputed
   * @param openedOn when the customer raised it
   * @param resolvedOn when it was resolved, if it was; not before {@code openedOn}; {@code null} when absent
   * @param reason what is disputed (non-blank, at most 500 characters)
   */
  public Dispute(InvoiceId invoiceId, LocalDate openedOn, @Nullable LocalDate resolvedOn, String reason) {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(openedOn, "openedOn");
    Checks.text(reason, "dispute of invoice " + invoiceId + " reason", 500);
    if (resolvedOn != null && resolvedOn.isBefore(openedOn)) {
      throw Checks.fail("dispute of invoice " + invoiceId + " resolvedOn", "must not be before the opening date " + openedOn, resolvedOn);
    }
    this.invoiceId = invoiceId;
    this.openedOn = openedOn;
    this.resolvedOn = resolvedOn;
    this.reason = reason;
  }

  /** The {@code invoiceId}: the invoice disputed. */
  public InvoiceId invoiceId() {
    return invoiceId;
  }

  /** The {@code openedOn}: when the customer raised it. */
  public LocalDate openedOn() {
    return openedOn;
  }

  /** The {@code resolvedOn}: when it was resolved, if it was; not before {@code openedOn}. */
  public Optional<LocalDate> resolvedOn() {
    return Optional.ofNullable(resolvedOn);
  }

  /** The {@code reason}: what is disputed (non-blank, at most 500 characters). */
  public String reason() {
    return reason;
  }

  /** Whether the dispute is open on {@code date}: opened on or before it and not resolved on or before it. */
  public boolean isOpenOn(LocalDate date) {
    return !openedOn.isAfter(date) && (resolvedOn().isEmpty() || resolvedOn().get().isAfter(date));
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Dispute o
        && Objects.equals(invoiceId, o.invoiceId)
        && Objects.equals(openedOn, o.openedOn)
        && Objects.equals(resolvedOn, o.resolvedOn)
        && Objects.equals(reason, o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invoiceId, openedOn, resolvedOn, reason);
  }

  /**
   * As a record's, {@code Dispute[part=value, ...]} with absent parts as {@code Optional.empty}, except the
   * reason: free text (possibly personal), printed as its length only.
   */
  @Override
  public String toString() {
    return "Dispute[invoiceId=" + invoiceId + ", openedOn=" + openedOn + ", resolvedOn=" + resolvedOn() + ", reason=(" + reason.length() + " chars)]";
  }
}
