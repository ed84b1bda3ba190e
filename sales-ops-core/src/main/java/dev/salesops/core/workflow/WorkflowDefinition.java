package dev.salesops.core.workflow;

import dev.salesops.core.model.LostReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow definition as versioned <em>data</em>: id, version, initial state, states, transitions (explicit
 * and group edges, with guards as {@link CriterionSpec criteria data}), the lost-reason taxonomy and the
 * {@link MovePolicy}. It is inert: {@link Workflow#of(WorkflowDefinition, CriterionRegistry)} validates it
 * (every problem at once) and resolves its criteria into a {@link Workflow} that evaluates commands.
 *
 * <p>JSON form (see {@link WorkflowJson}):
 *
 * <pre>{@code
 * {"id": "sales-pipeline", "version": 1, "initialState": "LEAD_CAPTURE", "movePolicy": "FORWARD",
 *  "lostReasons": ["PRICE", "COMPETITOR", ...],
 *  "states": [{"id": "QUALIFICATION", "order": 2, "kind": "OPEN", "probability": 0.1,
 *              "forecastCategory": "PIPELINE", "maxDwell": "P14D",
 *              "exitCriteria": {"type": "bant.qualified", "params": {}}}, ...],
 *  "transitions": [{"from": "QUALIFICATION", "command": "advance", "to": "DISCOVERY"},
 *                  {"fromKind": "OPEN", "command": "close-lost", "to": "CLOSED_LOST"},
 *                  {"from": "CLOSED_LOST", "command": "reopen", "toLastOpen": true,
 *                   "guard": {"type": "role.required", "params": {"roles": ["MANAGER"]}}}]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkflowDefinition {
  private final String id;
  private final int version;
  private final String initialState;
  private final List<State> states;
  private final List<Transition> transitions;
  private final List<LostReason> lostReasons;
  private final MovePolicy movePolicy;
  private final String description;

  private WorkflowDefinition(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.version = b.version;
    this.initialState = Objects.requireNonNull(b.initialState, "initialState");
    this.states = List.copyOf(b.states);
    this.transitions = List.copyOf(b.transitions);
    this.lostReasons = List.copyOf(b.lostReasons);
    this.movePolicy = b.movePolicy;
    this.description = b.description;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this definition (e.g. to make the next version). */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).version(version).initialState(initialState).movePolicy(movePolicy);
    b.states.addAll(states);
    b.transitions.addAll(transitions);
    b.lostReasons(lostReasons);
    b.description = description;
    return b;
  }

  /** The id, e.g. {@code "sales-pipeline"}. */
  public String id() {
    return id;
  }

  /** The version (positive); snapshots record the version they were made under. */
  public int version() {
    return version;
  }

  /** The state a new record starts in. */
  public String initialState() {
    return initialState;
  }

  /** The states, in declaration order. */
  public List<State> states() {
    return states;
  }

  /** The state with {@code id}. */
  public Optional<State> state(String id) {
    Objects.requireNonNull(id, "id");
    for (State s : states) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The transitions, in declaration order. */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * The lost-reason taxonomy: a move into a LOST state must name one of these. Defaults to {@link
   * LostReason#wellKnown()}; hosts add their own values.
   */
  public List<LostReason> lostReasons() {
    return lostReasons;
  }

  /** What {@code moveTo} may do beyond declared edges. */
  public MovePolicy movePolicy() {
    return movePolicy;
  }

  /** A human description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WorkflowDefinition)) {
      return false;
    }
    WorkflowDefinition d = (WorkflowDefinition) o;
    return id.equals(d.id) && version == d.version && initialState.equals(d.initialState) && states.equals(d.states)
        && transitions.equals(d.transitions) && lostReasons.equals(d.lostReasons) && movePolicy == d.movePolicy
        && Objects.equals(description, d.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, initialState, states, transitions, lostReasons, movePolicy, description);
  }

  @Override
  public String toString() {
    return "WorkflowDefinition{" + id + " v" + version + ", " + states.size() + " states, " + transitions.size()
        + " transitions}";
  }

  /** Builds a {@link WorkflowDefinition}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private int version = 1;
    private String initialState;
    private final List<State> states = new ArrayList<>();
    private final List<Transition> transitions = new ArrayList<>();
    private final List<LostReason> lostReasons = new ArrayList<>(LostReason.wellKnown());
    private MovePolicy movePolicy = MovePolicy.DECLARED;
    private String description;

    private Builder() {}

    /** The id. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The version (default 1). */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /** The initial state (default: the first state added). */
    public Builder initialState(String initialState) {
      this.initialState = Objects.requireNonNull(initialState, "initialState");
      return this;
    }

    /** Adds a state. */
    public Builder state(State state) {
      states.add(Objects.requireNonNull(state, "state"));
      if (initialState == null) {
        initialState = state.id();
      }
      return this;
    }

    /** Adds states. */
    public Builder states(List<State> states) {
      states.forEach(this::state);
      return this;
    }

    /** Removes all states. */
    public Builder clearStates() {
      states.clear();
      return this;
    }

    /** Adds a transition. */
    public Builder transition(Transition transition) {
      transitions.add(Objects.requireNonNull(transition, "transition"));
      return this;
    }

    /** Adds transitions. */
    public Builder transitions(List<Transition> transitions) {
      transitions.forEach(this::transition);
      return this;
    }

    /** Removes all transitions. */
    public Builder clearTransitions() {
      transitions.clear();
      return this;
    }

    /** Adds {@code command} edges along {@code ids}: {@code ids[0] -> ids[1] -> ...}. */
    public Builder chain(String command, String... ids) {
      for (int i = 0; i + 1 < ids.length; i++) {
        transition(Transition.of(ids[i], command, ids[i + 1]));
      }
      return this;
    }

    /** Replaces the lost-reason taxonomy. */
    public Builder lostReasons(List<LostReason> lostReasons) {
      this.lostReasons.clear();
      lostReasons.forEach(r -> this.lostReasons.add(Objects.requireNonNull(r, "lostReason")));
      return this;
    }

    /** The move policy (default {@link MovePolicy#DECLARED}). */
    public Builder movePolicy(MovePolicy movePolicy) {
      this.movePolicy = Objects.requireNonNull(movePolicy, "movePolicy");
      return this;
    }

    /** The description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The definition (not validated: see {@link Workflow#of}). */
    public WorkflowDefinition build() {
      return new WorkflowDefinition(this);
    }
  }
}
