package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowEngineTest {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);
  static final Actor MANAGER = Actor.of(UserId.of("mgr-1"), Role.MANAGER);
  static final CriterionSpec MANAGER_ONLY = CriterionSpec.of("role.required", Map.of("roles", List.of("MANAGER")));

  static WorkflowDefinition approvals() {
    return WorkflowDefinition.builder().id("approvals").version(1)
        .state(State.builder("DRAFT", 1, StateKind.OPEN).build())
        .state(State.builder("REVIEW", 2, StateKind.OPEN).entryCriteria(CriterionSpec.of("reason.required")).build())
        .state(State.builder("APPROVED", 3, StateKind.WON).build())
        .state(State.builder("FAST_TRACKED", 4, StateKind.WON).build())
        .state(State.builder("WITHDRAWN", 5, StateKind.of("WITHDRAWN")).build())
        .transition(Transition.of("DRAFT", "advance", "REVIEW"))
        .transition(Transition.of("DRAFT", "approve", "FAST_TRACKED").withGuard(MANAGER_ONLY).withPriority(2))
        .transition(Transition.of("DRAFT", "approve", "REVIEW").withPriority(1))
        .transition(Transition.of("REVIEW", "approve", "APPROVED").withGuard(MANAGER_ONLY))
        .transition(Transition.fromKind(StateKind.OPEN, "withdraw", "WITHDRAWN"))
        .build();
  }

  final Workflow flow = Workflow.of(approvals(), StandardCriteria.registry());

  @Test
  void higherPriorityEdgeWinsWhenItsGuardHolds() {
    Snapshot s = flow.start(T0, REP);
    assertThat(flow.evaluate(s, Command.custom("approve"), T0, MANAGER).snapshot().state()).isEqualTo("FAST_TRACKED");
    // the rep falls through to the lower priority edge, whose target needs a reason to enter
    Evaluation.Rejected r = (Evaluation.Rejected) flow.evaluate(s, Command.custom("approve"), T0, REP);
    assertThat(r.reasons()).containsExactly("to FAST_TRACKED: requires one of the roles MANAGER; the actor has REP",
        "to REVIEW: a reason is required for approve (DRAFT -> REVIEW)");
    assertThat(r.target()).isEmpty();
    assertThat(flow.evaluate(s, Command.custom("approve").withReason("ready"), T0, REP).snapshot().state())
        .isEqualTo("REVIEW");
  }

  @Test
  void customClosedKindsAreEnteredOnlyThroughDeclaredEdges() {
    Snapshot s = flow.start(T0, REP);
    assertThat(((Evaluation.Rejected) flow.evaluate(s, Command.moveTo("APPROVED"), T0, REP)).reasons())
        .containsExactly("no transition from DRAFT to APPROVED is declared");
    // moveTo follows a declared (group) edge whatever its command
    Snapshot moved = flow.evaluate(s, Command.moveTo("WITHDRAWN"), T0, REP).snapshot();
    assertThat(moved.state()).isEqualTo("WITHDRAWN");
    assertThat(moved.last().command()).isEqualTo("moveTo");
    Snapshot w = flow.evaluate(s, Command.custom("withdraw"), T0, REP).snapshot();
    assertThat(w.state()).isEqualTo("WITHDRAWN");
    assertThat(flow.isClosed("WITHDRAWN")).isTrue();
    assertThat(flow.availableCommands(w)).containsExactly("moveTo");
  }

  @Test
  void combinatorsListEveryReason() {
    CriterionRegistry r = StandardCriteria.registry();
    Problemless p = new Problemless(r);
    GuardContext ctx = GuardContext.of(T0, REP, BantAssessment.builder().budget(BantStatus.CONFIRMED).build(), "A", "B", "go");
    CriterionResult all = p.compile(CriterionSpec.allOf(CriterionSpec.of("bant.qualified"), MANAGER_ONLY)).evaluate(ctx);
    assertThat(all.met()).isFalse();
    assertThat(all.reasons()).containsExactly("Authority: UNKNOWN", "Need: UNKNOWN", "Timeline: UNKNOWN",
        "requires one of the roles MANAGER; the actor has REP");
    CriterionResult any = p.compile(CriterionSpec.anyOf(
        CriterionSpec.of("bant.qualified", Map.of("mandatory", List.of("NEED"))), MANAGER_ONLY)).evaluate(ctx);
    assertThat(any.reasons()).containsExactly("none of the alternatives holds: Need: UNKNOWN",
        "none of the alternatives holds: requires one of the roles MANAGER; the actor has REP");
    CriterionResult budgetOnly = p.compile(CriterionSpec.of("bant.qualified", Map.of("mandatory", List.of("BUDGET"))))
        .evaluate(ctx);
    assertThat(budgetOnly.met()).isTrue();
    assertThat(budgetOnly.reasons()).containsExactly("BANT confirmed: Budget");
    assertThat(budgetOnly.messages()).extracting(m -> m.code()).containsExactly("bant.confirmed");
    CriterionResult not = p.compile(CriterionSpec.not(MANAGER_ONLY)).evaluate(ctx);
    assertThat(not.met()).isTrue();
    CriterionResult notManager = p.compile(CriterionSpec.not(MANAGER_ONLY))
        .evaluate(GuardContext.of(T0, MANAGER, null, "A", "B", "go"));
    assertThat(notManager.met()).isFalse();
    assertThat(notManager.reasons()).containsExactly("not: actor has one of the roles MANAGER");
    assertThat(notManager.messages()).extracting(m -> m.code()).containsExactly("criterion.not");
  }

  @Test
  void lostReasonAndReasonCriteria() {
    Problemless p = new Problemless(StandardCriteria.registry());
    Criterion lost = p.compile(CriterionSpec.of("lost_reason.required", Map.of("allowed", List.of("PRICE", "TIMING"))));
    assertThat(lost.evaluate(GuardContext.of(T0, REP, null, "A", "B", "go")).reasons())
        .containsExactly("a lost reason is required (one of PRICE, TIMING)");
    WorkflowDefinition d = WorkflowDefinition.builder().id("drop").state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("GONE", 2, StateKind.of("GONE")).build())
        .transition(Transition.of("A", "drop", "GONE").withGuard(
            CriterionSpec.of("lost_reason.required", Map.of("allowed", List.of("PRICE", "TIMING")))))
        .build();
    Workflow w = Workflow.of(d, StandardCriteria.registry());
    Snapshot s = w.start(T0, REP);
    assertThat(((Evaluation.Rejected) w.evaluate(s, Command.custom("drop").withLostReason(LostReason.OTHER), T0, REP))
        .reasons()).containsExactly("lost reason OTHER is not one of PRICE, TIMING");
    Snapshot gone = w.evaluate(s, Command.custom("drop").withLostReason(LostReason.PRICE), T0, REP).snapshot();
    assertThat(gone.state()).isEqualTo("GONE");
    assertThat(gone.lostReason()).isEmpty(); // only LOST-kind states keep a lost reason
  }

  @Test
  void migrationHookMapsRemovedStates() {
    Workflow v1 = SalesPipeline.workflow();
    Snapshot s = v1.start(T0, REP);
    s = v1.evaluate(s, Command.advance(), T0.plusSeconds(10), REP).snapshot();
    WorkflowDefinition v2def = renameQualification();
    Workflow v2 = Workflow.of(v2def, StandardCriteria.registry());
    Snapshot old = s;
    assertThatThrownBy(() -> v2.evaluate(old, Command.advance(), T0.plusSeconds(20), REP))
        .isInstanceOf(IncompatibleSnapshotException.class)
        .hasMessage("snapshot state QUALIFICATION does not exist in sales-pipeline version 2 (the snapshot was last moved "
            + "under version 1); supply a SnapshotMigration with Workflow.withMigration(...) to map it to a declared state")
        .satisfies(e -> {
          IncompatibleSnapshotException x = (IncompatibleSnapshotException) e;
          assertThat(x.state()).isEqualTo("QUALIFICATION");
          assertThat(x.snapshotVersion()).isEqualTo(1);
          assertThat(x.definitionVersion()).isEqualTo(2);
        });
    Workflow migrating = v2.withMigration(SnapshotMigration.renameStates(Map.of("QUALIFICATION", "QUALIFYING"),
        UserId.of("system")));
    Snapshot migrated = migrating.migrate(old);
    assertThat(migrated.state()).isEqualTo("QUALIFYING");
    assertThat(migrated.definitionVersion()).isEqualTo(2);
    assertThat(migrated.last().command()).isEqualTo("migrate");
    assertThat(migrated.last().from()).contains("QUALIFICATION");
    Evaluation e = migrating.evaluate(old, Command.closeLost(LostReason.TIMING), T0.plusSeconds(20), REP);
    assertThat(e.snapshot().state()).isEqualTo("CLOSED_LOST");
    assertThat(e.snapshot().definitionVersion()).isEqualTo(2);
    assertThat(e.snapshot().historySize()).isEqualTo(old.historySize() + 2);
    Workflow useless = v2.withMigration((snap, def) -> snap);
    assertThatThrownBy(() -> useless.evaluate(old, Command.advance(), T0.plusSeconds(20), REP))
        .hasMessageEndingWith("the SnapshotMigration supplied with Workflow.withMigration did not map it to a declared state");
    // a snapshot of an older version whose state still exists is evaluated as is and recorded under the new version
    Snapshot fresh = v1.start(T0, REP);
    assertThat(v2.evaluate(fresh, Command.advance(), T0, REP).snapshot().definitionVersion()).isEqualTo(2);
  }

  @Test
  void snapshotsOfAnotherDefinitionAreRefused() {
    Snapshot s = flow.start(T0, REP);
    assertThatThrownBy(() -> SalesPipeline.workflow().evaluate(s, Command.advance(), T0, REP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the snapshot belongs to definition approvals, not sales-pipeline");
  }

  static WorkflowDefinition renameQualification() {
    WorkflowDefinition d = SalesPipeline.definition();
    WorkflowDefinition.Builder b = d.toBuilder().version(2).clearStates().clearTransitions();
    for (State st : d.states()) {
      b.state(st.id().equals("QUALIFICATION") ? st.toBuilder().id("QUALIFYING").build() : st);
    }
    for (Transition t : d.transitions()) {
      String from = t.from().map(x -> x.equals("QUALIFICATION") ? "QUALIFYING" : x).orElse(null);
      String to = t.to().map(x -> x.equals("QUALIFICATION") ? "QUALIFYING" : x).orElse(null);
      b.transition(Transition.raw(from, t.fromKind().orElse(null), to, t.isToLastOpen(), t.command(),
          t.guard().orElse(null), t.priority().isPresent() ? t.priority().getAsInt() : null));
    }
    return b.build();
  }

  @Test
  void mermaidExport() {
    String m = SalesPipeline.workflow().toMermaid();
    assertThat(m).startsWith("stateDiagram-v2\n    state \"last open state\" as LAST_OPEN\n    [*] --> LEAD_CAPTURE\n");
    assertThat(m).contains("    LEAD_CAPTURE --> QUALIFICATION : advance\n",
        "    QUALIFICATION --> DISCOVERY : advance [exit bant.qualified]\n",
        "    NEGOTIATION --> CLOSED_WON : close-won\n",
        "    PROPOSAL --> CLOSED_LOST : close-lost\n",
        "    CLOSED_LOST --> LAST_OPEN : reopen [role.required]\n",
        "    PAYMENT_AND_DELIVERY --> [*]\n");
    assertThat(m.lines().filter(l -> l.contains(": close-lost"))).hasSize(5);
    String a = Mermaid.of(approvals());
    assertThat(a).contains("    DRAFT --> REVIEW : advance [entry reason.required]\n",
        "    DRAFT --> FAST_TRACKED : approve [role.required]\n");
  }

  @Test
  void criterionSpecLabels() {
    CriterionSpec s = CriterionSpec.allOf(CriterionSpec.of("a.b"), CriterionSpec.anyOf(CriterionSpec.of("c"),
        CriterionSpec.not(CriterionSpec.allOf(CriterionSpec.of("d"), CriterionSpec.of("e")))));
    assertThat(s.label()).isEqualTo("a.b & (c | !(d & e))");
  }

  @Test
  void historyIsAnUnmodifiableView() {
    Snapshot s = flow.start(T0, REP);
    assertThatThrownBy(() -> s.history().add(s.last())).isInstanceOf(UnsupportedOperationException.class);
    assertThat(s.toString()).isEqualTo("Snapshot{approvals v1 DRAFT since 2026-01-05T09:00:00Z, 1 entries}");
  }

  /** Compiles specs against a registry, failing on any problem. */
  static final class Problemless {
    final CriterionRegistry registry;

    Problemless(CriterionRegistry registry) {
      this.registry = registry;
    }

    Criterion compile(CriterionSpec spec) {
      dev.salesops.core.validation.Problems problems = new dev.salesops.core.validation.Problems();
      Criterion c = CriteriaCompiler.compile(spec, registry, "c", problems);
      problems.throwIfAny();
      return c;
    }
  }
}
