package dev.salesops.scoring.bant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.ContactId;
import dev.salesops.core.model.DealFacts;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The front door: the one-call pipeline guarding a host's own record through {@link DealFacts}. */
class SalesPipelinesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor REP = Actor.of(UserId.of("rep-7"), Role.REP);

  /** A host entity: not a library Opportunity. */
  record HostDeal(String crmKey, BantAssessment bant, Optional<Money> amount) implements DealFacts {}

  private static final BantAssessment ALL = BantAssessment.builder()
      .budget(BantStatus.CONFIRMED).budgetAmount(Money.parse("EUR 50000.00"))
      .authority(BantStatus.CONFIRMED).decisionMaker(ContactId.of("c-1"))
      .need(BantStatus.CONFIRMED).needStatement("one CRM")
      .timeline(BantStatus.CONFIRMED).targetDate(LocalDate.parse("2026-06-30")).build();
  private static final BantAssessment BUDGET_ONLY = BantAssessment.builder()
      .budget(BantStatus.CONFIRMED).budgetAmount(Money.parse("EUR 50000.00")).build();

  private static Snapshot qualifying(Workflow w) {
    return w.evaluate(w.start(T0, REP), Command.advance(), T0, REP).snapshot();
  }

  @Test
  void theOneCallPipelineJudgesAHostRecordWithThePolicy() {
    Workflow pipeline = SalesPipelines.withQualification(QualificationPolicy.allConfirmed());
    assertThat(pipeline.definition()).isEqualTo(SalesPipeline.definition());
    Snapshot q = qualifying(pipeline);
    HostDeal ready = new HostDeal("crm-1", ALL, Optional.of(Money.parse("EUR 48000.00")));
    Evaluation ok = pipeline.evaluate(q, Command.advance(), T0.plusSeconds(60), REP, ready);
    assertThat(ok.isAccepted()).isTrue();
    assertThat(ok.snapshot().state()).isEqualTo(SalesPipeline.DISCOVERY);

    HostDeal early = new HostDeal("crm-2", BUDGET_ONLY, Optional.empty());
    Evaluation.Rejected refused = (Evaluation.Rejected) pipeline.evaluate(q, Command.advance(), T0.plusSeconds(60), REP, early);
    assertThat(refused.messages()).extracting(m -> m.code()).containsOnly("bant.not.met").hasSize(3);
    assertThat(refused.reasons().get(0)).startsWith("BANT not met: Authority: UNKNOWN");
  }

  @Test
  void aPartialPolicyIsHonouredAndCoresDefaultAlsoReadsHostRecords() {
    Workflow lenient = SalesPipelines.withQualification(QualificationPolicy.builder()
        .mandatory(java.util.Set.of(dev.salesops.core.model.BantCriterion.BUDGET)).build());
    HostDeal early = new HostDeal("crm-2", BUDGET_ONLY, Optional.empty());
    assertThat(lenient.evaluate(qualifying(lenient), Command.advance(), T0.plusSeconds(60), REP, early).isAccepted()).isTrue();

    Workflow standard = SalesPipeline.workflow();
    Evaluation.Rejected refused = (Evaluation.Rejected) standard.evaluate(qualifying(standard), Command.advance(),
        T0.plusSeconds(60), REP, early);
    assertThat(refused.messages()).extracting(m -> m.code()).containsOnly("bant.status");
    assertThat(refused.reasons()).containsExactly("Authority: UNKNOWN", "Need: UNKNOWN", "Timeline: UNKNOWN");
  }

  @Test
  void theRegistryUsesTheDefinitionsParamsWhenItGivesThem() {
    WorkflowDefinition withParams = SalesPipeline.definition().toBuilder().clearStates().states(SalesPipeline.definition().states()
        .stream().map(s -> s.id().equals(SalesPipeline.QUALIFICATION)
            ? s.toBuilder().exitCriteria(CriterionSpec.of("bant.qualified", Map.of("mandatory", List.of("BUDGET")))).build()
            : s).toList()).build();
    Workflow w = Workflow.of(withParams, SalesPipelines.registry(QualificationPolicy.allConfirmed()));
    HostDeal early = new HostDeal("crm-2", BUDGET_ONLY, Optional.empty());
    assertThat(w.evaluate(qualifying(w), Command.advance(), T0.plusSeconds(60), REP, early).isAccepted()).isTrue();
  }
}
