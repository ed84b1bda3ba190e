package dev.salesops.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.Stall;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowEvent;
import dev.salesops.core.workflow.WorkflowJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesPipelineTest {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);
  static final Actor MANAGER = Actor.of(UserId.of("mgr-1"), Role.MANAGER);
  final Workflow pipeline = SalesPipeline.workflow();

  static Opportunity opportunity(BantStatus b, BantStatus a, BantStatus n, BantStatus t) {
    return Opportunity.builder().id(OpportunityId.of("opp-1")).ownerId(UserId.of("rep-1")).stage("QUALIFICATION")
        .createdAt(T0).bant(BantAssessment.builder().budget(b).authority(a).need(n).timeline(t).build()).build();
  }

  static final Opportunity QUALIFIED =
      opportunity(BantStatus.CONFIRMED, BantStatus.CONFIRMED, BantStatus.CONFIRMED, BantStatus.CONFIRMED);

  static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  Snapshot accepted(Evaluation e) {
    assertThat(e.isAccepted()).as("%s", e).isTrue();
    return e.snapshot();
  }

  Snapshot inQualification() {
    Snapshot s = pipeline.start(T0, REP);
    return accepted(pipeline.evaluate(s, Command.advance(), day(1), REP));
  }

  @Test
  void stagesCarryTheDefaultProbabilitiesAndForecastCategories() {
    List<State> states = SalesPipeline.definition().states();
    assertThat(states).extracting(State::id).containsExactly("LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL",
        "NEGOTIATION", "CLOSED_WON", "PAYMENT_AND_DELIVERY", "CLOSED_LOST");
    assertThat(states).extracting(s -> s.probability().orElseThrow().toPlainString())
        .containsExactly("0.05", "0.1", "0.25", "0.5", "0.75", "1", "1", "0");
    assertThat(states).extracting(s -> s.forecastCategory().orElseThrow()).containsExactly(ForecastCategory.PIPELINE,
        ForecastCategory.PIPELINE, ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT,
        ForecastCategory.CLOSED, ForecastCategory.CLOSED, ForecastCategory.OMITTED);
    assertThat(states.get(7).kind()).isEqualTo(StateKind.LOST);
    assertThat(states.get(1).winProbability().orElseThrow().toString()).isEqualTo("10%");
  }

  @Test
  void startsInLeadCaptureWithAStartEntry() {
    Snapshot s = pipeline.start(T0, REP);
    assertThat(s.state()).isEqualTo("LEAD_CAPTURE");
    assertThat(s.enteredAt()).isEqualTo(T0);
    assertThat(s.definitionId()).isEqualTo("sales-pipeline");
    assertThat(s.definitionVersion()).isEqualTo(1);
    assertThat(s.history()).hasSize(1);
    assertThat(s.history().get(0).command()).isEqualTo("start");
    assertThat(s.history().get(0).from()).isEmpty();
  }

  @Test
  void qualificationExitListsEveryUnmetBantCriterion() {
    Snapshot s = inQualification();
    Opportunity partly = opportunity(BantStatus.CONFIRMED, BantStatus.UNKNOWN, BantStatus.CONFIRMED, BantStatus.PARTIAL);
    Evaluation e = pipeline.evaluate(s, Command.advance(), day(2), REP, partly);
    assertThat(e).isInstanceOf(Evaluation.Rejected.class);
    Evaluation.Rejected r = (Evaluation.Rejected) e;
    assertThat(r.reasons()).containsExactly("Authority: UNKNOWN", "Timeline: PARTIAL");
    assertThat(r.message()).isEqualTo("QUALIFICATION -> DISCOVERY refused: Authority: UNKNOWN; Timeline: PARTIAL");
    assertThat(r.snapshot()).isSameAs(s);
    assertThat(r.target()).contains("DISCOVERY");
  }

  @Test
  void qualificationWithoutSubjectIsRefusedWithAReasonNotAnException() {
    Evaluation e = pipeline.evaluate(inQualification(), Command.advance(), day(2), REP);
    assertThat(((Evaluation.Rejected) e).reasons()).containsExactly("BANT not assessed: no opportunity supplied");
  }

  @Test
  void qualifiedDealAdvancesAndRecordsTheMove() {
    Snapshot s = inQualification();
    Evaluation e = pipeline.evaluate(s, Command.advance().withReason("budget approved"), day(2), REP, QUALIFIED);
    Snapshot next = accepted(e);
    assertThat(next.state()).isEqualTo("DISCOVERY");
    assertThat(next.last().from()).contains("QUALIFICATION");
    assertThat(next.last().actor()).isEqualTo(UserId.of("rep-1"));
    assertThat(next.last().command()).isEqualTo("advance");
    assertThat(next.last().reason()).contains("budget approved");
    assertThat(next.last().at()).isEqualTo(day(2));
    assertThat(s.state()).isEqualTo("QUALIFICATION");
    assertThat(((Evaluation.Accepted) e).events()).extracting(WorkflowEvent::type)
        .containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED);
  }

  @Test
  void draggingForwardPastQualificationStillNeedsBant() {
    Snapshot s = inQualification();
    Opportunity unqualified = opportunity(BantStatus.UNKNOWN, BantStatus.CONFIRMED, BantStatus.CONFIRMED, BantStatus.CONFIRMED);
    Evaluation.Rejected r = (Evaluation.Rejected) pipeline.evaluate(s, Command.moveTo("PROPOSAL"), day(2), REP, unqualified);
    assertThat(r.reasons()).containsExactly("Budget: UNKNOWN");
    Snapshot fromLead = pipeline.start(T0, REP);
    Evaluation.Rejected r2 =
        (Evaluation.Rejected) pipeline.evaluate(fromLead, Command.moveTo("NEGOTIATION"), day(1), REP, unqualified);
    assertThat(r2.reasons()).containsExactly("Budget: UNKNOWN");
    Snapshot moved = accepted(pipeline.evaluate(s, Command.moveTo("PROPOSAL"), day(2), REP, QUALIFIED));
    assertThat(moved.state()).isEqualTo("PROPOSAL");
    assertThat(moved.last().command()).isEqualTo("moveTo");
  }

  @Test
  void movingBackwardNeedsADeclaredEdge() {
    Snapshot s = accepted(pipeline.evaluate(inQualification(), Command.advance(), day(2), REP, QUALIFIED));
    Evaluation.Rejected r = (Evaluation.Rejected) pipeline.evaluate(s, Command.moveTo("LEAD_CAPTURE"), day(3), REP);
    assertThat(r.reasons()).containsExactly("no transition from DISCOVERY to LEAD_CAPTURE (free moves go forward from an "
        + "open state to an open or won state only)");
  }

  @Test
  void closingLostRequiresAReasonFromTheTaxonomy() {
    Snapshot s = inQualification();
    Evaluation.Rejected none = (Evaluation.Rejected) pipeline.evaluate(s, Command.custom("close-lost"), day(2), REP);
    assertThat(none.reasons()).containsExactly(
        "a lost reason is required to enter CLOSED_LOST (one of PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER)");
    Evaluation.Rejected foreign =
        (Evaluation.Rejected) pipeline.evaluate(s, Command.closeLost(LostReason.of("MERGER")), day(2), REP);
    assertThat(foreign.reasons()).containsExactly("lost reason MERGER is not in the taxonomy of sales-pipeline (one of "
        + "PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER)");
    Evaluation ok = pipeline.evaluate(s, Command.closeLost(LostReason.PRICE), day(2), REP);
    Snapshot lost = accepted(ok);
    assertThat(lost.state()).isEqualTo("CLOSED_LOST");
    assertThat(lost.lostReason()).contains(LostReason.PRICE);
    assertThat(((Evaluation.Accepted) ok).events()).extracting(WorkflowEvent::type)
        .containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED, WorkflowEvent.Type.CLOSED);
  }

  @Test
  void closeLostIsAvailableFromEveryOpenStage() {
    Snapshot s = pipeline.start(T0, REP);
    int d = 1;
    for (String stage : SalesPipeline.openStages()) {
      assertThat(s.state()).isEqualTo(stage);
      assertThat(accepted(pipeline.evaluate(s, Command.closeLost(LostReason.TIMING), day(d), REP)).state())
          .isEqualTo("CLOSED_LOST");
      if (!stage.equals("NEGOTIATION")) {
        s = accepted(pipeline.evaluate(s, Command.advance(), day(d), REP, QUALIFIED));
      }
      d++;
    }
  }

  @Test
  void onlyAManagerMayReopenAndItReturnsToTheLastOpenStageClearingTheReason() {
    Snapshot s = accepted(pipeline.evaluate(inQualification(), Command.advance(), day(2), REP, QUALIFIED));
    Snapshot lost = accepted(pipeline.evaluate(s, Command.closeLost(LostReason.COMPETITOR), day(3), REP));
    Evaluation.Rejected refused = (Evaluation.Rejected) pipeline.evaluate(lost, Command.reopen(), day(4), REP);
    assertThat(refused.reasons()).containsExactly("requires one of the roles MANAGER; the actor has REP");
    assertThat(refused.snapshot()).isSameAs(lost);
    Evaluation reopened = pipeline.evaluate(lost, Command.reopen(), day(4), MANAGER);
    Snapshot back = accepted(reopened);
    assertThat(back.state()).isEqualTo("DISCOVERY");
    assertThat(back.lostReason()).isEmpty();
    assertThat(back.last().actor()).isEqualTo(UserId.of("mgr-1"));
    assertThat(((Evaluation.Accepted) reopened).events()).extracting(WorkflowEvent::type)
        .containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED, WorkflowEvent.Type.REOPENED);
    // moveTo the last open state follows the same reopen edge
    assertThat(accepted(pipeline.evaluate(lost, Command.moveTo("DISCOVERY"), day(4), MANAGER)).state()).isEqualTo("DISCOVERY");
    assertThat(((Evaluation.Rejected) pipeline.evaluate(lost, Command.moveTo("PROPOSAL"), day(4), MANAGER)).reasons())
        .containsExactly("no transition from CLOSED_LOST to PROPOSAL (free moves go forward from an open state to an open "
            + "or won state only)");
  }

  @Test
  void unknownCommandsAndStatesAreRefusedWithReasons() {
    Snapshot s = inQualification();
    assertThat(((Evaluation.Rejected) pipeline.evaluate(s, Command.closeWon(), day(2), REP)).reasons())
        .containsExactly("command close-won is not available in state QUALIFICATION (available: advance, close-lost, moveTo)");
    assertThat(((Evaluation.Rejected) pipeline.evaluate(s, Command.moveTo("NOWHERE"), day(2), REP)).reasons())
        .containsExactly("state NOWHERE is not declared in sales-pipeline version 1");
    assertThat(((Evaluation.Rejected) pipeline.evaluate(s, Command.moveTo("QUALIFICATION"), day(2), REP)).reasons())
        .containsExactly("the record is already in QUALIFICATION");
  }

  @Test
  void anInstantBeforeTheLastMoveIsInvalidInput() {
    Snapshot s = inQualification();
    assertThatThrownBy(() -> pipeline.evaluate(s, Command.advance(), T0, REP, QUALIFIED))
        .isInstanceOf(ValidationException.class)
        .hasMessage("at must not be before the last recorded move (2026-01-06T09:00:00Z): 2026-01-05T09:00:00Z");
  }

  @Test
  void wonDealsMoveToPaymentAndDeliveryAndCycleTimeStopsAtClose() {
    Snapshot s = pipeline.start(T0, REP);
    s = accepted(pipeline.evaluate(s, Command.advance(), day(1), REP));
    s = accepted(pipeline.evaluate(s, Command.moveTo("NEGOTIATION"), day(3), REP, QUALIFIED));
    s = accepted(pipeline.evaluate(s, Command.closeWon(), day(10), REP));
    assertThat(s.state()).isEqualTo("CLOSED_WON");
    s = accepted(pipeline.evaluate(s, Command.advance(), day(40), REP));
    assertThat(s.state()).isEqualTo("PAYMENT_AND_DELIVERY");
    assertThat(s.cycleTime(pipeline, day(100))).isEqualTo(Duration.ofDays(10));
    Map<String, Duration> times = s.timeInStates(day(50));
    assertThat(times).containsExactly(Map.entry("LEAD_CAPTURE", Duration.ofDays(1)),
        Map.entry("QUALIFICATION", Duration.ofDays(2)), Map.entry("NEGOTIATION", Duration.ofDays(7)),
        Map.entry("CLOSED_WON", Duration.ofDays(30)), Map.entry("PAYMENT_AND_DELIVERY", Duration.ofDays(10)));
  }

  @Test
  void cycleTimeOfAnOpenDealRunsToTheInstantAsked() {
    Snapshot s = inQualification();
    assertThat(s.cycleTime(pipeline, day(5))).isEqualTo(Duration.ofDays(5));
    assertThat(s.dwell(day(5))).isEqualTo(Duration.ofDays(4));
  }

  @Test
  void stalledIsAQueryAtAnInstant() {
    Snapshot s = inQualification(); // entered day 1, max dwell 14 days
    assertThat(pipeline.stall(s, day(15))).isEmpty();
    Stall stall = pipeline.stall(s, day(16)).orElseThrow();
    assertThat(stall.state()).isEqualTo("QUALIFICATION");
    assertThat(stall.dwell()).isEqualTo(Duration.ofDays(15));
    assertThat(stall.maxDwell()).isEqualTo(Duration.ofDays(14));
    assertThat(stall.overdueBy()).isEqualTo(Duration.ofDays(1));
    assertThat(pipeline.isStalled(s, day(16))).isTrue();
    Snapshot lost = accepted(pipeline.evaluate(s, Command.closeLost(LostReason.OTHER), day(2), REP));
    assertThat(pipeline.isStalled(lost, day(400))).isFalse();
  }

  @Test
  void stalledRecordsAmongMany() {
    Snapshot fresh = pipeline.start(day(10), REP); // LEAD_CAPTURE, max 7 days
    Snapshot old = pipeline.start(T0, REP);
    Snapshot q = inQualification();
    Map<String, Snapshot> records = new java.util.LinkedHashMap<>();
    records.put("opp-old", old);
    records.put("opp-fresh", fresh);
    records.put("opp-q", q);
    Map<String, Stall> stalled = pipeline.stalled(records, day(16));
    assertThat(stalled.keySet()).containsExactly("opp-old", "opp-q");
    assertThat(stalled.get("opp-old").overdueBy()).isEqualTo(Duration.ofDays(9));
  }

  @Test
  void theJsonResourceIsTheShippedDefinition() throws Exception {
    try (InputStream in = SalesPipeline.class.getResourceAsStream(SalesPipeline.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(WorkflowJson.readDefinition(in)).isEqualTo(SalesPipeline.definition());
    }
  }

  @Test
  void scoringCanFillTheBantSlot() {
    var lenient = new dev.salesops.core.workflow.CriterionType() {
      @Override
      public String name() {
        return "bant.qualified";
      }

      @Override
      public dev.salesops.core.workflow.Criterion create(dev.salesops.core.definition.DefinitionParams params) {
        return ctx -> dev.salesops.core.workflow.CriterionResult.met("policy says yes");
      }
    };
    Workflow custom = SalesPipeline.workflow(
        dev.salesops.core.workflow.StandardCriteria.registry().toBuilder().replace(lenient).build());
    Snapshot s = custom.start(T0, REP);
    s = accepted(custom.evaluate(s, Command.advance(), day(1), REP));
    assertThat(accepted(custom.evaluate(s, Command.advance(), day(2), REP)).state()).isEqualTo("DISCOVERY");
  }

  @Test
  void forecastFactsOfARecord() {
    Snapshot s = inQualification();
    assertThat(pipeline.winProbability(s)).contains(dev.salesops.core.model.Probability.of(new BigDecimal("0.1")));
    assertThat(pipeline.forecastCategory(s)).contains(ForecastCategory.PIPELINE);
    Snapshot lost = accepted(pipeline.evaluate(s, Command.closeLost(LostReason.PRICE), day(2), REP));
    assertThat(pipeline.winProbability(lost)).contains(dev.salesops.core.model.Probability.ZERO);
    assertThat(pipeline.forecastCategory(lost)).contains(ForecastCategory.OMITTED);
  }

  @Test
  void probabilitiesAreExact() {
    assertThat(SalesPipeline.definition().state("PROPOSAL").orElseThrow().probability()).contains(new BigDecimal("0.5"));
  }
}
