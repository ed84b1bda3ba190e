package dev.salesops.core.collection;

import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.PaymentMilestone;
import dev.salesops.core.internal.Nullable;
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
 */
public final class Invoice {
  private final InvoiceId id;
  private final AccountId accountId;
  private final UserId ownerId;
  private final TeamId teamId;  // null when absent
  private final ContractId contractId;  // null when absent
  private final String milestoneId;  // null when absent
  private final Money amount;
  private final LocalDate issuedOn;
  private final LocalDate dueOn;

  /**
   * Validates the parts.
   *
   * @param id the invoice's identifier
   * @param accountId the customer billed
   * @param ownerId the rep who owns the receivable
   * @param teamId the owner's team, when known; {@code null} when absent
   * @param contractId the contract billed, when any; {@code null} when absent
   * @param milestoneId the contract's payment milestone billed, when any; {@code null} when absent
   * @param amount the amount billed; positive
   * @param issuedOn the invoice date
   * @param dueOn the due date; not before the invoice date
   */
  public Invoice(InvoiceId id, AccountId accountId, UserId ownerId, @Nullable TeamId teamId, @Nullable ContractId contractId, @Nullable String milestoneId, Money amount, LocalDate issuedOn, LocalDate dueOn) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownerId, "ownerId");
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
    if (milestoneId != null && contractId == null) {
      throw Checks.fail("invoice " + id + " milestoneId", "needs a contract id", milestoneId);
    }
    this.id = id;
    this.accountId = accountId;
    this.ownerId = ownerId;
    this.teamId = teamId;
    this.contractId = contractId;
    this.milestoneId = milestoneId;
    this.amount = amount;
    this.issuedOn = issuedOn;
    this.dueOn = dueOn;
  }

  /** The {@code id}: the invoice's identifier. */
  public InvoiceId id() {
    return id;
  }

  /** The {@code accountId}: the customer billed. */
  public AccountId accountId() {
    return accountId;
  }

  /** The {@code ownerId}: the rep who owns the receivable. */
  public UserId ownerId() {
    return ownerId;
  }

  /** The {@code teamId}: the owner's team, when known. */
  public Optional<TeamId> teamId() {
    return Optional.ofNullable(teamId);
  }

  /** The {@code contractId}: the contract billed, when any. */
  public Optional<ContractId> contractId() {
    return Optional.ofNullable(contractId);
  }

  /** The {@code milestoneId}: the contract's payment milestone billed, when any. */
  public Optional<String> milestoneId() {
    return Optional.ofNullable(milestoneId);
  }

  /** The {@code amount}: the amount billed; positive. */
  public Money amount() {
    return amount;
  }

  /** The {@code issuedOn}: the invoice date. */
  public LocalDate issuedOn() {
    return issuedOn;
  }

  /** The {@code dueOn}: the due date; not before the invoice date. */
  public LocalDate dueOn() {
    return dueOn;
  }

  /** An invoice not tied to a contract ({@code teamId} is {@code null} when not known). */
  public static Invoice of(InvoiceId id, AccountId accountId, UserId ownerId, @Nullable TeamId teamId, Money amount,
      LocalDate issuedOn, LocalDate dueOn) {
    return new Invoice(id, accountId, ownerId, teamId, null, null, amount, issuedOn, dueOn);
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
    return new Invoice(id, contract.accountId(), contract.ownerId(), contract.teamId().orElse(null), contract.id(),
        milestoneId, m.amount(), issuedOn, m.dueDateFor(issuedOn));
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Invoice o
        && Objects.equals(id, o.id)
        && Objects.equals(accountId, o.accountId)
        && Objects.equals(ownerId, o.ownerId)
        && Objects.equals(teamId, o.teamId)
        && Objects.equals(contractId, o.contractId)
        && Objects.equals(milestoneId, o.milestoneId)
        && Objects.equals(amount, o.amount)
        && Objects.equals(issuedOn, o.issuedOn)
        && Objects.equals(dueOn, o.dueOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, accountId, ownerId, teamId, contractId, milestoneId, amount, issuedOn, dueOn);
  }

  /** As a record's: {@code Invoice[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Invoice[id=" + id + ", accountId=" + accountId + ", ownerId=" + ownerId + ", teamId=" + teamId() + ", contractId=" + contractId() + ", milestoneId=" + milestoneId() + ", amount=" + amount + ", issuedOn=" + issuedOn + ", dueOn=" + dueOn + "]";
  }
}
