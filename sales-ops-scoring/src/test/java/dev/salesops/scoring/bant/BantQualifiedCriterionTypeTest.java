package dev.salesops.scoring.bant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantCriterion;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Criterion;
import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionResult;
import dev.salesops.core.workflow.CriterionType;
import dev.salesops.core.workflow.GuardContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BantQualifiedCriterionTypeTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final Actor REP = Actor.of(UserId.of("u1"), Role.REP);

  static Opportunity opp(BantAssessment bant, String amount) {
    Opportunity.Builder b = Opportunity.builder().id(OpportunityId.of("o1")).ownerId(UserId.of("u1")).stage("QUALIFICATION")
        .createdAt(Instant.parse("2026-01-01T00:00:00Z")).bant(bant);
    if (amount != null) {
      b.amount(Money.parse(amount));
    }
    return b.build();
  }

  static GuardContext ctx(Object subject) {
    return GuardContext.of(AT, REP, subject, "QUALIFICATION", "DISCOVERY", "advance");
  }

  private static final BantAssessment NO_AUTHORITY = BantAssessment.builder()
      .budget(BantStatus.CONFIRMED).budgetAmount(Money.parse("USD 60000"))
      .need(BantStatus.CONFIRMED).needStatement("replace legacy ERP")
      .timeline(BantStatus.PARTIAL).targetDate(LocalDate.parse("2026-06-30"))
      .build();

  @Test
  void defaultPolicyExplainsEveryFailure() {
    CriterionType type = new BantQualifiedCriterionType();
    Criterion c = type.create(DefinitionParams.empty());
    CriterionResult r = c.evaluate(ctx(opp(NO_AUTHORITY, "USD 100000")));
    assertThat(r.met()).isFalse();
    assertThat(r.reasons()).containsExactly(
        "BANT not met: Authority: UNKNOWN — no decision-maker contact recorded",
        "BANT not met: Timeline: PARTIAL — only partly known and PARTIAL does not count");
  }

  @Test
  void hostPolicyFromJsonParams() {
    DefinitionParams params = DefinitionParams.of(Map.of("mandatory", List.of("BUDGET", "NEED"), "minMet", 3,
        "partialCounts", true, "minBudgetPercent", 50, "maxTimelineMonths", 6));
    CriterionResult r = new BantQualifiedCriterionType().create(params).evaluate(ctx(opp(NO_AUTHORITY, "USD 100000")));
    assertThat(r.met()).isTrue();
    assertThat(r.reasons().get(0)).startsWith("BANT met: Budget: CONFIRMED — budget USD 60000.00 covers at least 50% of the deal amount USD 100000.00");

    CriterionResult tooSmall = new BantQualifiedCriterionType().create(params).evaluate(ctx(opp(NO_AUTHORITY, "USD 200000")));
    assertThat(tooSmall.reasons()).containsExactly(
        "BANT not met: Budget: CONFIRMED — budget USD 60000.00 is 30.0% of the deal amount USD 200000.00, below the required 50%",
        "BANT not met: 2 of 4 criteria met, at least 3 required");
  }

  @Test
  void timelineWindow() {
    QualificationPolicy p = QualificationPolicy.builder().mandatory(java.util.Set.of(BantCriterion.TIMELINE)).partialCounts(true)
        .maxTimelineMonths(3).build();
    QualificationResult r = p.evaluate(opp(NO_AUTHORITY, null), LocalDate.parse("2026-03-01"));
    assertThat(r.qualified()).isFalse();
    assertThat(r.failures()).containsExactly("Timeline: PARTIAL — target date 2026-06-30 is after 2026-06-01 (3 months from 2026-03-01)");
    assertThat(p.evaluate(opp(NO_AUTHORITY, null), LocalDate.parse("2026-04-01")).qualified()).isTrue();
    assertThat(p.evaluate(opp(NO_AUTHORITY, null), LocalDate.parse("2026-07-01")).failures().get(0)).contains("is before 2026-07-01");
  }

  @Test
  void negativeDisqualifiesUnlessConfiguredOtherwise() {
    BantAssessment b = NO_AUTHORITY.withStatus(BantCriterion.AUTHORITY, BantStatus.NEGATIVE);
    QualificationPolicy p = QualificationPolicy.builder().mandatory(java.util.Set.of(BantCriterion.NEED)).build();
    assertThat(p.evaluate(opp(b, null), LocalDate.parse("2026-03-01")).failures())
        .containsExactly("Authority: NEGATIVE — recorded as not holding (NEGATIVE disqualifies)");
    QualificationPolicy lenient = QualificationPolicy.builder().mandatory(java.util.Set.of(BantCriterion.NEED)).negativeDisqualifies(false).build();
    assertThat(lenient.evaluate(opp(b, null), LocalDate.parse("2026-03-01")).qualified()).isTrue();
  }

  @Test
  void fullyConfirmedPassesDefault() {
    BantAssessment all = NO_AUTHORITY.withStatus(BantCriterion.TIMELINE, BantStatus.CONFIRMED).withStatus(BantCriterion.AUTHORITY, BantStatus.CONFIRMED);
    assertThat(new BantQualifiedCriterionType().create(DefinitionParams.empty()).evaluate(ctx(opp(all, "USD 1"))).met()).isTrue();
    QualificationPolicy evidence = QualificationPolicy.builder().requireEvidence(true).build();
    assertThat(evidence.evaluate(opp(all, null), LocalDate.parse("2026-03-01")).failures())
        .containsExactly("Authority: CONFIRMED — no decision-maker contact recorded");
    BantAssessment withDm = BantAssessment.builder().from(all).decisionMaker(ContactId.of("c1")).build();
    assertThat(evidence.evaluate(opp(withDm, null), LocalDate.parse("2026-03-01")).qualified()).isTrue();
  }

  @Test
  void wrongSubjectIsUnmetNotAnException() {
    CriterionResult r = new BantQualifiedCriterionType().create(DefinitionParams.empty()).evaluate(ctx("not an opportunity"));
    assertThat(r.met()).isFalse();
    assertThat(new BantQualifiedCriterionType().create(DefinitionParams.empty()).evaluate(ctx(null)).met()).isFalse();
  }

  @Test
  void badParamsReportedAllAtOnce() {
    DefinitionParams params = DefinitionParams.of(Map.of("mandatory", List.of("BUDGET", "MONEY"), "minMet", 7,
        "minBudgetPercent", "half", "bogus", true));
    assertThatThrownBy(() -> new BantQualifiedCriterionType().create(params))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.path())
            .containsExactlyInAnyOrder("params.bogus", "params.mandatory[1]", "minMet", "params.minBudgetPercent"));
  }

  @Test
  void replacesCoreSlotInRegistry() {
    CriterionType coreDefault = new CriterionType() {
      @Override
      public String name() {
        return "bant.qualified";
      }

      @Override
      public Criterion create(DefinitionParams params) {
        return c -> CriterionResult.unmet("core default");
      }
    };
    CriterionRegistry core = CriterionRegistry.builder().register(coreDefault).build();
    CriterionRegistry host = core.toBuilder().replace(new BantQualifiedCriterionType()).build();
    Criterion c = host.find("bant.qualified").orElseThrow().create(DefinitionParams.of(Map.of("mandatory", List.of("NEED"))));
    assertThat(c.evaluate(ctx(opp(NO_AUTHORITY, null))).met()).isTrue();
  }

  @Test
  void policyValueSemantics() {
    assertThat(QualificationPolicy.fromParams(DefinitionParams.of(Map.of("minBudgetPercent", new BigDecimal("50.0")))))
        .isEqualTo(QualificationPolicy.builder().minBudgetPercent(BigDecimal.valueOf(50)).build())
        .hasSameHashCodeAs(QualificationPolicy.builder().minBudgetPercent(BigDecimal.valueOf(50)).build());
    assertThat(QualificationPolicy.allConfirmed()).isEqualTo(QualificationPolicy.fromParams(DefinitionParams.empty()));
  }
}
