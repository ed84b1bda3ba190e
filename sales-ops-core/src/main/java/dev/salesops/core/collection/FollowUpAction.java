package dev.salesops.core.collection;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A follow-up action due at a date: which invoice, which ladder step, who acts, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceId the invoice to chase
 * @param accountId its account
 * @param ownerId the rep who owns it (the person when {@code step.responsible()} is {@link Responsible#OWNER})
 * @param teamId the owner's team, when known
 * @param step the ladder step
 * @param scheduledOn the day the step became due (due date + {@code step.fromDay()})
 * @param daysPastDue days since the due date at the query date (negative before it)
 * @param dueOn the invoice's due date
 * @param open what is still open
 * @param paid what was paid so far
 */
public record FollowUpAction(InvoiceId invoiceId, AccountId accountId, UserId ownerId, Optional<TeamId> teamId, FollowUpStep step,
    LocalDate scheduledOn, long daysPastDue, LocalDate dueOn, Money open, Money paid) {

  /** Validates the parts. */
  public FollowUpAction {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(scheduledOn, "scheduledOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(paid, "paid");
  }

  /**
   * The reason in words (built on demand), e.g. {@code "invoice INV-1 of account ACME is 17 day(s) overdue (due
   * 2026-01-15) with USD 1000.00 open after USD 2000.00 paid: step call (call, day +7, by OWNER) due since
   * 2026-01-22"}.
   */
  public String reason() {
    String when = daysPastDue < 0 ? "due in " + (-daysPastDue) + " day(s) on " + dueOn
        : daysPastDue == 0 ? "due today " + dueOn : daysPastDue + " day(s) overdue (due " + dueOn + ")";
    return "invoice " + invoiceId + " of account " + accountId + " is " + when + " with " + open + " open"
        + (paid.isPositive() ? " after " + paid + " paid" : "") + ": step " + step.id() + " (" + step.action()
        + ", day " + (step.fromDay() > 0 ? "+" : "") + step.fromDay() + ", by " + step.responsible() + ") due since " + scheduledOn;
  }
}
