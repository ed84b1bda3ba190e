package dev.salesops.core.contract;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A milestone of a contract's payment schedule with its exact amount in the contract currency.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param term the milestone as written
 * @param amount its exact share of the contract total
 */
public record PaymentMilestone(MilestoneTerm term, Money amount) {

  /** Validates the parts. */
  public PaymentMilestone {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(amount, "amount");
  }

  /** The milestone's id. */
  public String id() {
    return term.id();
  }

  /** The planned invoicing date. */
  public LocalDate plannedDate() {
    return term.plannedDate();
  }

  /** The due date of an invoice issued on {@code invoiceDate} for this milestone: the date plus the net days. */
  public LocalDate dueDateFor(LocalDate invoiceDate) {
    return Objects.requireNonNull(invoiceDate, "invoiceDate").plusDays(term.netDays());
  }
}
