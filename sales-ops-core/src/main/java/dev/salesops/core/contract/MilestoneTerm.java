package dev.salesops.core.contract;

import dev.salesops.core.internal.Nullable;
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
 */
public final class MilestoneTerm {
  private final String id;
  private final MilestoneKind kind;
  private final LocalDate plannedDate;
  private final int netDays;
  private final Money amount;  // null when absent
  private final BigDecimal percent;  // null when absent

  /**
   * Validates the parts.
   *
   * @param id the milestone's id, unique within its contract (e.g. {@code "deposit"})
   * @param kind what the milestone is tied to
   * @param plannedDate when it is expected to be invoiced; not before the signing date
   * @param netDays days from the invoice date to the due date
   * @param amount the fixed amount, when the milestone is a fixed amount; {@code null} when absent
   * @param percent the percentage, when the milestone is a percentage; {@code null} when absent
   */
  public MilestoneTerm(String id, MilestoneKind kind, LocalDate plannedDate, int netDays, @Nullable Money amount, @Nullable BigDecimal percent) {
    ContractId.checkId(id, "milestone.id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(plannedDate, "plannedDate");
    if (netDays < 0 || netDays > 3650) {
      throw Checks.fail("milestone " + id + " netDays", "must be within [0, 3650]", netDays);
    }
    if ((amount != null) == (percent != null)) {
      throw Checks.fail("milestone " + id, "must have either an amount or a percent, not both or neither",
          Optional.ofNullable(amount).map(Money::toString).orElse("no amount") + ", " + Optional.ofNullable(percent).map(BigDecimal::toPlainString).orElse("no percent"));
    }
    Optional.ofNullable(amount).ifPresent(a -> {
      Monies.of(a.getAmount(), a.getCurrencyUnit(), "milestone " + id + " amount");
      if (!a.isPositive()) {
        throw Checks.fail("milestone " + id + " amount", "must be positive", a);
      }
    });
    Optional.ofNullable(percent).ifPresent(p -> {
      if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 10) {
        throw Checks.fail("milestone " + id + " percent", "must be within (0, 100] with at most 10 decimals", p.toPlainString());
      }
    });
    this.id = id;
    this.kind = kind;
    this.plannedDate = plannedDate;
    this.netDays = netDays;
    this.amount = amount;
    this.percent = percent;
  }

  /** The {@code id}: the milestone's id, unique within its contract (e.g. {@code "deposit"}). */
  public String id() {
    return id;
  }

  /** The {@code kind}: what the milestone is tied to. */
  public MilestoneKind kind() {
    return kind;
  }

  /** The {@code plannedDate}: when it is expected to be invoiced; not before the signing date. */
  public LocalDate plannedDate() {
    return plannedDate;
  }

  /** The {@code netDays}: days from the invoice date to the due date. */
  public int netDays() {
    return netDays;
  }

  /** The {@code amount}: the fixed amount, when the milestone is a fixed amount. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** The {@code percent}: the percentage, when the milestone is a percentage. */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /** A milestone of a fixed amount. */
  public static MilestoneTerm ofAmount(String id, MilestoneKind kind, LocalDate plannedDate, int netDays, Money amount) {
    return new MilestoneTerm(id, kind, plannedDate, netDays, Objects.requireNonNull(amount, "amount"), null);
  }

  /** A milestone of a percentage of the contract total (see {@link Contract#paymentSchedule()}). */
  public static MilestoneTerm ofPercent(String id, MilestoneKind kind, LocalDate plannedDate, int netDays, BigDecimal percent) {
    return new MilestoneTerm(id, kind, plannedDate, netDays, null, Objects.requireNonNull(percent, "percent"));
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof MilestoneTerm o
        && Objects.equals(id, o.id)
        && Objects.equals(kind, o.kind)
        && Objects.equals(plannedDate, o.plannedDate)
        && netDays == o.netDays
        && Objects.equals(amount, o.amount)
        && Objects.equals(percent, o.percent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, plannedDate, netDays, amount, percent);
  }

  /** As a record's: {@code MilestoneTerm[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "MilestoneTerm[id=" + id + ", kind=" + kind + ", plannedDate=" + plannedDate + ", netDays=" + netDays + ", amount=" + amount() + ", percent=" + percent() + "]";
  }
}
