package dev.salesops.core.collection;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.money.MoneyBag;
import java.util.Objects;

/**
 * Receivables of one group (an account, an owner, a team, a currency...) at a date, per currency.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param open everything still owed
 * @param due the part whose due date is on or before the date
 * @param overdue the part whose due date is before the date
 * @param openCount how many invoices have something open
 * @param overdueCount how many of them are overdue
 * @param maxDaysOverdue the most days overdue among them (0 when none)
 */
public record ReceivableSummary(MoneyBag open, MoneyBag due, MoneyBag overdue, long openCount, long overdueCount, long maxDaysOverdue) {
  private static final ReceivableSummary EMPTY = new ReceivableSummary(MoneyBag.empty(), MoneyBag.empty(), MoneyBag.empty(), 0, 0, 0);

  /** Validates the parts. */
  public ReceivableSummary {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(overdue, "overdue");
    Checks.nonNegative(openCount, "openCount");
    Checks.nonNegative(overdueCount, "overdueCount");
    Checks.nonNegative(maxDaysOverdue, "maxDaysOverdue");
    if (overdueCount > openCount) {
      throw Checks.fail("overdueCount", "must not exceed openCount (" + openCount + ")", overdueCount);
    }
    if ((overdueCount == 0) != (maxDaysOverdue == 0)) {
      throw Checks.fail("maxDaysOverdue", "must be positive exactly when some invoice is overdue (overdueCount "
          + overdueCount + ")", maxDaysOverdue);
    }
  }

  /** Nothing open. */
  public static ReceivableSummary empty() {
    return EMPTY;
  }

  /** This summary plus one invoice's state (ignored when nothing is open). */
  public ReceivableSummary plus(InvoiceState state) {
    Objects.requireNonNull(state, "state");
    if (!state.isOpen()) {
      return this;
    }
    long d = state.daysPastDue();
    return new ReceivableSummary(open.plus(state.open()), d >= 0 ? due.plus(state.open()) : due,
        d > 0 ? overdue.plus(state.open()) : overdue, openCount + 1, d > 0 ? overdueCount + 1 : overdueCount,
        Math.max(maxDaysOverdue, Math.max(0, d)));
  }
}
