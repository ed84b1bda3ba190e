package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random valid definitions and random command sequences (valid and invalid) keep the engine's invariants. */
class WorkflowPropertyTest {
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);
  static final Actor MANAGER = Actor.of(UserId.of("mgr-1"), Role.MANAGER, Role.REP);
  static final CriterionSpec MANAGER_ONLY = CriterionSpec.of("role.required", Map.of("roles", List.of("MANAGER")));

  /** A random definition that is valid by construction. */
  static WorkflowDefinition randomDefinition(Random r) {
    int open = 2 + r.nextInt(5);
    int closed = 1 + r.nextInt(3);
    WorkflowDefinition.Builder b = WorkflowDefinition.builder().id("random-flow").version(1 + r.nextInt(3))
        .movePolicy(r.nextBoolean() ? MovePolicy.FORWARD : MovePolicy.DECLARED);
    List<String> openIds = new ArrayList<>();
    for (int i = 0; i < open; i++) {
      String id = "S" + i;
      openIds.add(id);
      State.Builder s = State.builder(id, i + 1, StateKind.OPEN).probability(BigDecimal.valueOf(r.nextInt(101), 2));
      if (r.nextInt(3) == 0) {
        s.maxDwell(Duration.ofDays(1 + r.nextInt(10)));
      }
      if (r.nextInt(4) == 0) {
        s.exitCriteria(CriterionSpec.of("bant.qualified"));
      }
      if (r.nextInt(6) == 0) {
        s.entryCriteria(CriterionSpec.of("reason.required"));
      }
      b.state(s.build());
    }
    List<String> closedIds = new ArrayList<>();
    StateKind[] kinds = {StateKind.WON, StateKind.LOST, StateKind.of("CANCELLED")};
    for (int i = 0; i < closed; i++) {
      String id = "C" + i;
      closedIds.add(id);
      StateKind kind = kinds[r.nextInt(kinds.length)];
      b.state(State.builder(id, open + i + 1, kind).probability(kind.equals(StateKind.WON) ? "1" : "0").build());
    }
    int priority = 0;
    for (int i = 0; i + 1 < open; i++) {
      b.transition(Transition.of(openIds.get(i), "advance", openIds.get(i + 1)).withPriority(priority++));
    }
    b.transition(Transition.of(openIds.get(open - 1), "advance", closedIds.get(r.nextInt(closed))).withPriority(priority++));
    for (int i = 0; i < closed; i++) {
      b.transition(Transition.fromKind(StateKind.OPEN, "close-" + i, closedIds.get(i)).withPriority(priority++));
      if (r.nextBoolean()) {
        Transition reopen = Transition.toLastOpen(closedIds.get(i), "reopen");
        b.transition((r.nextBoolean() ? reopen.withGuard(MANAGER_ONLY) : reopen).withPriority(priority++));
      }
    }
    for (int k = r.nextInt(4); k > 0; k--) {
      String from = openIds.get(r.nextInt(open));
      String to = r.nextInt(4) == 0 ? closedIds.get(r.nextInt(closed)) : openIds.get(r.nextInt(open));
      Transition t = Transition.of(from, r.nextBoolean() ? "rework" : "advance", to).withPriority(priority++);
      b.transition(r.nextBoolean() ? t.withGuard(MANAGER_ONLY) : t);
    }
    return b.build();
  }

  static Command randomCommand(Random r, WorkflowDefinition d) {
    List<State> states = d.states();
    switch (r.nextInt(8)) {
      case 0:
        return Command.advance();
      case 1:
        return Command.custom("close-" + r.nextInt(4)).withLostReason(r.nextBoolean() ? LostReason.PRICE : LostReason.of("ODD"));
      case 2:
        return Command.custom("close-" + r.nextInt(4));
      case 3:
        return Command.reopen();
      case 4:
        return Command.moveTo(r.nextInt(10) == 0 ? "NOWHERE" : states.get(r.nextInt(states.size())).id());
      case 5:
        return Command.custom(r.nextBoolean() ? "rework" : "nope").withReason("because");
      case 6:
        return Command.moveTo(states.get(r.nextInt(states.size())).id()).withLostReason(LostReason.TIMING)
            .withReason("moved");
      default:
        return Command.advance().withReason("next");
    }
  }

  static BantAssessment randomBant(Random r) {
    BantStatus[] v = BantStatus.values();
    if (r.nextBoolean()) {
      return BantAssessment.builder().budget(BantStatus.CONFIRMED).authority(BantStatus.CONFIRMED)
          .need(BantStatus.CONFIRMED).timeline(BantStatus.CONFIRMED).build();
    }
    return BantAssessment.builder().budget(v[r.nextInt(4)]).authority(v[r.nextInt(4)]).need(v[r.nextInt(4)])
        .timeline(v[r.nextInt(4)]).build();
  }

  @Test
  void invariantsHoldAtEveryStep() {
    Property.forAll(20260105L, 200, r -> {
      WorkflowDefinition d = randomDefinition(r);
      assertThat(Workflow.validate(d, StandardCriteria.registry())).as("generated definition %s", d).isEmpty();
      assertThat(WorkflowJson.readDefinition(WorkflowJson.write(d))).isEqualTo(d);
      Workflow w = Workflow.of(d, StandardCriteria.registry());
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      Snapshot s = w.start(at, REP);
      for (int step = 0; step < 40; step++) {
        at = at.plusSeconds(r.nextInt(3) == 0 ? 0 : r.nextInt(100_000));
        Command c = randomCommand(r, d);
        Actor actor = r.nextBoolean() ? REP : MANAGER;
        Object subject = r.nextInt(5) == 0 ? null : randomBant(r);
        Snapshot before = s;
        List<HistoryEntry> historyBefore = List.copyOf(before.history());
        Evaluation e = w.evaluate(before, c, at, actor, subject);
        if (e instanceof Evaluation.Rejected) {
          Evaluation.Rejected rej = (Evaluation.Rejected) e;
          assertThat(rej.snapshot()).isSameAs(before);
          assertThat(rej.reasons()).isNotEmpty().allSatisfy(x -> assertThat(x).isNotBlank());
        } else {
          s = e.snapshot();
          assertThat(s.historySize()).isEqualTo(before.historySize() + 1);
          assertThat(s.history().subList(0, historyBefore.size())).isEqualTo(historyBefore);
          State from = w.state(before.state()).orElseThrow();
          State to = w.state(s.state()).orElseThrow();
          if (from.kind().isClosed()) {
            assertThat(declaredEdgeLeads(d, w, before, s.state())).as("closed %s left for %s by %s", from.id(), to.id(), c)
                .isTrue();
          }
          assertThat(s.lostReason().isPresent()).isEqualTo(to.kind().equals(StateKind.LOST));
          s.lostReason().ifPresent(lr -> assertThat(d.lostReasons()).contains(lr));
          assertThat(((Evaluation.Accepted) e).events()).isNotEmpty();
        }
        assertThat(w.state(s.state())).isPresent();
        BigDecimal p = w.state(s.state()).orElseThrow().probability().orElseThrow();
        assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        for (int i = 1; i < s.historySize(); i++) {
          assertThat(s.history().get(i).at()).isAfterOrEqualTo(s.history().get(i - 1).at());
          assertThat(s.history().get(i).from()).contains(s.history().get(i - 1).to());
        }
        Duration total = s.timeInStates(at).values().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.between(s.history().get(0).at(), at));
      }
      assertThat(WorkflowJson.readSnapshot(WorkflowJson.write(s))).isEqualTo(s);
    });
  }

  /** Whether a declared edge from the snapshot's (closed) state leads to {@code target}. */
  static boolean declaredEdgeLeads(WorkflowDefinition d, Workflow w, Snapshot before, String target) {
    State from = d.state(before.state()).orElseThrow();
    for (Transition t : d.transitions()) {
      boolean m = t.isGroup() ? t.fromKind().get().equals(from.kind()) : t.from().get().equals(from.id());
      if (m && (t.to().map(target::equals).orElse(false)
          || (t.isToLastOpen() && w.lastOpenState(before).map(target::equals).orElse(false)))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyInjectedDefectIsReportedWithItsMessage() {
    Property.forAll(42L, 200, r -> {
      WorkflowDefinition d = randomDefinition(r);
      int n = d.states().size();
      int t = d.transitions().size();
      State some = d.states().get(r.nextInt(n));
      switch (r.nextInt(4)) {
        case 0: {
          WorkflowDefinition bad = d.toBuilder().state(State.builder(some.id(), 99, StateKind.OPEN).build()).build();
          assertThat(Workflow.validate(bad, StandardCriteria.registry())).extracting(p -> p.message())
              .contains("states[" + n + "].id must be unique (already declared by states[" + d.states().indexOf(some) + "]): "
                  + some.id());
          break;
        }
        case 1: {
          WorkflowDefinition bad = d.toBuilder().transition(Transition.of(some.id(), "jump", "NOWHERE")).build();
          assertThat(Workflow.validate(bad, StandardCriteria.registry())).extracting(p -> p.message())
              .containsExactly("transitions[" + t + "].to must name a declared state: NOWHERE");
          break;
        }
        case 2: {
          WorkflowDefinition.Builder b = d.toBuilder().clearStates();
          int victim = r.nextInt(n);
          for (int i = 0; i < n; i++) {
            State st = d.states().get(i);
            b.state(i == victim ? st.toBuilder().probability("1.5").build() : st);
          }
          assertThat(Workflow.validate(b.build(), StandardCriteria.registry())).extracting(p -> p.message())
              .containsExactly("states[" + victim + "].probability must be within [0, 1]: 1.5");
          break;
        }
        default: {
          WorkflowDefinition bad = d.toBuilder().state(State.builder("ISLAND", 0, StateKind.of("CANCELLED")).build()).build();
          assertThat(Workflow.validate(bad, StandardCriteria.registry())).extracting(p -> p.message())
              .containsExactly("states[" + n + "].id must be reachable from the initial state S0: ISLAND");
        }
      }
    });
  }
}
