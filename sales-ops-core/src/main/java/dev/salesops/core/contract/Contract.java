package dev.salesops.core.contract;

import dev.salesops.core.model.AccountId;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.TeamId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.money.LargestRemainder;
import dev.salesops.core.money.Monies;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A contract for a won opportunity (合同): the parties (account and owning rep), the scope lines, the total
 * and its currency, the signing date, delivery terms and acceptance criteria, the liability, dispute-resolution
 * and confidentiality clauses, and the payment terms as dated milestones.
 *
 * <p><b>Payment schedule.</b> Each milestone is a fixed amount or a percentage. Fixed amounts are taken
 * first; percentage milestones share what remains of the total and must add up to exactly 100; the remainder
 * is split with {@link LargestRemainder} (ties to the earlier milestone), so {@link #paymentSchedule()} always
 * adds up to {@link #total()} exactly. Without percentages, the fixed amounts must add up to the total exactly.
 * A contract may have no milestones yet (a draft); the review then reports the payment terms as missing.
 *
 * <p><b>Rules</b> (all problems are reported at once, each naming the contract, the field, the value and the
 * rule): the total is positive and fits its currency; scope lines and fixed milestones are in the contract
 * currency; milestone ids are unique; no milestone is planned before the signing date; percentages add up to
 * 100 and leave a positive remainder to share; clause texts are at most 4,000 characters.
 *
 * <p>JSON names: {@code id}, {@code opportunityId}, {@code accountId}, {@code ownerId}, {@code teamId}, {@code
 * total}, {@code signedOn}, {@code scope}, {@code deliveryTerms}, {@code acceptanceCriteria}, {@code
 * liabilityClause}, {@code disputeResolution}, {@code confidentialityClause}, {@code milestones} (each {@code id},
 * {@code kind}, {@code plannedDate}, {@code netDays}, and {@code amount} or {@code percent}). The payment schedule
 * is derived, never written.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contract {
  /** Only the generated implementation extends this type. */
  Contract() {}

  /** The longest clause text accepted. */
  public static final int MAX_CLAUSE_LENGTH = 4000;

  /** The contract's identifier. */
  public abstract ContractId id();

  /** The won opportunity the contract closes, when known. */
  public abstract Optional<OpportunityId> opportunityId();

  /** The customer. */
  public abstract AccountId accountId();

  /** The rep who owns the contract (and chases its receivables). */
  public abstract UserId ownerId();

  /** The owner's team, when known. */
  public abstract Optional<TeamId> teamId();

  /** The contract total, in the contract currency. */
  public abstract Money total();

  /** The date the contract was signed. */
  public abstract LocalDate signedOn();

  /** What is sold. */
  public abstract List<ScopeLine> scope();

  /** Delivery terms (what, where, when). */
  public abstract Optional<String> deliveryTerms();

  /** Acceptance criteria (how the customer accepts the delivery). */
  public abstract Optional<String> acceptanceCriteria();

  /** The liability clause. */
  public abstract Optional<String> liabilityClause();

  /** The dispute-resolution clause (court, arbitration). */
  public abstract Optional<String> disputeResolution();

  /** The confidentiality clause. */
  public abstract Optional<String> confidentialityClause();

  /** The payment milestones as written, in contract order. */
  public abstract List<MilestoneTerm> milestones();

  /** The contract currency (the total's currency). */
  public CurrencyUnit currency() {
    return total().getCurrencyUnit();
  }

  /** The milestones with their exact amounts, in contract order; they add up to {@link #total()} exactly. */
  @Value.Lazy
  public List<PaymentMilestone> paymentSchedule() {
    return resolve();
  }

  /** The milestone with id {@code milestoneId}. */
  public Optional<PaymentMilestone> milestone(String milestoneId) {
    java.util.Objects.requireNonNull(milestoneId, "milestoneId");
    return paymentSchedule().stream().filter(m -> m.id().equals(milestoneId)).findFirst();
  }

  private List<PaymentMilestone> resolve() {
    List<MilestoneTerm> terms = milestones();
    Money fixed = Money.zero(currency());
    List<BigDecimal> weights = new ArrayList<>();
    for (MilestoneTerm t : terms) {
      if (t.amount().isPresent()) {
        fixed = fixed.plus(t.amount().get());
      } else {
        weights.add(t.percent().get());
      }
    }
    List<Money> shares = weights.isEmpty() ? List.of() : LargestRemainder.split(total().minus(fixed), weights);
    List<PaymentMilestone> out = new ArrayList<>();
    int k = 0;
    for (MilestoneTerm t : terms) {
      out.add(new PaymentMilestone(t, t.amount().isPresent() ? t.amount().get() : shares.get(k++)));
    }
    return List.copyOf(out);
  }

  @Value.Check
  final void check() {
    String c = "contract " + id();
    Problems problems = new Problems();
    try {
      Monies.of(total().getAmount(), currency(), c + " total");
    } catch (IllegalArgumentException e) {
      problems.add(c + " total", "must fit its currency", total());
    }
    if (!total().isPositive()) {
      problems.add(c + " total", "must be positive", total());
    }
    for (int i = 0; i < scope().size(); i++) {
      ScopeLine line = scope().get(i);
      if (!line.unitPrice().getCurrencyUnit().equals(currency())) {
        problems.add(c + " scope[" + i + "].unitPrice", "must be in the contract currency " + currency(), line.unitPrice());
      }
    }
    text(problems, c + " deliveryTerms", deliveryTerms());
    text(problems, c + " acceptanceCriteria", acceptanceCriteria());
    text(problems, c + " liabilityClause", liabilityClause());
    text(problems, c + " disputeResolution", disputeResolution());
    text(problems, c + " confidentialityClause", confidentialityClause());
    Set<String> ids = new HashSet<>();
    Money fixed = Money.zero(currency());
    BigDecimal percent = BigDecimal.ZERO;
    boolean anyPercent = false;
    boolean currenciesOk = true;
    for (int i = 0; i < milestones().size(); i++) {
      MilestoneTerm t = milestones().get(i);
      String p = c + " milestones[" + i + "] (" + t.id() + ")";
      if (!ids.add(t.id())) {
        problems.add(p + ".id", "must be unique within the contract", t.id());
      }
      if (t.plannedDate().isBefore(signedOn())) {
        problems.add(p + ".plannedDate", "must not be before the signing date " + signedOn(), t.plannedDate());
      }
      if (t.amount().isPresent()) {
        Money a = t.amount().get();
        if (!a.getCurrencyUnit().equals(currency())) {
          problems.add(p + ".amount", "must be in the contract currency " + currency(), a);
          currenciesOk = false;
        } else {
          fixed = fixed.plus(a);
        }
      } else {
        anyPercent = true;
        percent = percent.add(t.percent().get());
      }
    }
    if (currenciesOk && !milestones().isEmpty()) {
      if (anyPercent) {
        if (percent.compareTo(BigDecimal.valueOf(100)) != 0) {
          problems.add(c + " milestones", "percentages must add up to exactly 100 (of the total less fixed amounts)", percent.toPlainString());
        }
        if (fixed.compareTo(total()) >= 0) {
          problems.add(c + " milestones", "fixed amounts must leave a positive remainder of the total " + total() + " for percentage milestones", fixed);
        }
      } else if (!fixed.isEqual(total())) {
        problems.add(c + " milestones", "amounts must add up exactly to the contract total " + total(), fixed);
      }
    }
    problems.throwIfAny();
  }

  private static void text(Problems problems, String field, Optional<String> value) {
    value.ifPresent(v -> {
      if (v.length() > MAX_CLAUSE_LENGTH) {
        problems.add(field, "must be at most " + MAX_CLAUSE_LENGTH + " characters long", v.length() + " characters");
      }
    });
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contract}. Not thread-safe. */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }
}
