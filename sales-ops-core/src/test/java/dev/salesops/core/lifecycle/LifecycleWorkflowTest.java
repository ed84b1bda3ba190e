package dev.salesops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.HistoryEntry;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowJson;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleWorkflowTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Actor AM = Actor.of(UserId.of("am-7"), Role.REP);
  final Workflow w = LifecycleWorkflow.workflow();

  Snapshot ok(Evaluation e) {
    assertThat(e.isAccepted()).as("%s", e).isTrue();
    return e.snapshot();
  }

  @Test
  void stagesAreStringStateIds() {
    assertThat(w.definition().states()).extracting(s -> s.id())
        .containsExactly("ACQUISITION", "CONVERSION", "SERVICE", "GROWTH", "RETENTION", "CHURNED");
    assertThat(LifecycleWorkflow.stages()).hasSize(6);
    assertThat(w.isClosed("CHURNED")).isTrue();
  }

  @Test
  void forwardMovesAreFree() {
    Snapshot s = w.start(T0, AM);
    s = ok(w.evaluate(s, Command.advance(), T0.plusSeconds(10), AM));
    s = ok(w.evaluate(s, Command.moveTo("GROWTH"), T0.plusSeconds(20), AM));
    assertThat(s.state()).isEqualTo("GROWTH");
    s = ok(w.evaluate(s, Command.moveTo("RETENTION"), T0.plusSeconds(30), AM));
    assertThat(s.historySize()).isEqualTo(4);
  }

  @Test
  void backwardMovesOnlyThroughDeclaredCommandsWithAReasonAndWho() {
    Snapshot s = ok(w.evaluate(w.start(T0, AM), Command.moveTo("SERVICE"), T0.plusSeconds(10), AM));
    Evaluation.Rejected back = (Evaluation.Rejected) w.evaluate(s, Command.moveTo("CONVERSION"), T0.plusSeconds(20), AM);
    assertThat(back.reasons()).containsExactly("no transition from SERVICE to CONVERSION (free moves go forward from an "
        + "open state to an open or won state only)");
    Evaluation.Rejected silentChurn = (Evaluation.Rejected) w.evaluate(s, Command.custom("churn"), T0.plusSeconds(20), AM);
    assertThat(silentChurn.reasons()).containsExactly("a reason is required for churn (SERVICE -> CHURNED)");
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.moveTo("CHURNED"), T0.plusSeconds(20), AM)).reasons())
        .containsExactly("a reason is required for moveTo (SERVICE -> CHURNED)");
    Snapshot churned = ok(w.evaluate(s, Command.custom("churn").withReason("moved to a competitor"), T0.plusSeconds(20), AM));
    HistoryEntry e = churned.last();
    assertThat(e.actor()).isEqualTo(UserId.of("am-7"));
    assertThat(e.reason()).contains("moved to a competitor");
    assertThat(e.command()).isEqualTo("churn");
    assertThat(((Evaluation.Rejected) w.evaluate(churned, Command.advance(), T0.plusSeconds(30), AM)).reasons())
        .containsExactly("command advance is not available in state CHURNED (available: moveTo, win-back)");
    Snapshot back2 = ok(w.evaluate(churned, Command.custom("win-back").withReason("new budget"), T0.plusSeconds(30), AM));
    assertThat(back2.state()).isEqualTo("ACQUISITION");
    assertThat(back2.history()).extracting(HistoryEntry::to)
        .containsExactly("ACQUISITION", "SERVICE", "CHURNED", "ACQUISITION");
  }

  @Test
  void retainedCustomersCanExpandWithAReason() {
    Snapshot s = ok(w.evaluate(w.start(T0, AM), Command.moveTo("RETENTION"), T0, AM));
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.custom("expand"), T0, AM)).reasons())
        .containsExactly("a reason is required for expand (RETENTION -> GROWTH)");
    assertThat(ok(w.evaluate(s, Command.custom("expand").withReason("second product line"), T0, AM)).state())
        .isEqualTo("GROWTH");
  }

  @Test
  void theJsonResourceIsTheShippedDefinition() throws Exception {
    try (InputStream in = LifecycleWorkflow.class.getResourceAsStream(LifecycleWorkflow.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(WorkflowJson.readDefinition(in)).isEqualTo(LifecycleWorkflow.definition());
    }
    assertThat(Workflow.validate(LifecycleWorkflow.definition(), StandardCriteria.registry())).isEmpty();
  }
}
