package dev.salesops.core.contract;

import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A payment milestone as written in the contract's payment terms: an id unique in the contract, a kind, the
 * planned date (when the milestone is expected to be invoiced), the net days between invoice and due date,
 * and <em>either</em> a fixed amount <em>or</em> a percentage.
 *
 * <p>How percentages become money is decided by the {@link Contract}: fixed amounts are taken first, and the
 * percentages share what is left of the total (they must add up to exactly 100) by the largest-remainder rule,
 * so that the milestones add up exactly to the contract total.
 *
 * <p>Rules: the id follows the identifier rule; net days are within [0, 3650]; a fixed amount is positive; a
 * percentage is within (0, 100].
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the milestone's id, unique within its contract (e.g. {@code "deposit"})
 * @param kind what the milestone is tied to
 * @param plannedDate when it is expected to be invoiced; not before the signing date
 * @param netDays days from the invoice date to the due date
 * @param amount the fixed amount, when the milestone is a fixed amount
 * @param percent the percentage, when the milestone is a percentage
 */
public record MilestoneTerm(String id, MilestoneKind kind, LocalDate plannedDate, int netDays, Optional<Money> amount,
    Optional<BigDecimal> percent) {

  /** Validates the parts. */
  public MilestoneTerm {
    ContractId.checkId(id, "milestone.id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(plannedDate, "plannedDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(percent, "percent");
    if (netDays < 0 || netDays > 3650) {
      throw Checks.fail("milestone " + id + " netDays", "must be within [0, 3650]", netDays);
    }
    if (amount.isPresent() == percent.isPresent()) {
      throw Checks.fail("milestone " + id, "must have either an amount or a percent, not both or neither",
          amount.map(Money::toString).orElse("no amount") + ", " + percent.map(BigDecimal::toPlainString).orElse("no percent"));
    }
    amount.ifPresent(a -> {
      Monies.of(a.getAmount(), a.getCurrencyUnit(), "milestone " + id + " amount");
      if (!a.isPositive()) {
        throw Checks.fail("milestone " + id + " amount", "must be positive", a);
      }
    });
    percent.ifPresent(p -> {
      if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 10) {
        throw Checks.fail("milestone " + id + " percent", "must be within (0, 100] with at most 10 decimals", p.toPlainString());
      }
    });
  }

  /** A milestone of a fixed amount. */
  public static MilestoneTerm ofAmount(String id, MilestoneKind kind, LocalDate plannedDate, int netDays, Money amount) {
    return new MilestoneTerm(id, kind, plannedDate, netDays, Optional.of(Objects.requireNonNull(amount, "amount")), Optional.empty());
  }

  /** A milestone of a percentage of the contract total (see {@link Contract#paymentSchedule()}). */
  public static MilestoneTerm ofPercent(String id, MilestoneKind kind, LocalDate plannedDate, int netDays, BigDecimal percent) {
    return new MilestoneTerm(id, kind, plannedDate, netDays, Optional.empty(), Optional.of(Objects.requireNonNull(percent, "percent")));
  }
}
