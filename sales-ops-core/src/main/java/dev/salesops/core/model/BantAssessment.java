package dev.salesops.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salesops.core.validation.Checks;
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
 * The budget amount must not be negative; the need statement is at most 2,000 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBantAssessment.class)
@JsonDeserialize(as = ImmutableBantAssessment.class)
public abstract class BantAssessment {
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

  /** Whether all four criteria are {@link BantStatus#CONFIRMED}. */
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
    budgetAmount().ifPresent(m -> {
      if (m.isNegative()) {
        throw Checks.fail("bant.budgetAmount", "must not be negative", m);
      }
    });
    needStatement().ifPresent(s -> Checks.text(s, "bant.needStatement", 2000));
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
