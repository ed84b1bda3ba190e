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
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BantAssessment {
  /** Only the generated implementation extends this type. */
  BantAssessment() {}

  private static final BantAssessment UNKNOWN = builder().build();

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

  /** Whether {@code criterion} has its evidence recorded. */
  public final boolean hasEvidence(BantCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    switch (criterion) {
      case BUDGET:
        return budgetAmount().isPresent();
      case AUTHORITY:
        return decisionMaker().isPresent();
      case NEED:
        return needStatement().isPresent();
      case TIMELINE:
        return targetDate().isPresent();
      default:
        throw new AssertionError(criterion);
    }
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
