package dev.salesops.scoring.bant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.testing.MessageBundles;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoringMessagesTest {

  @Test
  void everyScoringCodeHasBothTextsWithTheSamePlaceholders() throws Exception {
    MessageBundles.checkBothLanguages(ScoringMessages.CATALOG);
    MessageBundles.checkConstants(ScoringMessages.class, ScoringMessages.CATALOG);
  }

  @Test
  void aRefusedQualificationExplainsItselfWithCodesInEitherLanguage() {
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    Actor rep = Actor.of(UserId.of("rep-7"), Role.REP);
    Workflow pipeline = SalesPipeline.workflow(StandardCriteria.registry().toBuilder()
        .replace(new BantQualifiedCriterionType()).build());
    Snapshot qualifying = ((Evaluation.Accepted) pipeline.evaluate(pipeline.start(t0, rep), Command.advance(),
        t0.plusSeconds(1), rep)).snapshot();
    Opportunity deal = Opportunity.builder().id(OpportunityId.of("opp-1")).ownerId(UserId.of("rep-7"))
        .stage("QUALIFICATION").createdAt(t0).build();
    Evaluation.Rejected refused = (Evaluation.Rejected) pipeline.evaluate(qualifying, Command.advance(),
        t0.plusSeconds(2), rep, deal);
    assertThat(refused.messages()).isNotEmpty().allSatisfy(m -> {
      assertThat(m.code()).isEqualTo("bant.not.met");
      assertThat(m.subject()).contains("bant.qualified");
    });
    assertThat(refused.reasons()).allSatisfy(r -> assertThat(r).startsWith("BANT not met: "));
    assertThat(refused.reasons(Locale.SIMPLIFIED_CHINESE)).allSatisfy(r -> assertThat(r).startsWith("BANT 不满足："));

    Evaluation.Rejected noSubject = (Evaluation.Rejected) pipeline.evaluate(qualifying, Command.advance(),
        t0.plusSeconds(2), rep);
    assertThat(noSubject.messages()).extracting(m -> m.code()).containsExactly("bant.not.opportunity");
    assertThat(noSubject.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("QUALIFICATION -> DISCOVERY refused: BANT 不满足：对象不是商机，无法判断其 BANT 情况");
  }
}
