package dev.salesops.core.workflow;

import dev.salesops.core.definition.DefinitionParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's move rules pinned one branch at a time (written to kill PIT's surviving mutants in {@link
 * Workflow}'s evaluation): which checks run for which move, in which order, with which context, and what an
 * accepted move records. Criteria here are test flags: {@code flag(x)} holds when the subject (a set of
 * strings) contains {@code x}.
 */
class WorkflowEvaluationMutationTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);
  static final StateKind PARKED = StateKind.of("PARKED");
  static final StateKind ARCHIVED = StateKind.of("ARCHIVED");

  /** Every context a flag criterion saw, in evaluation order. */
  final List<GuardContext> seen = new ArrayList<>();

  final CriterionRegistry registry = CriterionRegistry.builder()
      .register(new CriterionType() {
        @Override
        public String name() {
          return "flag";
        }

        @Override
        public Criterion create(DefinitionParams params) {
          String name = params.string("name");
          return ctx -> {
            seen.add(ctx);
            boolean met = ctx.subject(Set.class).map(s -> s.contains(name)).orElse(false);
            return met ? CriterionResult.met("has " + name) : CriterionResult.unmet("missing " + name);
          };
        }
      })
      .register(new CriterionType() {
        @Override
        public String name() {
          return "no.result";
        }

        @Override
        public Criterion create(DefinitionParams params) {
          return ctx -> null;
        }
      })
      .build();

  static CriterionSpec flag(String name) {
    return CriterionSpec.of("flag", Map.of("name", name));
  }

  static WorkflowDefinition.Builder definition(MovePolicy policy) {
    return WorkflowDefinition.builder().id("deal-flow").version(1).initialState("A").movePolicy(policy)
        .lostReasons(List.of(LostReason.PRICE, LostReason.TIMING))
        .state(State.builder("PARKED", 0, PARKED).build())
        .state(State.builder("A", 1, StateKind.OPEN).exitCriteria(flag("a_out")).build())
        .state(State.builder("B", 2, StateKind.OPEN).entryCriteria(flag("b_in")).exitCriteria(flag("b_out"))
            .maxDwell(Duration.ofDays(1)).probability("0.4").build())
        .state(State.builder("C", 3, StateKind.OPEN).exitCriteria(flag("c_out")).build())
        .state(State.builder("WON", 4, StateKind.WON).entryCriteria(flag("won_in")).build())
        .state(State.builder("LOST", 5, StateKind.LOST).build())
        .state(State.builder("ARCHIVED", 7, ARCHIVED).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("B", "advance", "C"))
        .transition(Transition.of("C", "advance", "WON"))
        .transition(Transition.of("B", "back", "A"))
        .transition(Transition.of("C", "go", "WON").withGuard(flag("g1")).withPriority(2))
        .transition(Transition.of("C", "go", "B").withPriority(1))
        .transition(Transition.fromKind(StateKind.OPEN, "close-lost", "LOST"))
        .transition(Transition.fromKind(StateKind.OPEN, "park", "PARKED"))
        .transition(Transition.toLastOpen("LOST", "reopen"))
        .transition(Transition.toLastOpen(PARKED, "reopen"))
        .transition(Transition.of("PARKED", "archive", "ARCHIVED"));
  }

  final Workflow flow = Workflow.of(definition(MovePolicy.FORWARD).build(), registry);

  static Set<String> has(String... flags) {
    return Set.of(flags);
  }

  Snapshot at(String... path) {
    // walks A -> ... with every flag set, one second apart
    Snapshot s = flow.start(T0, REP);
    Instant t = T0;
    for (String cmd : path) {
      t = t.plusSeconds(1);
      s = accepted(flow.evaluate(s, command(cmd), t, REP, all())).snapshot();
    }
    return s;
  }

  static Command command(String text) {
    if (text.startsWith("->")) {
      return Command.moveTo(text.substring(2));
    }
    if (text.equals("close-lost")) {
      return Command.custom("close-lost").withLostReason(LostReason.PRICE);
    }
    return Command.custom(text);
  }

  static Set<String> all() {
    return has("a_out", "b_in", "b_out", "c_out", "won_in", "g1");
  }

  static Evaluation.Accepted accepted(Evaluation e) {
    assertThat(e).as("%s", e).isInstanceOf(Evaluation.Accepted.class);
    return (Evaluation.Accepted) e;
  }

  static Evaluation.Rejected rejected(Evaluation e) {
    assertThat(e).as("%s", e).isInstanceOf(Evaluation.Rejected.class);
    return (Evaluation.Rejected) e;
  }

  static Instant last(Snapshot s) {
    return s.last().at();
  }

  @Test
  void startRecordsTheInitialState() {
    Snapshot s = flow.start(T0, REP);
    assertThat(s.state()).isEqualTo("A");
    assertThat(s.historySize()).isEqualTo(1);
    assertThat(s.last().command()).isEqualTo(HistoryEntry.START);
    assertThat(s.last().from()).isEmpty();
    assertThat(s.last().actor()).isEqualTo(UserId.of("rep-1"));
    assertThat(s.definitionId()).isEqualTo("deal-flow");
    assertThat(s.definitionVersion()).isEqualTo(1);
  }

  @Test
  void anInstantEqualToTheLastMoveIsAllowedAnEarlierOneIsInvalid() {
    Snapshot s = flow.start(T0, REP);
    assertThat(flow.evaluate(s, Command.advance(), T0, REP, all()).isAccepted()).isTrue();
    assertThatThrownBy(() -> flow.evaluate(s, Command.advance(), T0.minusNanos(1), REP, all()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("at must not be before the last recorded move");
  }

  @Test
  void anUndeclaredCommandListsTheAvailableOnes() {
    Evaluation.Rejected r = rejected(flow.evaluate(flow.start(T0, REP), Command.custom("nope"), T0, REP, all()));
    assertThat(r.reasons()).containsExactly(
        "command nope is not available in state A (available: advance, close-lost, moveTo, park)");
    assertThat(r.target()).isEmpty();
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.snapshot()).isEqualTo(flow.start(T0, REP));
    assertThat(flow.availableCommands(at("advance"))).containsExactly("advance", "back", "close-lost", "moveTo", "park");
  }

  @Test
  void advanceChecksTheExitOfTheStateLeftThenTheEntryOfTheStateEntered() {
    Snapshot s = flow.start(T0, REP);
    Evaluation.Rejected none = rejected(flow.evaluate(s, Command.advance(), T0, REP, has()));
    assertThat(none.reasons()).containsExactly("missing a_out", "missing b_in");
    assertThat(none.target()).contains("B");
    assertThat(rejected(flow.evaluate(s, Command.advance(), T0, REP, has("a_out"))).reasons())
        .containsExactly("missing b_in");
    assertThat(rejected(flow.evaluate(s, Command.advance(), T0, REP, has("b_in"))).reasons())
        .containsExactly("missing a_out");
    Evaluation.Accepted ok = accepted(flow.evaluate(s, Command.advance(), T0.plusSeconds(5), REP, has("a_out", "b_in")));
    assertThat(ok.snapshot().state()).isEqualTo("B");
    assertThat(ok.previous()).isSameAs(s);
    assertThat(ok.entry().from()).contains("A");
    assertThat(ok.entry().command()).isEqualTo("advance");
    assertThat(ok.entry().at()).isEqualTo(T0.plusSeconds(5));
    assertThat(ok.events()).extracting(WorkflowEvent::type)
        .containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED);
  }

  @Test
  void aBackwardMoveIsNotHeldUpByTheExitCriteriaOfTheStateLeft() {
    Snapshot b = at("advance");
    Evaluation.Accepted back = accepted(flow.evaluate(b, Command.custom("back"), last(b), REP, has()));
    assertThat(back.snapshot().state()).isEqualTo("A");
    assertThat(seen).noneMatch(c -> c.fromState().equals("B") && c.command().equals("back"));
  }

  @Test
  void severalCandidateEdgesAreTriedByPriorityAndEveryReasonNamesItsTarget() {
    Snapshot c = at("advance", "advance");
    Evaluation.Rejected r = rejected(flow.evaluate(c, Command.custom("go"), last(c), REP, has()));
    assertThat(r.reasons()).containsExactly("to WON: missing g1", "to WON: missing c_out", "to WON: missing won_in",
        "to B: missing b_in");
    assertThat(r.target()).isEmpty();
    assertThat(accepted(flow.evaluate(c, Command.custom("go"), last(c), REP, has("b_in"))).snapshot().state())
        .isEqualTo("B");
    assertThat(accepted(flow.evaluate(c, Command.custom("go"), last(c), REP, has("g1", "c_out", "won_in", "b_in")))
        .snapshot().state()).isEqualTo("WON");
  }

  @Test
  void theGuardContextDescribesTheMove() {
    Snapshot c = at("advance", "advance");
    seen.clear();
    Instant when = last(c).plusSeconds(30);
    flow.evaluate(c, Command.custom("go").withReason("ready").withLostReason(LostReason.TIMING), when, REP, has());
    GuardContext g = seen.get(0);
    assertThat(g.fromState()).isEqualTo("C");
    assertThat(g.toState()).isEqualTo("WON");
    assertThat(g.command()).isEqualTo("go");
    assertThat(g.at()).isEqualTo(when);
    assertThat(g.actor()).isEqualTo(REP);
    assertThat(g.subject()).contains(has());
    assertThat(g.subject(Set.class)).contains(has());
    assertThat(g.subject(String.class)).isEmpty();
    assertThat(g.snapshot()).contains(c);
    assertThat(g.reason()).contains("ready");
    assertThat(g.lostReason()).contains(LostReason.TIMING);
    assertThat(g.toString()).isEqualTo("GuardContext{C->WON by rep-1 at " + when + " (go)}");
    assertThatThrownBy(() -> g.subject(null)).isInstanceOf(NullPointerException.class);
    // the guard, the exit of C and the entry of WON share one context; the second edge gets its own
    assertThat(seen).hasSize(4);
    assertThat(seen.get(1)).isSameAs(g);
    assertThat(seen.get(2)).isSameAs(g);
    assertThat(seen.get(3).toState()).isEqualTo("B");
    seen.clear();
    flow.evaluate(c, Command.custom("go"), when, REP, null);
    assertThat(seen.get(0).subject()).isEmpty();
    assertThat(seen.get(0).reason()).isEmpty();
    assertThat(seen.get(0).lostReason()).isEmpty();
  }

  @Test
  void aCriterionWithoutResultIsAnUnmetReason() {
    WorkflowDefinition d = WorkflowDefinition.builder().id("odd").version(1)
        .state(State.builder("A", 1, StateKind.OPEN).exitCriteria(CriterionSpec.of("no.result")).build())
        .state(State.builder("B", 2, StateKind.WON).entryCriteria(CriterionSpec.of("no.result")).build())
        .transition(Transition.of("A", "advance", "B").withGuard(CriterionSpec.of("no.result")))
        .build();
    Workflow w = Workflow.of(d, registry);
    assertThat(rejected(w.evaluate(w.start(T0, REP), Command.advance(), T0, REP)).reasons())
        .containsExactly("a criterion returned no result", "a criterion returned no result",
            "a criterion returned no result");
  }

  @Test
  void enteringALostStateNeedsALostReasonFromTheTaxonomy() {
    Snapshot b = at("advance");
    assertThat(rejected(flow.evaluate(b, Command.custom("close-lost"), last(b), REP)).reasons())
        .containsExactly("a lost reason is required to enter LOST (one of PRICE, TIMING)");
    assertThat(rejected(flow.evaluate(b, Command.custom("close-lost").withLostReason(LostReason.OTHER), last(b), REP))
        .reasons()).containsExactly("lost reason OTHER is not in the taxonomy of deal-flow (one of PRICE, TIMING)");
    Evaluation.Accepted lost = accepted(flow.evaluate(b, Command.custom("close-lost").withLostReason(LostReason.PRICE)
        .withReason("too dear"), last(b), REP));
    assertThat(lost.snapshot().lostReason()).contains(LostReason.PRICE);
    assertThat(lost.entry().reason()).contains("too dear");
    assertThat(lost.events()).extracting(WorkflowEvent::type)
        .containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED, WorkflowEvent.Type.CLOSED);
    // a move into a closed state of another kind keeps no lost reason and needs none
    Evaluation.Accepted parked = accepted(flow.evaluate(b, Command.custom("park").withLostReason(LostReason.PRICE),
        last(b), REP));
    assertThat(parked.snapshot().lostReason()).isEmpty();
    assertThat(parked.entry().lostReason()).isEmpty();
  }

  @Test
  void reopenReturnsToTheLastOpenStateAndClearsTheLostReason() {
    Snapshot lost = at("advance", "close-lost");
    assertThat(flow.lastOpenState(lost)).contains("B");
    assertThat(rejected(flow.evaluate(lost, Command.reopen(), last(lost), REP)).reasons()).containsExactly("missing b_in");
    Evaluation.Accepted back = accepted(flow.evaluate(lost, Command.reopen(), last(lost), REP, all()));
    assertThat(back.snapshot().state()).isEqualTo("B");
    assertThat(back.snapshot().lostReason()).isEmpty();
    assertThat(back.events()).extracting(WorkflowEvent::type)
        .containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED, WorkflowEvent.Type.REOPENED);
    assertThat(flow.lastOpenState(flow.start(T0, REP))).contains("A");
    // closed to closed: neither CLOSED nor REOPENED
    Snapshot parked = at("park");
    assertThat(accepted(flow.evaluate(parked, Command.custom("archive"), last(parked), REP)).events())
        .extracting(WorkflowEvent::type).containsExactly(WorkflowEvent.Type.EXITED, WorkflowEvent.Type.ENTERED);
  }

  @Test
  void reopenWithNoOpenStateInTheHistoryIsRefused() {
    Snapshot bornParked = Snapshot.of("deal-flow", 1,
        List.of(HistoryEntry.of(null, "PARKED", T0, REP.id(), HistoryEntry.START, null, null)));
    assertThat(flow.lastOpenState(bornParked)).isEmpty();
    assertThat(rejected(flow.evaluate(bornParked, Command.reopen(), T0, REP)).reasons())
        .containsExactly("no open state in the history of the record to return to");
    assertThat(rejected(flow.evaluate(bornParked, Command.moveTo("A"), T0, REP)).reasons())
        .containsExactly("no transition from PARKED to A (free moves go forward from an open state to an open or won state only)");
  }

  @Test
  void moveToAnUndeclaredOrTheCurrentStateIsRefused() {
    Snapshot s = flow.start(T0, REP);
    Evaluation.Rejected undeclared = rejected(flow.evaluate(s, Command.moveTo("ZZ"), T0, REP, all()));
    assertThat(undeclared.reasons()).containsExactly("state ZZ is not declared in deal-flow version 1");
    assertThat(undeclared.target()).isEmpty();
    Evaluation.Rejected same = rejected(flow.evaluate(s, Command.moveTo("A"), T0, REP, all()));
    assertThat(same.reasons()).containsExactly("the record is already in A");
    assertThat(same.target()).contains("A");
  }

  @Test
  void aFreeForwardMoveChecksTheExitOfEveryStateLeftOrSkippedButNoSkippedEntry() {
    Snapshot s = flow.start(T0, REP);
    Evaluation.Rejected r = rejected(flow.evaluate(s, Command.moveTo("C"), T0, REP, has()));
    assertThat(r.reasons()).containsExactly("missing a_out", "missing b_out");
    assertThat(r.target()).contains("C");
    Evaluation.Accepted ok = accepted(flow.evaluate(s, Command.moveTo("C"), T0, REP, has("a_out", "b_out")));
    assertThat(ok.snapshot().state()).isEqualTo("C");
    assertThat(ok.entry().command()).isEqualTo("moveTo");
    assertThat(ok.events()).hasSize(2);
    assertThat(rejected(flow.evaluate(s, Command.moveTo("WON"), T0, REP, has("a_out"))).reasons())
        .containsExactly("missing b_out", "missing c_out", "missing won_in");
    Evaluation.Accepted won = accepted(flow.evaluate(s, Command.moveTo("WON"), T0, REP, all()));
    assertThat(won.events()).extracting(WorkflowEvent::type).contains(WorkflowEvent.Type.CLOSED);
    // a free move from B to WON does not check the exit of A (before it) nor of WON
    Snapshot b = at("advance");
    assertThat(rejected(flow.evaluate(b, Command.moveTo("WON"), last(b), REP, has())).reasons())
        .containsExactly("missing b_out", "missing c_out", "missing won_in");
  }

  @Test
  void moveToFollowsADeclaredEdgeWhateverItsCommand() {
    Snapshot s = flow.start(T0, REP);
    Evaluation.Rejected r = rejected(flow.evaluate(s, Command.moveTo("B"), T0, REP, has()));
    assertThat(r.reasons()).containsExactly("missing a_out", "missing b_in");
    assertThat(r.target()).contains("B");
    assertThat(rejected(flow.evaluate(s, Command.moveTo("LOST"), T0, REP, all())).reasons())
        .containsExactly("a lost reason is required to enter LOST (one of PRICE, TIMING)");
    Evaluation.Accepted lost = accepted(flow.evaluate(s, Command.moveTo("LOST").withLostReason(LostReason.TIMING), T0, REP));
    assertThat(lost.snapshot().lostReason()).contains(LostReason.TIMING);
    assertThat(lost.entry().command()).isEqualTo("moveTo");
    // toLastOpen edges are candidates for the state they lead back to, and only for it
    Snapshot parkedFromB = at("advance", "park");
    assertThat(accepted(flow.evaluate(parkedFromB, Command.moveTo("B"), last(parkedFromB), REP, all())).snapshot().state())
        .isEqualTo("B");
    assertThat(rejected(flow.evaluate(parkedFromB, Command.moveTo("A"), last(parkedFromB), REP, all())).reasons())
        .containsExactly("no transition from PARKED to A (free moves go forward from an open state to an open or won state only)");
  }

  @Test
  void noFreeMoveBackwardsIntoClosedKindsOrUnderTheDeclaredPolicy() {
    Snapshot c = at("advance", "advance");
    assertThat(rejected(flow.evaluate(c, Command.moveTo("A"), last(c), REP, all())).reasons())
        .containsExactly("no transition from C to A (free moves go forward from an open state to an open or won state only)");
    Evaluation.Rejected archived = rejected(flow.evaluate(c, Command.moveTo("ARCHIVED"), last(c), REP, all()));
    assertThat(archived.reasons())
        .containsExactly("no transition from C to ARCHIVED (free moves go forward from an open state to an open or won state only)");
    assertThat(archived.target()).contains("ARCHIVED");
    Workflow declared = Workflow.of(definition(MovePolicy.DECLARED).build(), registry);
    Snapshot s = declared.start(T0, REP);
    assertThat(rejected(declared.evaluate(s, Command.moveTo("C"), T0, REP, all())).reasons())
        .containsExactly("no transition from A to C is declared");
    assertThat(declared.evaluate(s, Command.moveTo("B"), T0, REP, all()).snapshot().state()).isEqualTo("B");
  }

  @Test
  void stallIsADwellStrictlyLongerThanTheMaximum() {
    Snapshot b = at("advance");
    Instant entered = b.enteredAt();
    assertThat(flow.stall(b, entered.plus(Duration.ofDays(1)))).isEmpty();
    assertThat(flow.isStalled(b, entered.plus(Duration.ofDays(1)))).isFalse();
    Stall st = flow.stall(b, entered.plus(Duration.ofDays(1)).plusSeconds(1)).orElseThrow();
    assertThat(st).isEqualTo(new Stall("B", entered, Duration.ofDays(1).plusSeconds(1), Duration.ofDays(1)));
    assertThat(st.overdueBy()).isEqualTo(Duration.ofSeconds(1));
    assertThat(flow.isStalled(b, entered.plus(Duration.ofDays(2)))).isTrue();
    Snapshot a = flow.start(T0, REP);
    assertThat(flow.stall(a, T0.plus(Duration.ofDays(365)))).isEmpty();
    Map<String, Snapshot> records = new LinkedHashMap<>();
    records.put("z", b);
    records.put("a", a);
    records.put("m", b);
    assertThat(flow.stalled(records, entered.plus(Duration.ofDays(3))).keySet()).containsExactly("z", "m");
    assertThat(flow.stalled(records, entered)).isEmpty();
  }

  @Test
  void stateQueries() {
    assertThat(flow.isClosed("LOST")).isTrue();
    assertThat(flow.isClosed("PARKED")).isTrue();
    assertThat(flow.isClosed("A")).isFalse();
    assertThat(flow.isClosed("ZZ")).isFalse();
    assertThat(flow.state("B").map(State::order)).contains(2);
    assertThat(flow.state("ZZ")).isEmpty();
    Snapshot b = at("advance");
    assertThat(flow.winProbability(b).map(p -> p.value())).contains(new BigDecimal("0.4"));
    assertThat(flow.winProbability(flow.start(T0, REP))).isEmpty();
    assertThat(flow.toString()).isEqualTo("Workflow{deal-flow v1}");
    assertThat(flow.registry()).isSameAs(registry);
  }

  @Test
  void snapshotsOfAnotherDefinitionOrAnUnknownStateAreIncompatible() {
    Snapshot other = Snapshot.of("other-flow", 1, List.of(HistoryEntry.of(null, "A", T0, REP.id(), "start", null, null)));
    assertThatThrownBy(() -> flow.evaluate(other, Command.advance(), T0, REP)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the snapshot belongs to definition other-flow, not deal-flow");
    Snapshot gone = Snapshot.of("deal-flow", 1, List.of(HistoryEntry.of(null, "GONE", T0, REP.id(), "start", null, null)));
    assertThatThrownBy(() -> flow.migrate(gone)).isInstanceOf(IncompatibleSnapshotException.class);
    Snapshot inA = flow.start(T0, REP);
    assertThat(flow.migrate(inA)).isSameAs(inA);
    assertThat(flow.withMigration((s, d) -> null).migrate(inA)).isSameAs(inA);
    assertThatThrownBy(() -> flow.withMigration((s, d) -> null).migrate(gone)).isInstanceOf(IncompatibleSnapshotException.class);
    assertThatThrownBy(() -> flow.withMigration((s, d) -> other).migrate(gone)).isInstanceOf(IncompatibleSnapshotException.class);
    assertThatThrownBy(() -> flow.withMigration((s, d) -> gone).migrate(gone)).isInstanceOf(IncompatibleSnapshotException.class);
    Workflow migrating = flow.withMigration((s, d) -> inA);
    assertThat(migrating.migrate(gone)).isSameAs(inA);
    assertThat(migrating.evaluate(gone, Command.advance(), T0, REP, all()).snapshot().state()).isEqualTo("B");
  }

  @Test
  void aSnapshotOfAnotherVersionWhoseStateExistsIsEvaluatedAndRecordsThisVersion() {
    Workflow v2 = Workflow.of(definition(MovePolicy.FORWARD).version(2).build(), registry);
    Snapshot s = flow.start(T0, REP);
    Snapshot next = v2.evaluate(s, Command.advance(), T0, REP, all()).snapshot();
    assertThat(next.definitionVersion()).isEqualTo(2);
    assertThat(next.state()).isEqualTo("B");
  }
}
