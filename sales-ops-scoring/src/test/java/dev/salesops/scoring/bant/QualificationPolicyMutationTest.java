package dev.salesops.scoring.bant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.definition.DefinitionParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** {@link QualificationPolicy}'s documented params, bounds and budget/timeline/evidence/minMet rules at their edges. */
class QualificationPolicyMutationTest {
  static final LocalDate EVAL = LocalDate.parse("2026-03-30");

  static Opportunity opp(BantAssessment bant, String amount) {
    Opportunity.Builder b = Opportunity.builder().id(OpportunityId.of("o1")).ownerId(UserId.of("u1")).stage("QUALIFICATION")
        .createdAt(Instant.parse("2026-01-01T00:00:00Z")).bant(bant);
    if (amount != null) {
      b.amount(Money.parse(amount));
    }
    return b.build();
  }

  static final BantAssessment FACTS = BantAssessment.builder()
      .budget(BantStatus.CONFIRMED).budgetAmount(Money.parse("USD 60000"))
      .need(BantStatus.CONFIRMED).needStatement("replace legacy ERP")
      .timeline(BantStatus.PARTIAL).targetDate(LocalDate.parse("2026-06-30"))
      .build();

  static QualificationPolicy only(BantCriterion c) {
    return QualificationPolicy.builder().mandatory(Set.of(c)).partialCounts(true).negativeDisqualifies(false).build();
  }

  @Test
  void paramsSetEveryAccessorAndDefaultsAreDocumented() {
    QualificationPolicy d = QualificationPolicy.fromParams(DefinitionParams.empty());
    assertThat(d.mandatory()).isEqualTo(EnumSet.allOf(BantCriterion.class));
    assertThat(d.minMet()).isZero();
    assertThat(d.partialCounts()).isFalse();
    assertThat(d.minBudgetPercent()).isEmpty();
    assertThat(d.maxTimelineMonths()).isEmpty();
    assertThat(d.requireEvidence()).isFalse();
    assertThat(d.negativeDisqualifies()).isTrue();
    assertThat(d.toString()).isEqualTo("QualificationPolicy{mandatory=[BUDGET, AUTHORITY, NEED, TIMELINE], minMet=0, partialCounts=false,"
        + " minBudgetPercent=-, maxTimelineMonths=-, requireEvidence=false, negativeDisqualifies=true}");

    QualificationPolicy p = QualificationPolicy.fromParams(DefinitionParams.of(Map.of("mandatory", List.of("need", "Budget"), "minMet", 4,
        "partialCounts", true, "minBudgetPercent", new BigDecimal("12.5"), "maxTimelineMonths", 7, "requireEvidence", true,
        "negativeDisqualifies", false)));
    assertThat(p.mandatory()).containsExactlyInAnyOrder(BantCriterion.NEED, BantCriterion.BUDGET);
    assertThat(p.minMet()).isEqualTo(4);
    assertThat(p.partialCounts()).isTrue();
    assertThat(p.minBudgetPercent()).contains(new BigDecimal("12.5"));
    assertThat(p.maxTimelineMonths()).contains(7);
    assertThat(p.requireEvidence()).isTrue();
    assertThat(p.negativeDisqualifies()).isFalse();
    assertThat(p.toString()).isEqualTo("QualificationPolicy{mandatory=[BUDGET, NEED], minMet=4, partialCounts=true,"
        + " minBudgetPercent=12.5, maxTimelineMonths=7, requireEvidence=true, negativeDisqualifies=false}");
    assertThat(p).isNotEqualTo(d).isNotEqualTo("policy");
    assertThat(QualificationPolicy.fromParams(DefinitionParams.of(Map.of("mandatory", List.of()))).mandatory()).isEmpty();
  }

  @Test
  void builderBounds() {
    assertThat(QualificationPolicy.builder().minMet(0).build().minMet()).isZero();
    assertThat(QualificationPolicy.builder().minMet(4).build().minMet()).isEqualTo(4);
    assertThatThrownBy(() -> QualificationPolicy.builder().minMet(5)).isInstanceOf(ValidationException.class)
        .hasMessage("minMet must be within [0, 4]: 5");
    assertThatThrownBy(() -> QualificationPolicy.builder().minMet(-1)).hasMessage("minMet must be within [0, 4]: -1");
    assertThat(QualificationPolicy.builder().minBudgetPercent(BigDecimal.ZERO).build().minBudgetPercent()).contains(BigDecimal.ZERO);
    assertThat(QualificationPolicy.builder().minBudgetPercent(new BigDecimal("1000")).build().minBudgetPercent()).contains(new BigDecimal("1000"));
    assertThatThrownBy(() -> QualificationPolicy.builder().minBudgetPercent(new BigDecimal("1000.01"))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> QualificationPolicy.builder().minBudgetPercent(new BigDecimal("-0.01"))).isInstanceOf(ValidationException.class);
    assertThat(QualificationPolicy.builder().maxTimelineMonths(0).build().maxTimelineMonths()).contains(0);
    assertThatThrownBy(() -> QualificationPolicy.builder().maxTimelineMonths(-1)).isInstanceOf(ValidationException.class);
  }

  @Test
  void budgetExactlyAtThePercentageIsEnough() {
    QualificationPolicy p = QualificationPolicy.builder().mandatory(Set.of(BantCriterion.BUDGET)).minBudgetPercent(new BigDecimal("60")).build();
    QualificationResult ok = p.evaluate(opp(FACTS, "USD 100000"), EVAL);
    assertThat(ok.qualified()).isTrue();
    assertThat(ok.criteria().get(0).reason())
        .isEqualTo("Budget: CONFIRMED — budget USD 60000.00 covers at least 60% of the deal amount USD 100000.00");
    assertThat(ok.criteria().get(0).met()).isTrue();
    assertThat(ok.criteria().get(0).mandatory()).isTrue();
    assertThat(ok.criteria().get(1).mandatory()).isFalse();
    QualificationResult below = p.evaluate(opp(FACTS, "USD 100000.01"), EVAL);
    assertThat(below.failures()).containsExactly(
        "Budget: CONFIRMED — budget USD 60000.00 is 60.0% of the deal amount USD 100000.01, below the required 60%");
    assertThat(p.evaluate(opp(FACTS, "USD 0"), EVAL).qualified()).isTrue();
    assertThat(p.evaluate(opp(FACTS, null), EVAL).failures())
        .containsExactly("Budget: CONFIRMED — the deal amount is not estimated, so the budget cannot be compared with it");
    assertThat(p.evaluate(opp(FACTS, "EUR 1"), EVAL).failures()).containsExactly("Budget: CONFIRMED — budget USD 60000.00 is not in the deal's currency EUR");
    BantAssessment noAmount = BantAssessment.builder().budget(BantStatus.CONFIRMED).build();
    assertThat(p.evaluate(opp(noAmount, "USD 1"), EVAL).failures()).containsExactly("Budget: CONFIRMED — no budget amount recorded");
  }

  @Test
  void timelineWindowIncludesBothEnds() {
    QualificationPolicy within3 = QualificationPolicy.builder().mandatory(Set.of(BantCriterion.TIMELINE)).partialCounts(true)
        .maxTimelineMonths(3).build();
    // 2026-03-30 + 3 months = 2026-06-30 = the target date
    QualificationResult edge = within3.evaluate(opp(FACTS, null), EVAL);
    assertThat(edge.qualified()).isTrue();
    assertThat(edge.criteria().get(3).reason()).isEqualTo("Timeline: PARTIAL — target date 2026-06-30 within 3 months of 2026-03-30");
    assertThat(within3.evaluate(opp(FACTS, null), EVAL.minusDays(1)).failures())
        .containsExactly("Timeline: PARTIAL — target date 2026-06-30 is after 2026-06-29 (3 months from 2026-03-29)");
    QualificationPolicy now = QualificationPolicy.builder().mandatory(Set.of(BantCriterion.TIMELINE)).partialCounts(true)
        .maxTimelineMonths(0).build();
    assertThat(now.evaluate(opp(FACTS, null), LocalDate.parse("2026-06-30")).qualified()).isTrue();
    assertThat(now.evaluate(opp(FACTS, null), LocalDate.parse("2026-07-01")).failures())
        .containsExactly("Timeline: PARTIAL — target date 2026-06-30 is before 2026-07-01");
    BantAssessment noDate = BantAssessment.builder().timeline(BantStatus.CONFIRMED).build();
    assertThat(now.evaluate(opp(noDate, null), EVAL).failures()).containsExactly("Timeline: CONFIRMED — no target date recorded");
  }

  @Test
  void evidenceNamedPerCriterion() {
    QualificationPolicy evidence = QualificationPolicy.builder().requireEvidence(true).negativeDisqualifies(false).build();
    BantAssessment bare = BantAssessment.builder().budget(BantStatus.CONFIRMED).authority(BantStatus.CONFIRMED).need(BantStatus.CONFIRMED)
        .timeline(BantStatus.CONFIRMED).build();
    assertThat(evidence.evaluate(opp(bare, null), EVAL).failures()).containsExactly(
        "Budget: CONFIRMED — no budget amount recorded", "Authority: CONFIRMED — no decision-maker contact recorded",
        "Need: CONFIRMED — no need statement recorded", "Timeline: CONFIRMED — no target date recorded");
    BantAssessment full = BantAssessment.builder().from(FACTS).authority(BantStatus.CONFIRMED).decisionMaker(ContactId.of("c1"))
        .timeline(BantStatus.CONFIRMED).build();
    QualificationResult r = evidence.evaluate(opp(full, null), EVAL);
    assertThat(r.qualified()).isTrue();
    assertThat(r.criteria()).extracting(CriterionVerdict::reason).containsExactly("Budget: CONFIRMED — budget amount recorded",
        "Authority: CONFIRMED — decision-maker contact recorded", "Need: CONFIRMED — need statement recorded",
        "Timeline: CONFIRMED — target date recorded");
    // without the rule, CONFIRMED without evidence is met and says so
    QualificationResult lax = QualificationPolicy.allConfirmed().evaluate(opp(bare, null), EVAL);
    assertThat(lax.qualified()).isTrue();
    assertThat(lax.criteria().get(0).reason()).isEqualTo("Budget: CONFIRMED — no budget amount recorded");
    // an unconfirmed criterion: with evidence "not confirmed yet", without it "no ... recorded"
    QualificationResult unknown = only(BantCriterion.AUTHORITY).evaluate(opp(FACTS, null), EVAL);
    assertThat(unknown.failures()).containsExactly("Authority: UNKNOWN — no decision-maker contact recorded");
    BantAssessment dmOnly = BantAssessment.builder().decisionMaker(ContactId.of("c1")).build();
    assertThat(only(BantCriterion.AUTHORITY).evaluate(opp(dmOnly, null), EVAL).failures())
        .containsExactly("Authority: UNKNOWN — not confirmed yet");
  }

  @Test
  void minMetCountsEveryMetCriterion() {
    QualificationPolicy two = QualificationPolicy.builder().mandatory(Set.of()).minMet(2).build();
    QualificationResult r = two.evaluate(opp(FACTS, null), EVAL);
    assertThat(r.qualified()).isTrue();
    assertThat(r.failures()).isEmpty();
    QualificationPolicy three = QualificationPolicy.builder().mandatory(Set.of()).minMet(3).build();
    assertThat(three.evaluate(opp(FACTS, null), EVAL).failures()).containsExactly("2 of 4 criteria met, at least 3 required");
    QualificationPolicy threePartial = QualificationPolicy.builder().mandatory(Set.of()).minMet(3).partialCounts(true).build();
    assertThat(threePartial.evaluate(opp(FACTS, null), EVAL).qualified()).isTrue();
    // a NEGATIVE, non-mandatory criterion disqualifies by default, and its failure says why
    BantAssessment negative = FACTS.withStatus(BantCriterion.AUTHORITY, BantStatus.NEGATIVE);
    assertThat(two.evaluate(opp(negative, null), EVAL).failures())
        .containsExactly("Authority: NEGATIVE — recorded as not holding (NEGATIVE disqualifies)");
    assertThat(QualificationPolicy.builder().mandatory(Set.of()).negativeDisqualifies(false).build().evaluate(opp(negative, null), EVAL)
        .qualified()).isTrue();
    // a PARTIAL mandatory criterion that does not count
    assertThat(QualificationPolicy.builder().mandatory(Set.of(BantCriterion.TIMELINE)).build().evaluate(opp(FACTS, null), EVAL).failures())
        .containsExactly("Timeline: PARTIAL — only partly known and PARTIAL does not count");
  }
}
