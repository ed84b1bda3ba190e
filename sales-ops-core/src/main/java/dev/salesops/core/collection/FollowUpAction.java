package dev.salesops.core.collection;

import dev.salesops.core.internal.Nullable;
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
 */
public final class FollowUpAction {
  private final InvoiceId invoiceId;
  private final AccountId accountId;
  private final UserId ownerId;
  private final TeamId teamId;  // null when absent
  private final FollowUpStep step;
  private final LocalDate scheduledOn;
  private final long daysPastDue;
  private final LocalDate dueOn;
  private final Money open;
  private final Money paid;

  /**
   * Validates the parts.
   *
   * @param invoiceId the invoice to chase
   * @param accountId its account
   * @param ownerId the rep who owns it (the person when {@code step.responsible()} is {@link Responsible#OWNER})
   * @param teamId the owner's team, when known; {@code null} when absent
   * @param step the ladder step
   * @param scheduledOn the day the step became due (due date + {@code step.fromDay()})
   * @param daysPastDue days since the due date at the query date (negative before it)
   * @param dueOn the invoice's due date
   * @param open what is still open
   * @param paid what was paid so far
   */
  public FollowUpAction(InvoiceId invoiceId, AccountId accountId, UserId ownerId, @Nullable TeamId teamId, FollowUpStep step, LocalDate scheduledOn, long daysPastDue, LocalDate dueOn, Money open, Money paid) {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(scheduledOn, "scheduledOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(paid, "paid");
    this.invoiceId = invoiceId;
    this.accountId = accountId;
    this.ownerId = ownerId;
    this.teamId = teamId;
    this.step = step;
    this.scheduledOn = scheduledOn;
    this.daysPastDue = daysPastDue;
    this.dueOn = dueOn;
    this.open = open;
    this.paid = paid;
  }

  /** The {@code invoiceId}: the invoice to chase. */
  public InvoiceId invoiceId() {
    return invoiceId;
  }

  /** The {@code accountId}: its account. */
  public AccountId accountId() {
    return accountId;
  }

  /** The {@code ownerId}: the rep who owns it (the person when {@code step.responsible()} is {@link Responsible#OWNER}). */
  public UserId ownerId() {
    return ownerId;
  }

  /** The {@code teamId}: the owner's team, when known. */
  public Optional<TeamId> teamId() {
    return Optional.ofNullable(teamId);
  }

  /** The {@code step}: the ladder step. */
  public FollowUpStep step() {
    return step;
  }

  /** The {@code scheduledOn}: the day the step became due (due date + {@code step.fromDay()}). */
  public LocalDate scheduledOn() {
    return scheduledOn;
  }

  /** The {@code daysPastDue}: days since the due date at the query date (negative before it). */
  public long daysPastDue() {
    return daysPastDue;
  }

  /** The {@code dueOn}: the invoice's due date. */
  public LocalDate dueOn() {
    return dueOn;
  }

  /** The {@code open}: what is still open. */
  public Money open() {
    return open;
  }

  /** The {@code paid}: what was paid so far. */
  public Money paid() {
    return paid;
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

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof FollowUpAction o
        && Objects.equals(invoiceId, o.invoiceId)
        && Objects.equals(accountId, o.accountId)
        && Objects.equals(ownerId, o.ownerId)
        && Objects.equals(teamId, o.teamId)
        && Objects.equals(step, o.step)
        && Objects.equals(scheduledOn, o.scheduledOn)
        && daysPastDue == o.daysPastDue
        && Objects.equals(dueOn, o.dueOn)
        && Objects.equals(open, o.open)
        && Objects.equals(paid, o.paid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invoiceId, accountId, ownerId, teamId, step, scheduledOn, daysPastDue, dueOn, open, paid);
  }

  /** As a record's: {@code FollowUpAction[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "FollowUpAction[invoiceId=" + invoiceId + ", accountId=" + accountId + ", ownerId=" + ownerId + ", teamId=" + teamId() + ", step=" + step + ", scheduledOn=" + scheduledOn + ", daysPastDue=" + daysPastDue + ", dueOn=" + dueOn + ", open=" + open + ", paid=" + paid + "]";
  }
}
