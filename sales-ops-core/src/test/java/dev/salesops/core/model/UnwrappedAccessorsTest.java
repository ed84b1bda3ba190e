package dev.salesops.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.testing.Generators;
import dev.salesops.core.testing.Property;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free accessors ({@code BantAssessment.hasEvidence/budgetAmountOrNull/targetDateOrNull}, {@code
 * Opportunity.amountOrNull}) answer exactly what the {@code Optional} accessors answer, on every construction
 * path: builder, copy ({@code from}), {@code with*} copies and {@code withStatus}.
 */
class UnwrappedAccessorsTest {

  @Test
  void bantEvidenceWithoutOptionalEqualsTheOptionalAccessors() {
    Property.forAll(0x0A11CL, 300, r -> {
      BantAssessment a = Generators.bant(r);
      assertSameEvidence(a);
      assertSameEvidence(BantAssessment.builder().from(a).build());
      assertSameEvidence(a.withStatus(BantCriterion.values()[r.nextInt(4)], BantStatus.values()[r.nextInt(4)]));
      ImmutableBantAssessment copy = (ImmutableBantAssessment) a; // what the builder builds
      assertSameEvidence(copy.withBudgetAmount(Optional.empty()));
      assertSameEvidence(copy.withTargetDate(LocalDate.of(2026, 3, 1)));
      assertSameEvidence(copy.withBudgetAmount(Money.ofMinor(CurrencyUnit.EUR, r.nextInt(1_000_000))));
      assertSameEvidence(copy.withTargetDate(Optional.empty()).withDecisionMaker(Optional.empty()));
    });
    assertSameEvidence(BantAssessment.unknown());
    assertThat(BantAssessment.unknown().budgetAmountOrNull()).isNull();
  }

  @Test
  void opportunityAmountWithoutOptionalEqualsAmount() {
    Property.forAll(0x0A11DL, 300, r -> {
      Opportunity o = Generators.opportunity(r);
      assertThat(o.amountOrNull()).isEqualTo(o.amount().orElse(null));
      Opportunity none = ((ImmutableOpportunity) o).withAmount(Optional.empty());
      assertThat(none.amountOrNull()).isNull();
      Money m = Money.ofMinor(CurrencyUnit.USD, r.nextInt(1_000_000));
      assertThat(((ImmutableOpportunity) o).withAmount(m).amountOrNull()).isEqualTo(m);
    });
    // a host record gets the default: amount() unwrapped
    DealFacts host = new DealFacts() {
      @Override
      public BantAssessment bant() {
        return BantAssessment.unknown();
      }

      @Override
      public Optional<Money> amount() {
        return Optional.of(Money.ofMinor(CurrencyUnit.JPY, 5));
      }
    };
    assertThat(host.amountOrNull()).isEqualTo(Money.ofMinor(CurrencyUnit.JPY, 5));
  }

  private static void assertSameEvidence(BantAssessment a) {
    assertThat(a.budgetAmountOrNull()).isEqualTo(a.budgetAmount().orElse(null));
    assertThat(a.targetDateOrNull()).isEqualTo(a.targetDate().orElse(null));
    assertThat(a.hasEvidence(BantCriterion.BUDGET)).isEqualTo(a.budgetAmount().isPresent());
    assertThat(a.hasEvidence(BantCriterion.AUTHORITY)).isEqualTo(a.decisionMaker().isPresent());
    assertThat(a.hasEvidence(BantCriterion.NEED)).isEqualTo(a.needStatement().isPresent());
    assertThat(a.hasEvidence(BantCriterion.TIMELINE)).isEqualTo(a.targetDate().isPresent());
  }
}
