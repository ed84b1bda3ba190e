package dev.salesops.core.collection;

import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.PaymentMilestone;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * An invoice (發票): an amount billed to an account, owned by a rep (who chases it), due on a date; usually
 * issued against a contract's payment milestone.
 *
 * <p>Rules: the amount is positive and fits its currency; the due date is not before the issue date; a
 * milestone id needs a contract id.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the invoice's identifier
 * @param accountId the customer billed
 * @param ownerId the rep who owns the receivable
 * @param teamId the owner's team, when known
 * @param contractId the contract billed, when any
 * @param milestoneId the contract's payment milestone billed, when any
 * @param amount the amount billed; positive
 * @param issuedOn the invoice date
 * @param dueOn the due date; not before the invoice date
 */
public record Invoice(InvoiceId id, AccountId accountId, UserId ownerId, Optional<TeamId> teamId,
    Optional<ContractId> contractId, Optional<String> milestoneId, Money amount, LocalDate issuedOn, LocalDate dueOn) {

  /** Validates the parts. */
  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Monies.of(amount.getAmount(), amount.getCurrencyUnit(), "invoice " + id + " amount");
    if (!amount.isPositive()) {
      throw Checks.fail("invoice " + id + " amount", "must be positive", amount);
    }
    if (dueOn.isBefore(issuedOn)) {
      throw Checks.fail("invoice " + id + " dueOn", "must not be before the issue date " + issuedOn, dueOn);
    }
    if (milestoneId.isPresent() && contractId.isEmpty()) {
      throw Checks.fail("invoice " + id + " milestoneId", "needs a contract id", milestoneId.get());
    }
  }

  /** An invoice not tied to a contract. */
  public static Invoice of(InvoiceId id, AccountId accountId, UserId ownerId, Optional<TeamId> teamId, Money amount,
      LocalDate issuedOn, LocalDate dueOn) {
    return new Invoice(id, accountId, ownerId, teamId, Optional.empty(), Optional.empty(), amount, issuedOn, dueOn);
  }

  /**
   * The invoice of a whole milestone: the milestone's exact amount, billed to the contract's account and
   * owner, due {@code issuedOn} plus the milestone's net days.
   *
   * @throws dev.salesops.core.validation.ValidationException when the contract has no such milestone
   */
  public static Invoice forMilestone(InvoiceId id, Contract contract, String milestoneId, LocalDate issuedOn) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(issuedOn, "issuedOn");
    PaymentMilestone m = contract.milestone(milestoneId).orElseThrow(() ->
        Checks.fail("invoice " + id + " milestoneId", "must be a milestone of contract " + contract.id(), milestoneId));
    return new Invoice(id, contract.accountId(), contract.ownerId(), contract.teamId(), Optional.of(contract.id()),
        Optional.of(milestoneId), m.amount(), issuedOn, m.dueDateFor(issuedOn));
  }
}
