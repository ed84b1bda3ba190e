package dev.salesops.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import dev.salesops.core.workflow.WorkflowJson;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessDefinitionsTest {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);
  static final Actor FINANCE = Actor.of(UserId.of("fin-1"), Role.FINANCE);

  static Snapshot ok(Evaluation e) {
    assertThat(e.isAccepted()).as("%s", e).isTrue();
    return e.snapshot();
  }

  static void resourceMatches(String resource, WorkflowDefinition expected) throws Exception {
    try (InputStream in = ProcessDefinitionsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      WorkflowDefinition read = WorkflowJson.readDefinition(in);
      assertThat(read).isEqualTo(expected);
      assertThat(Workflow.validate(read, StandardCriteria.registry())).isEmpty();
    }
  }

  @Test
  void everyShippedProcessIsAValidJsonResource() throws Exception {
    resourceMatches(OrderFulfilment.RESOURCE, OrderFulfilment.definition());
    resourceMatches(ComplaintHandling.RESOURCE, ComplaintHandling.definition());
    resourceMatches(AfterSalesService.RESOURCE, AfterSalesService.definition());
    resourceMatches(ImprovementLoop.RESOURCE, ImprovementLoop.definition());
  }

  @Test
  void fulfilmentReviewNeedsFinanceOrAManager() {
    Workflow w = OrderFulfilment.workflow();
    Snapshot s = ok(w.evaluate(w.start(T0, REP), Command.advance(), T0.plusSeconds(3600), REP));
    assertThat(s.state()).isEqualTo("ORDER_REVIEW");
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.advance(), T0.plusSeconds(7200), REP)).reasons())
        .containsExactly("requires one of the roles FINANCE, MANAGER; the actor has REP");
    assertThat(ok(w.evaluate(s, Command.advance(), T0.plusSeconds(7200), FINANCE)).state())
        .isEqualTo("PRODUCTION_OR_PROCUREMENT");
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.custom("cancel"), T0.plusSeconds(7200), REP)).reasons())
        .containsExactly("a reason is required for cancel (ORDER_REVIEW -> CANCELLED)");
    assertThat(ok(w.evaluate(s, Command.custom("cancel").withReason("customer withdrew"), T0.plusSeconds(7200), REP)).state())
        .isEqualTo("CANCELLED");
  }

  @Test
  void promiseDatesSumTheRemainingLeadTimes() {
    Workflow w = OrderFulfilment.workflow();
    Snapshot s = w.start(T0, REP); // ORDER_RECEIVED, 4h + 1d + 10d + 2d + 3d = 16d 4h
    assertThat(PromiseDates.remainingLeadTime(w, s, T0)).isEqualTo(Duration.ofDays(16).plusHours(4));
    PromiseCheck tooEarly = PromiseDates.check(w, s, LocalDate.of(2026, 3, 10), T0, ZoneOffset.UTC);
    assertThat(tooEarly.isFeasible()).isFalse();
    assertThat(tooEarly.earliestFeasible()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(tooEarly.refusal()).contains("promised date 2026-03-10 is earlier than the earliest feasible date "
        + "2026-03-18 (remaining lead times: ORDER_RECEIVED PT4H, ORDER_REVIEW PT24H, PRODUCTION_OR_PROCUREMENT PT240H, "
        + "WAREHOUSING PT48H, SHIPPING PT72H)");
    PromiseCheck fine = PromiseDates.check(w, s, LocalDate.of(2026, 3, 18), T0, ZoneOffset.UTC);
    assertThat(fine.isFeasible()).isTrue();
    assertThat(fine.refusal()).isEmpty();
    // in Tokyo the earliest instant 2026-03-18T12:00Z is already the evening of the 18th
    assertThat(PromiseDates.check(w, s, LocalDate.of(2026, 3, 18), T0, ZoneId.of("Asia/Tokyo")).earliestFeasible())
        .isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @Test
  void timeAlreadySpentInTheCurrentStateCounts() {
    Workflow w = OrderFulfilment.workflow();
    Snapshot s = ok(w.evaluate(w.start(T0, REP), Command.advance(), T0, REP));
    s = ok(w.evaluate(s, Command.advance(), T0, FINANCE)); // PRODUCTION_OR_PROCUREMENT from T0, 10 days
    Map<String, Duration> parts = PromiseDates.remainingLeadTimes(w, s, T0.plus(Duration.ofDays(4)));
    assertThat(parts).containsExactly(Map.entry("PRODUCTION_OR_PROCUREMENT", Duration.ofDays(6)),
        Map.entry("WAREHOUSING", Duration.ofDays(2)), Map.entry("SHIPPING", Duration.ofDays(3)));
    // overdue production counts zero, never negative
    assertThat(PromiseDates.remainingLeadTimes(w, s, T0.plus(Duration.ofDays(30))).get("PRODUCTION_OR_PROCUREMENT"))
        .isEqualTo(Duration.ZERO);
    assertThat(PromiseDates.earliestCompletion(w, s, T0.plus(Duration.ofDays(4)))).isEqualTo(T0.plus(Duration.ofDays(15)));
  }

  @Test
  void closedOrdersHaveNoPromise() {
    Workflow w = OrderFulfilment.workflow();
    Snapshot c = ok(w.evaluate(w.start(T0, REP), Command.custom("cancel").withReason("duplicate"), T0, REP));
    assertThatThrownBy(() -> PromiseDates.check(w, c, LocalDate.of(2026, 4, 1), T0, ZoneOffset.UTC))
        .isInstanceOf(ValidationException.class)
        .hasMessage("snapshot.state must be open to promise a delivery date (the record is closed): CANCELLED");
  }

  @Test
  void complaintDeadlinesScaleWithSeverity() {
    Workflow w = ComplaintHandling.workflow();
    Snapshot s = w.start(T0, REP); // LISTEN: 4 hours
    assertThat(ComplaintHandling.responseDeadline(w, s, ComplaintHandling.Severity.MEDIUM)).contains(T0.plusSeconds(4 * 3600));
    assertThat(ComplaintHandling.responseDeadline(w, s, ComplaintHandling.Severity.CRITICAL)).contains(T0.plusSeconds(3600));
    assertThat(ComplaintHandling.responseDeadline(w, s, ComplaintHandling.Severity.LOW)).contains(T0.plusSeconds(8 * 3600));
    assertThat(ComplaintHandling.isOverdue(w, s, ComplaintHandling.Severity.HIGH, T0.plusSeconds(2 * 3600))).isFalse();
    assertThat(ComplaintHandling.isOverdue(w, s, ComplaintHandling.Severity.HIGH, T0.plusSeconds(2 * 3600 + 1))).isTrue();
    s = ok(w.evaluate(s, Command.advance(), T0.plusSeconds(600), REP));
    s = ok(w.evaluate(s, Command.advance(), T0.plusSeconds(1200), REP));
    assertThat(s.state()).isEqualTo("RESPOND");
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.advance(), T0.plusSeconds(1800), REP)).reasons())
        .containsExactly("a reason is required for advance (RESPOND -> FOLLOW_UP)");
    s = ok(w.evaluate(s, Command.advance().withReason("refund 10%, by Friday"), T0.plusSeconds(1800), REP));
    s = ok(w.evaluate(s, Command.advance(), T0.plusSeconds(2400), REP));
    assertThat(s.state()).isEqualTo("RESOLVED");
    assertThat(ComplaintHandling.responseDeadline(w, s, ComplaintHandling.Severity.MEDIUM)).isEmpty();
    Snapshot reopened = ok(w.evaluate(s, Command.reopen().withReason("customer still unhappy"), T0.plusSeconds(3000), REP));
    assertThat(reopened.state()).isEqualTo("FOLLOW_UP");
    assertThat(ComplaintHandling.ObjectionType.values()).hasSize(5);
  }

  @Test
  void afterSalesReviewsLoopBackToSupport() {
    Workflow w = AfterSalesService.workflow();
    Snapshot s = ok(w.evaluate(w.start(T0, REP), Command.advance(), T0, REP));
    s = ok(w.evaluate(s, Command.custom("review"), T0.plus(Duration.ofDays(80)), REP));
    s = ok(w.evaluate(s, Command.custom("continue"), T0.plus(Duration.ofDays(85)), REP));
    assertThat(s.state()).isEqualTo("SUPPORT");
    assertThat(w.isStalled(s, T0.plus(Duration.ofDays(176)))).isTrue();
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.custom("end"), T0.plus(Duration.ofDays(90)), REP)).reasons())
        .containsExactly("a reason is required for end (SUPPORT -> ENDED)");
    assertThat(ok(w.evaluate(s, Command.custom("end").withReason("contract ended"), T0.plus(Duration.ofDays(90)), REP))
        .state()).isEqualTo("ENDED");
  }

  @Test
  void improvementLoopIsCyclic() {
    Workflow w = ImprovementLoop.workflow();
    Snapshot s = w.start(T0, REP);
    Instant at = T0;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5; i++) {
        at = at.plus(Duration.ofDays(3));
        s = ok(w.evaluate(s, Command.advance(), at, REP));
      }
      assertThat(s.state()).isEqualTo("IDENTIFY");
    }
    assertThat(ImprovementLoop.completedRounds(s)).isEqualTo(2);
    for (int i = 0; i < 4; i++) {
      s = ok(w.evaluate(s, Command.advance(), at, REP));
    }
    s = ok(w.evaluate(s, Command.custom("conclude"), at, REP));
    assertThat(s.state()).isEqualTo("CONCLUDED");
    assertThat(ImprovementLoop.completedRounds(s)).isEqualTo(3);
    assertThat(s.timeInStates(at).get("IDENTIFY")).isEqualTo(Duration.ofDays(6));
  }
}
