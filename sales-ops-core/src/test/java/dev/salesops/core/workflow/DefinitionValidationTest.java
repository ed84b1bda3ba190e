package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every validation rule, each with a definition that breaks it and the exact message. */
class DefinitionValidationTest {
  static final CriterionRegistry REGISTRY = StandardCriteria.registry();

  /** A valid three-state definition: A -advance-> B -finish-> DONE (WON), any OPEN -drop-> LOST. */
  static WorkflowDefinition.Builder base() {
    return WorkflowDefinition.builder().id("test-flow").version(1)
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("DONE", 3, StateKind.WON).build())
        .state(State.builder("DROPPED", 4, StateKind.LOST).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("B", "finish", "DONE"))
        .transition(Transition.fromKind(StateKind.OPEN, "close-lost", "DROPPED"));
  }

  static List<String> messages(WorkflowDefinition d) {
    return Workflow.validate(d, REGISTRY).stream().map(Problem::message).toList();
  }

  @Test
  void theBaseDefinitionIsValid() {
    assertThat(messages(base().build())).isEmpty();
    assertThat(Workflow.of(base().build(), REGISTRY).definition().id()).isEqualTo("test-flow");
  }

  @Test
  void duplicateStateIds() {
    WorkflowDefinition d = base().state(State.builder("B", 5, StateKind.OPEN).build()).build();
    assertThat(messages(d)).containsExactly("states[4].id must be unique (already declared by states[1]): B");
  }

  @Test
  void unknownStatesInTransitions() {
    WorkflowDefinition d = base().transition(Transition.of("X", "advance", "B"))
        .transition(Transition.of("B", "skip", "Y")).build();
    assertThat(messages(d)).containsExactly("transitions[3].from must name a declared state: X",
        "transitions[4].to must name a declared state: Y");
  }

  @Test
  void unreachableStates() {
    WorkflowDefinition d = base().state(State.builder("ISLAND", 5, StateKind.OPEN).build())
        .transition(Transition.of("ISLAND", "finish", "DONE")).build();
    assertThat(messages(d)).containsExactly("states[4].id must be reachable from the initial state A: ISLAND");
  }

  @Test
  void openStateWithNoWayToAClosedState() {
    WorkflowDefinition d = WorkflowDefinition.builder().id("trap").version(1)
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("C", 3, StateKind.OPEN).build())
        .state(State.builder("DONE", 4, StateKind.WON).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("A", "finish", "DONE"))
        .transition(Transition.of("B", "advance", "C"))
        .transition(Transition.of("C", "back", "B"))
        .build();
    assertThat(messages(d)).containsExactly("states[1].id must have a way to a closed state: B",
        "states[2].id must have a way to a closed state: C");
  }

  @Test
  void probabilitiesOutsideZeroOne() {
    WorkflowDefinition d = base().clearStates()
        .state(State.builder("A", 1, StateKind.OPEN).probability("1.2").build())
        .state(State.builder("B", 2, StateKind.OPEN).probability("-0.1").build())
        .state(State.builder("DONE", 3, StateKind.WON).probability("1").build())
        .state(State.builder("DROPPED", 4, StateKind.LOST).probability("0").build())
        .build();
    assertThat(messages(d)).containsExactly("states[0].probability must be within [0, 1]: 1.2",
        "states[1].probability must be within [0, 1]: -0.1");
  }

  @Test
  void ambiguousGuardedTransitionsWithoutPriority() {
    CriterionSpec manager = CriterionSpec.of("role.required", Map.of("roles", List.of("MANAGER")));
    CriterionSpec rep = CriterionSpec.of("role.required", Map.of("roles", List.of("REP")));
    WorkflowDefinition d = base().transition(Transition.of("A", "advance", "DONE").withGuard(manager))
        .transition(Transition.of("A", "finish", "B").withGuard(rep)).build();
    assertThat(messages(d)).containsExactly(
        "transitions[3] is ambiguous with transitions[0] (both leave A on advance): give them distinct priorities");
    WorkflowDefinition fixed = base().clearTransitions()
        .transition(Transition.of("A", "advance", "B").withPriority(1))
        .transition(Transition.of("A", "advance", "DONE").withGuard(manager).withPriority(2))
        .transition(Transition.of("B", "finish", "DONE"))
        .transition(Transition.fromKind(StateKind.OPEN, "close-lost", "DROPPED")).build();
    assertThat(messages(fixed)).isEmpty();
  }

  @Test
  void explicitEdgesDoNotConflictWithGroupEdges() {
    WorkflowDefinition d = base().transition(Transition.of("A", "close-lost", "DROPPED")).build();
    assertThat(messages(d)).isEmpty();
  }

  @Test
  void unknownCriterionTypesAndBadParamsFailTheLoadWithPaths() {
    WorkflowDefinition d = base().clearStates()
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("DONE", 3, StateKind.WON).build())
        .state(State.builder("DROPPED", 4, StateKind.LOST)
            .exitCriteria(CriterionSpec.allOf(CriterionSpec.of("bant.qualified"), CriterionSpec.of("credit.checked")))
            .build())
        .transition(Transition.of("B", "approve", "DONE")
            .withGuard(CriterionSpec.anyOf(CriterionSpec.of("role.required"),
                CriterionSpec.not(CriterionSpec.of("bant.qualified", Map.of("mandatory", List.of("BUDGET", "MONEY")))))))
        .build();
    assertThatThrownBy(() -> Workflow.of(d, REGISTRY))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "states[3].exitCriteria.allOf[1].type must name a registered criterion type (registered: bant.qualified, "
                + "role.required, lost_reason.required, reason.required): credit.checked",
            "transitions[3].guard.anyOf[0].params.roles must be a non-empty list of role codes: missing",
            "transitions[3].guard.anyOf[1].not.params.mandatory[1] must be one of BUDGET, AUTHORITY, NEED, TIMELINE: MONEY"));
  }

  @Test
  void emptyCombinationsAndUnknownParams() {
    WorkflowDefinition d = base().transition(Transition.of("B", "approve", "DONE")
        .withGuard(CriterionSpec.allOf(CriterionSpec.anyOf(), CriterionSpec.of("reason.required", Map.of("min", 3)))))
        .build();
    assertThat(messages(d)).containsExactly("transitions[3].guard.allOf[0].anyOf must not be empty: []",
        "transitions[3].guard.allOf[1].params.min is not a parameter of this criterion type (it has none): min");
  }

  @Test
  void identityVersionAndInitialState() {
    WorkflowDefinition d = base().id("Test Flow").version(0).initialState("Z").build();
    assertThat(messages(d)).containsExactly("id must be lower-case words joined by '-' (at most 64 characters): Test Flow",
        "version must be positive: 0", "initialState must name a declared state: Z");
  }

  @Test
  void noStates() {
    WorkflowDefinition d = WorkflowDefinition.builder().id("empty").initialState("A").build();
    assertThat(messages(d)).containsExactly("states must not be empty");
  }

  @Test
  void malformedStateIdsDwellAndLeadTimes() {
    WorkflowDefinition d = base().state(State.builder("bad id", 5, StateKind.OPEN).maxDwell(Duration.ZERO)
        .leadTime(Duration.ofHours(-1)).build()).build();
    assertThat(messages(d)).containsExactly(
        "states[4].id must be letters, digits and '_', starting with a letter (at most 64 characters): bad id",
        "states[4].maxDwell must be positive: PT0S", "states[4].leadTime must not be negative: PT-1H",
        "states[4].id must be reachable from the initial state A: bad id"); // no transition enters it: true as well
  }

  @Test
  void transitionShape() {
    WorkflowDefinition d = base()
        .transition(Transition.raw("A", StateKind.OPEN, "B", false, "x", null, null))
        .transition(Transition.raw("A", null, "B", true, "y", null, null))
        .transition(Transition.raw("A", null, "B", false, "moveTo", null, null))
        .transition(Transition.raw("A", null, "B", false, "Go Now", null, null))
        .transition(Transition.fromKind(StateKind.of("CANCELLED"), "z", "A"))
        .build();
    assertThat(messages(d)).containsExactly("transitions[3] must have exactly one of from and fromKind",
        "transitions[4] must have exactly one of to and toLastOpen",
        "transitions[5].command must not be moveTo (reserved for direct moves): moveTo",
        "transitions[6].command must be lower-case words joined by '-': Go Now",
        "transitions[7].fromKind must be the kind of at least one declared state: CANCELLED");
  }

  @Test
  void lostReasonTaxonomy() {
    WorkflowDefinition empty = base().lostReasons(List.of()).build();
    assertThat(messages(empty)).containsExactly("lostReasons must not be empty when a LOST state is declared");
    WorkflowDefinition dup = base().lostReasons(List.of(LostReason.PRICE, LostReason.of("MERGER"), LostReason.PRICE)).build();
    assertThat(messages(dup)).containsExactly("lostReasons[2] must be unique: PRICE");
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    WorkflowDefinition d = base().version(-1)
        .state(State.builder("B", 6, StateKind.OPEN).probability("2").build())
        .transition(Transition.of("A", "go", "NOWHERE")).build();
    assertThatThrownBy(() -> Workflow.of(d, REGISTRY)).isInstanceOf(ValidationException.class)
        .hasMessage("4 problems:\n- version must be positive: -1\n- states[4].id must be unique (already declared by states[1]): B\n"
            + "- states[4].probability must be within [0, 1]: 2\n- transitions[3].to must name a declared state: NOWHERE");
  }

  @Test
  void forwardPolicyCountsFreeMovesForReachability() {
    WorkflowDefinition d = WorkflowDefinition.builder().id("free").movePolicy(MovePolicy.FORWARD)
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("DONE", 3, StateKind.WON).build())
        .build();
    assertThat(messages(d)).isEmpty();
    assertThat(messages(d.toBuilder().movePolicy(MovePolicy.DECLARED).build())).containsExactly(
        "states[1].id must be reachable from the initial state A: B",
        "states[2].id must be reachable from the initial state A: DONE",
        "states[0].id must have a way to a closed state: A", "states[1].id must have a way to a closed state: B");
  }

  // ------------------------------------------------ graph checks run together with every other check

  @Test
  void aStateLeftUnreachableByAMisspeltTransitionIsReportedWithTheMisspelling() {
    // the only edge into C names a misspelt source: C is reported unreachable, as the definition leaves it
    WorkflowDefinition d = base().state(State.builder("C", 5, StateKind.OPEN).probability("1.5").build())
        .transition(Transition.of("BB", "extra", "C")).build();
    assertThat(messages(d)).containsExactly("states[4].probability must be within [0, 1]: 1.5",
        "transitions[3].from must name a declared state: BB",
        "states[4].id must be reachable from the initial state A: C");
  }

  @Test
  void anOpenStateWhoseOnlyExitIsMisspeltHasNoWayToAClosedState() {
    WorkflowDefinition d = WorkflowDefinition.builder().id("typo").version(0)
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("DONE", 3, StateKind.WON).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("B", "finish", "DONNE"))
        .transition(Transition.of("A", "finish", "DONE"))
        .build();
    assertThat(messages(d)).containsExactly("version must be positive: 0",
        "transitions[1].to must name a declared state: DONNE",
        "states[1].id must have a way to a closed state: B");
  }

  @Test
  void aMisspeltTargetOnAnotherwiseConnectedGraphAddsNoGraphProblem() {
    // the misspelt edge is dropped, but B still reaches DONE another way: nothing spurious is reported
    WorkflowDefinition d = base().transition(Transition.of("B", "skip", "DONEE")).build();
    assertThat(messages(d)).containsExactly("transitions[3].to must name a declared state: DONEE");
  }

  @Test
  void unreachableAndNoWayOutAreListedAlongsideEveryOtherKindOfProblem() {
    WorkflowDefinition d = base().clearTransitions().id("Bad Flow").lostReasons(List.of(LostReason.PRICE, LostReason.PRICE))
        .state(State.builder("C", 5, StateKind.OPEN).maxDwell(Duration.ZERO).build())
        .state(State.builder("A", 6, StateKind.WON).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("B", "Finish", "DONE"))
        .transition(Transition.of("B", "finish", "DROPPED").withGuard(CriterionSpec.of("no.such")))
        .transition(Transition.of("B", "finish", "DONE"))
        .transition(Transition.of("C", "advance", "NOWHERE"))
        .build();
    assertThat(messages(d)).containsExactly(
        "id must be lower-case words joined by '-' (at most 64 characters): Bad Flow",
        "states[4].maxDwell must be positive: PT0S",
        "states[5].id must be unique (already declared by states[0]): A",
        "transitions[1].command must be lower-case words joined by '-': Finish",
        "transitions[2].guard.type must name a registered criterion type (registered: bant.qualified, role.required, "
            + "lost_reason.required, reason.required): no.such",
        "transitions[4].to must name a declared state: NOWHERE",
        "lostReasons[1] must be unique: PRICE",
        "transitions[3] is ambiguous with transitions[2] (both leave B on finish): give them distinct priorities",
        "states[4].id must be reachable from the initial state A: C",
        "states[4].id must have a way to a closed state: C");
  }

  @Test
  void allProblemsAtOnceIncludeTheGraphProblems() {
    WorkflowDefinition d = base().version(-1).state(State.builder("ISLAND", 5, StateKind.OPEN).probability("2").build())
        .transition(Transition.of("ISLAND", "go", "NOWHERE")).build();
    assertThatThrownBy(() -> Workflow.of(d, REGISTRY)).isInstanceOf(ValidationException.class)
        .hasMessage("4 problems:\n- version must be positive: -1\n- states[4].probability must be within [0, 1]: 2\n"
            + "- transitions[3].to must name a declared state: NOWHERE\n"
            + "- states[4].id must be reachable from the initial state A: ISLAND");
  }

  @Test
  void aDuplicatedIdCountsOnceAsItsFirstDeclaration() {
    // edges naming DONE or A lead to their first declarations, so the second DONE and the second A, were they
    // states of their own, would be unreachable: only the duplicates themselves are reported
    WorkflowDefinition d = base().state(State.builder("DONE", 5, StateKind.OPEN).build())
        .state(State.builder("A", 6, StateKind.LOST).build()).build();
    assertThat(messages(d)).containsExactly("states[4].id must be unique (already declared by states[2]): DONE",
        "states[5].id must be unique (already declared by states[0]): A");
    // edges naming a duplicated id resolve to its first declaration: B -> A (OPEN) is no way to a closed state
    WorkflowDefinition trap = WorkflowDefinition.builder().id("trap").version(1)
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("DONE", 3, StateKind.WON).build())
        .state(State.builder("B", 4, StateKind.WON).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("A", "finish", "DONE"))
        .transition(Transition.of("B", "back", "A"))
        .build();
    assertThat(messages(trap)).containsExactly("states[3].id must be unique (already declared by states[1]): B");
    WorkflowDefinition stuck = trap.toBuilder().clearTransitions()
        .transition(Transition.of("A", "advance", "B")).transition(Transition.of("A", "finish", "DONE")).build();
    assertThat(messages(stuck)).containsExactly("states[3].id must be unique (already declared by states[1]): B",
        "states[1].id must have a way to a closed state: B");
  }

  @Test
  void anUndeclaredInitialStateSkipsReachabilityButNotTheWayToAClosedState() {
    // every state would be unreachable from an undeclared initial state: that is not reported
    WorkflowDefinition d = WorkflowDefinition.builder().id("no-start").initialState("AA")
        .state(State.builder("A", 1, StateKind.OPEN).build())
        .state(State.builder("B", 2, StateKind.OPEN).build())
        .state(State.builder("DONE", 3, StateKind.WON).build())
        .transition(Transition.of("A", "advance", "B"))
        .transition(Transition.of("B", "back", "A"))
        .transition(Transition.of("A", "finish", "DONE"))
        .build();
    assertThat(messages(d)).containsExactly("initialState must name a declared state: AA");
    WorkflowDefinition stuck = d.toBuilder().clearTransitions().transition(Transition.of("A", "advance", "B")).build();
    assertThat(messages(stuck)).containsExactly("initialState must name a declared state: AA",
        "states[0].id must have a way to a closed state: A", "states[1].id must have a way to a closed state: B");
  }

  @Test
  void malformedTransitionsAddNoEdgeButOtherProblemsInATransitionKeepIt() {
    WorkflowDefinition d = base()
        .state(State.builder("C", 5, StateKind.OPEN).build())
        .state(State.builder("E", 6, StateKind.OPEN).build())
        .transition(Transition.raw("B", StateKind.OPEN, "C", false, "to-c", null, null))
        .transition(Transition.of("B", "Go E", "E"))
        .build();
    assertThat(messages(d)).containsExactly("transitions[3] must have exactly one of from and fromKind",
        "transitions[4].command must be lower-case words joined by '-': Go E",
        "states[4].id must be reachable from the initial state A: C");
  }

  @Test
  void ambiguityIgnoresTransitionsLeavingNoDeclaredStateButNotThoseWithAMisspeltTarget() {
    WorkflowDefinition d = base()
        .transition(Transition.of("AA", "advance", "DONE"))
        .transition(Transition.of("A", "advance", "DONNE"))
        .build();
    assertThat(messages(d)).containsExactly("transitions[3].from must name a declared state: AA",
        "transitions[4].to must name a declared state: DONNE",
        "transitions[4] is ambiguous with transitions[0] (both leave A on advance): give them distinct priorities");
  }
}
