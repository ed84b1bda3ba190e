package dev.salesops.core.model;

import dev.salesops.core.money.Monies;
import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The BANT facts recorded on an opportunity: per criterion a {@link BantStatus} and its evidence (budget
 * amount, decision-maker contact, need statement, target date). These are facts, not a verdict: a
 * qualification policy in the scoring module judges them.
 *
 * <p>JSON names: {@code budget}, {@code budgetAmount}, {@code authority}, {@code decisionMaker}, {@code need},
 * {@code needStatement}, {@code timeline}, {@code targetDate}; every status defaults to {@code UNKNOWN}.
 * The budget amount must not be negative and at most {@link Monies#MAX_ABS_AMOUNT}; the need statement is
 * non-blank free text of at most 2,000 characters (line breaks and tabs allowed, other control characters
 * not); the target date lies within the years 0001 to 9999.
 *
 * <p>Evidence without an {@code Optional}: the accessors {@code budgetAmount()}, {@code decisionMaker()},
 * {@code needStatement()} and {@code targetDate()} return a new {@code Optional} per call (on JDK 17 that is an
 * allocation the JIT cannot always remove); code that reads the evidence per evaluation uses {@link
 * #hasEvidence}, {@link #budgetAmountOrNull()} and {@link #targetDateOrNull()} instead, which read the evidence
 * unwrapped once when the assessment is built and allocate nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BantAssessment {
  /** Only the generated implementation extends this type. */
  BantAssessment() {}

  private static final BantAssessment UNKNOWN = builder().build();

  /**
   * The evidence unwrapped once, set by {@link #check()} when the assessment is built. Racy single-check: a
   * thread that receives this assessment through a data race may see {@code null} and then unwraps the
   * evidence itself ({@link #evidence()}); {@link Evidence} is immutable (final fields), so a non-null value is
   * always complete. Not an attribute: no part of equality, the string form or JSON.
   */
  @SuppressWarnings("immutables:incompat") // a cache of the attributes, not state: see above
  private Evidence evidence;

  /** Status of the budget criterion. */
  @Value.Default
  public BantStatus budget() {
    return BantStatus.UNKNOWN;
  }

  /** The budget the customer has, when known. */
  public abstract Optional<Money> budgetAmount();

  /** Status of the authority criterion. */
  @Value.Default
  public BantStatus authority() {
    return BantStatus.UNKNOWN;
  }

  /** The decision-maker contact, when known. */
  public abstract Optional<ContactId> decisionMaker();

  /** Status of the need criterion. */
  @Value.Default
  public BantStatus need() {
    return BantStatus.UNKNOWN;
  }

  /** The customer's need in their words, when recorded. */
  public abstract Optional<String> needStatement();

  /** Status of the timeline criterion. */
  @Value.Default
  public BantStatus timeline() {
    return BantStatus.UNKNOWN;
  }

  /** When the customer means to buy, when known. */
  public abstract Optional<LocalDate> targetDate();

  /** The status of {@code criterion}. */
  public final BantStatus status(BantCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    switch (criterion) {
      case BUDGET:
        return budget();
      case AUTHORITY:
        return authority();
      case NEED:
        return need();
      case TIMELINE:
        return timeline();
      default:
        throw new AssertionError(criterion);
    }
  }

  /** Whether {@code criterion} has its evidence recorded. Allocates nothing. */
  public final boolean hasEvidence(BantCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    Evidence e = evidence();
    switch (criterion) {
      case BUDGET:
        return e.budgetAmount != null;
      case AUTHORITY:
        return e.decisionMaker != null;
      case NEED:
        return e.needStatement != null;
      case TIMELINE:
        return e.targetDate != null;
      default:
        throw new AssertionError(criterion);
    }
  }

  /**
   * {@link #budgetAmount()} without an {@code Optional}: the budget amount, or {@code null} when none is
   * recorded. Allocates nothing (for code that reads it per evaluation, e.g. a qualification policy).
   */
  public final Money budgetAmountOrNull() {
    return evidence().budgetAmount;
  }

  /**
   * {@link #targetDate()} without an {@code Optional}: the target date, or {@code null} when none is recorded.
   * Allocates nothing (for code that reads it per evaluation, e.g. a qualification policy).
   */
  public final LocalDate targetDateOrNull() {
    return evidence().targetDate;
  }

  private Evidence evidence() {
    Evidence e = evidence;
    return e != null ? e : new Evidence(this);
  }

  /** Whether all four criteria are {@link BantStatus#CONFIRMED}. Derived: not part of the JSON form. */
  public final boolean isFullyConfirmed() {
    for (BantCriterion c : BantCriterion.values()) {
      if (status(c) != BantStatus.CONFIRMED) {
        return false;
      }
    }
    return true;
  }

  /** A copy with {@code criterion} set to {@code status}. */
  public final BantAssessment withStatus(BantCriterion criterion, BantStatus status) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Builder b = builder().from(this);
    switch (criterion) {
      case BUDGET:
        return b.budget(status).build();
      case AUTHORITY:
        return b.authority(status).build();
      case NEED:
        return b.need(status).build();
      case TIMELINE:
        return b.timeline(status).build();
      default:
        throw new AssertionError(criterion);
    }
  }

  @Value.Check
  final void check() {
    budgetAmount().ifPresent(m -> Monies.requireBounded(Monies.requireNonNegative(m, "bant.budgetAmount"), "bant.budgetAmount"));
    needStatement().ifPresent(s -> Checks.freeText(s, "bant.needStatement", 2000));
    targetDate().ifPresent(d -> Checks.date(d, "bant.targetDate"));
    evidence = new Evidence(this);
  }

  /** The four pieces of evidence, each {@code null} when not recorded. Immutable. */
  private static final class Evidence {
    final Money budgetAmount;
    final ContactId decisionMaker;
    final String needStatement;
    final LocalDate targetDate;

    Evidence(BantAssessment b) {
      this.budgetAmount = b.budgetAmount().orElse(null);
      this.decisionMaker = b.decisionMaker().orElse(null);
      this.needStatement = b.needStatement().orElse(null);
      this.targetDate = b.targetDate().orElse(null);
    }
  }

  /** Everything UNKNOWN, no evidence. */
  public static BantAssessment unknown() {
    return UNKNOWN;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BantAssessment}. Not thread-safe. */
  public static final class Builder extends ImmutableBantAssessment.Builder {
    Builder() {}
  }
}
