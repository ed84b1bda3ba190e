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
 * @param open what is still open
 * @param reason the reason in words
 */
public record FollowUpAction(InvoiceId invoiceId, AccountId accountId, UserId ownerId, Optional<TeamId> teamId, FollowUpStep step,
    LocalDate scheduledOn, long daysPastDue, Money open, String reason) {

  /** Validates the parts. */
  public FollowUpAction {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(scheduledOn, "scheduledOn");
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(reason, "reason");
  }
}
