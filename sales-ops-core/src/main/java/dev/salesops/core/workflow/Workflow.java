package dev.salesops.core.workflow;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Probability;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.CoreMessages;
import dev.salesops.core.message.Message;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The workflow engine: a validated {@link WorkflowDefinition} with its criteria resolved against a {@link
 * CriterionRegistry}, evaluating commands on {@link Snapshot}s as a pure function
 * {@code (definition, snapshot, command, context) -> Accepted(next snapshot, events) | Rejected(reasons)}.
 *
 * <p>There is no machine instance per record, no lock and no callback: one {@code Workflow} serves any number
 * of records on any number of threads.
 *
 * <pre>{@code
 * Workflow pipeline = Workflow.of(SalesPipeline.definition(), StandardCriteria.registry());
 * Snapshot deal = pipeline.start(createdAt, rep);
 * Evaluation e = pipeline.evaluate(deal, Command.advance(), now, rep, opportunity);
 * if (e instanceof Evaluation.Rejected r) show(r.reasons()); // every unmet criterion
 * }</pre>
 *
 * <h2>Rules of a move</h2>
 *
 * <ul>
 *   <li>A named command follows the declared edges for (current state, command): explicit edges before group
 *       edges, by descending priority (unset = 0), then in declaration order; the first edge whose checks all
 *       pass is taken. When none passes, the refusal lists the reasons of every candidate edge.
 *   <li>{@code moveTo(target)} follows the declared edges from the current state to {@code target} (whatever
 *       their command); failing that, under {@link MovePolicy#FORWARD}, a free forward move from an OPEN state
 *       to an OPEN or WON state of higher order, which also checks the exit criteria of every OPEN state it
 *       skips. Closed states are left, and LOST or custom closed kinds entered, only along declared edges.
 *   <li>Checks of a move, all evaluated so that a refusal lists <em>every</em> unmet criterion: the edge's
 *       guard; the exit criteria of the state left when the move makes progress (command {@code advance}, or a
 *       move to an OPEN or WON state of higher order; moves backwards, into LOST or custom closed kinds, or out
 *       of closed states are not held up by exit criteria); the entry criteria of the state entered; and, for a
 *       LOST state, a lost reason from the definition's taxonomy.
 *   <li>A {@code toLastOpen} edge (reopen) returns to the last OPEN state in the history (shallow history); the
 *       lost reason is cleared by any move (it is read from the last history entry).
 *   <li>An instant earlier than the last recorded move is invalid input ({@link ValidationException}), not a
 *       refusal: history never goes back in time.
 *   <li>A snapshot of another definition id is an {@link IllegalArgumentException}; a snapshot whose state
 *       does not exist in this version is mapped by the {@link SnapshotMigration} supplied with {@link
 *       #withMigration}, else it is an {@link IncompatibleSnapshotException} naming the state and both versions.
 *       A snapshot of another version whose state still exists is evaluated as is, and the accepted snapshot
 *       records this version.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Workflow {
  private static final Pattern DEFINITION_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern STATE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private final WorkflowDefinition definition;
  private final CriterionRegistry registry;
  private final SnapshotMigration migration;
  private final State[] states;
  private final Map<String, Integer> index;
  private final Criterion[] entry;
  private final Criterion[] exit;
  private final List<Map<String, Edge[]>> byCommand;
  /** Per state, its commands and their edges (the same as {@code byCommand}, scanned without hashing). */
  private final String[][] commandNames;
  private final Edge[][][] commandEdges;
  private final Edge[][] outgoing;
  /** Per state: OPEN, LOST or WON kind (compared once here, not per evaluation). */
  private final boolean[] open;
  private final boolean[] lost;
  private final boolean[] won;
  private final Set<String> lostReasonCodes;
  private final String lostReasonList;

  private Workflow(WorkflowDefinition definition, CriterionRegistry registry, SnapshotMigration migration,
      Criterion[] entry, Criterion[] exit, Criterion[] guards) {
    this.definition = definition;
    this.registry = registry;
    this.migration = migration;
    this.states = definition.states().toArray(new State[0]);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < states.length; i++) {
      idx.put(states[i].id(), i);
    }
    this.index = idx;
    this.entry = entry;
    this.exit = exit;
    List<Map<String, Edge[]>> cmds = new ArrayList<>();
    this.outgoing = new Edge[states.length][];
    List<Transition> ts = definition.transitions();
    for (int s = 0; s < states.length; s++) {
      List<Edge> edges = new ArrayList<>();
      for (int t = 0; t < ts.size(); t++) {
        Transition tr = ts.get(t);
        boolean matches = tr.isGroup() ? tr.fromKind().get().equals(states[s].kind()) : tr.from().get().equals(states[s].id());
        if (matches) {
          int target = tr.isToLastOpen() ? -1 : idx.get(tr.to().get());
          edges.add(new Edge(t, tr, target, guards[t], tr.priority().orElse(0), tr.isGroup()));
        }
      }
      edges.sort(Edge.ORDER);
      outgoing[s] = edges.toArray(new Edge[0]);
      Map<String, List<Edge>> grouped = new LinkedHashMap<>();
      for (Edge e : edges) {
        grouped.computeIfAbsent(e.transition.command(), k -> new ArrayList<>()).add(e);
      }
      Map<String, Edge[]> m = new HashMap<>();
      grouped.forEach((k, v) -> m.put(k, v.toArray(new Edge[0])));
      cmds.add(Collections.unmodifiableMap(m));
    }
    this.byCommand = List.copyOf(cmds);
    this.commandNames = new String[states.length][];
    this.commandEdges = new Edge[states.length][][];
    this.open = new boolean[states.length];
    this.lost = new boolean[states.length];
    this.won = new boolean[states.length];
    for (int s = 0; s < states.length; s++) {
      Map<String, Edge[]> m = cmds.get(s);
      commandNames[s] = m.keySet().toArray(new String[0]);
      commandEdges[s] = new Edge[commandNames[s].length][];
      for (int c = 0; c < commandNames[s].length; c++) {
        commandEdges[s][c] = m.get(commandNames[s][c]);
      }
      open[s] = states[s].isOpen();
      lost[s] = states[s].kind().equals(StateKind.LOST);
      won[s] = states[s].kind().equals(StateKind.WON);
    }
    Set<String> codes = new LinkedHashSet<>();
    definition.lostReasons().forEach(r -> codes.add(r.code()));
    this.lostReasonCodes = Set.copyOf(codes);
    this.lostReasonList = String.join(", ", codes);
  }

  /**
   * Validates {@code definition} and resolves its criteria against {@code registry}.
   *
   * @throws ValidationException listing every problem found (paths such as {@code
   *     states[2].exitCriteria.allOf[1].type})
   */
  public static Workflow of(WorkflowDefinition definition, CriterionRegistry registry) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(registry, "registry");
    Problems problems = new Problems();
    Criterion[][] compiled = check(definition, registry, problems);
    problems.throwIfAny();
    return new Workflow(definition, registry, null, compiled[0], compiled[1], compiled[2]);
  }

  /**
   * Every problem of {@code definition} against {@code registry}; empty when it is valid.
   *
   * <p>All checks run at once, in this order: identity and version; each state (id syntax, duplicate id,
   * probability, dwell, lead time, criteria); the initial state; each transition (shape, declared states,
   * command, guard); the lost-reason taxonomy; then the structural checks (ambiguous transitions, states not
   * reachable from the initial state, states with no way to a closed state). The structural checks run over
   * the well-formed part of the definition even when other problems were found: a duplicated state id counts
   * once (its first declaration), and a transition that is malformed or names an undeclared state adds no
   * edge. So a state left unreachable by a misspelt transition is reported as unreachable next to the
   * misspelling (the definition as written does leave it unreachable), while reachability is not checked at all
   * when the initial state is undeclared.
   */
  public static List<Problem> validate(WorkflowDefinition definition, CriterionRegistry registry) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(registry, "registry");
    Problems problems = new Problems();
    check(definition, registry, problems);
    return problems.toList();
  }

  /** This workflow with the host's migration hook for snapshots whose state no longer exists. */
  public Workflow withMigration(SnapshotMigration migration) {
    Objects.requireNonNull(migration, "migration");
    Problems unused = new Problems();
    Criterion[][] compiled = check(definition, registry, unused);
    return new Workflow(definition, registry, migration, compiled[0], compiled[1], compiled[2]);
  }

  /** The definition. */
  public WorkflowDefinition definition() {
    return definition;
  }

  /** The registry the criteria were resolved against. */
  public CriterionRegistry registry() {
    return registry;
  }

  /** The state {@code id}. */
  public Optional<State> state(String id) {
    Integer i = index.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(states[i]);
  }

  /** Whether {@code state} is declared and closed (any kind but OPEN). */
  public boolean isClosed(String state) {
    Integer i = index.get(Objects.requireNonNull(state, "state"));
    return i != null && states[i].kind().isClosed();
  }

  /** The default win probability of the snapshot's current state (sales pipelines), for forecasts. */
  public Optional<Probability> winProbability(Snapshot snapshot) {
    Snapshot s = compatible(Objects.requireNonNull(snapshot, "snapshot"));
    return states[index.get(s.state())].winProbability();
  }

  /** The forecast category of the snapshot's current state (sales pipelines). */
  public Optional<ForecastCategory> forecastCategory(Snapshot snapshot) {
    Snapshot s = compatible(Objects.requireNonNull(snapshot, "snapshot"));
    return states[index.get(s.state())].forecastCategory();
  }

  /** A new record in the initial state, started at {@code at} by {@code actor}. */
  public Snapshot start(Instant at, Actor actor) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    return Snapshot.start(definition.id(), definition.version(),
        HistoryEntry.of(null, states[index.get(definition.initialState())].id(), at, actor.id(), HistoryEntry.START, null,
            null));
  }

  /** {@link #evaluate(Snapshot, Command, Instant, Actor, Object)} without a subject. */
  public Evaluation evaluate(Snapshot snapshot, Command command, Instant at, Actor actor) {
    return evaluate(snapshot, command, at, actor, null);
  }

  /**
   * Evaluates {@code command} on {@code snapshot} at {@code at} by {@code actor} on the record {@code subject}
   * (e.g. the {@link dev.salesops.core.model.Opportunity} criteria read; may be {@code null}). Pure: the
   * snapshot is not changed.
   *
   * @throws ValidationException when {@code at} is before the last recorded move
   * @throws IncompatibleSnapshotException when the snapshot's state does not exist in this definition
   * @throws IllegalArgumentException when the snapshot belongs to another definition id
   */
  public Evaluation evaluate(Snapshot snapshot, Command command, Instant at, Actor actor, Object subject) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Snapshot s = snapshot;
    int cur = snapshot.definitionId().equals(definition.id()) ? indexOf(snapshot.state()) : -1;
    if (cur < 0) {
      s = compatible(snapshot);
      cur = indexOf(s.state());
    }
    HistoryEntry last = s.last();
    if (last.compareAt(at.getEpochSecond(), at.getNano()) > 0) {
      throw Checks.fail("at", "must not be before the last recorded move (" + last.at() + ")", at);
    }
    if (Command.MOVE_TO.equals(command.name())) {
      return moveTo(s, cur, command, at, actor, subject);
    }
    Edge[] edges = edges(cur, command.name());
    if (edges == null) {
      return new Evaluation.Rejected(s, command, null, List.of(CoreMessages.of(CoreMessages.COMMAND_UNAVAILABLE, null,
          "command", command.name(), "state", states[cur].id(), "available", availableCommands(cur))));
    }
    return follow(s, cur, edges, command, at, actor, subject);
  }

  private Evaluation moveTo(Snapshot s, int cur, Command command, Instant at, Actor actor, Object subject) {
    String targetId = command.targetOrNull();
    Integer target = index.get(targetId);
    if (target == null) {
      return new Evaluation.Rejected(s, command, null, List.of(CoreMessages.of(CoreMessages.STATE_UNDECLARED, null,
          "state", targetId, "definition", definition.id(), "version", definition.version())));
    }
    if (target == cur) {
      return new Evaluation.Rejected(s, command, targetId, List.of(CoreMessages.of(CoreMessages.ALREADY_IN, null,
          "state", targetId)));
    }
    int lastOpen = -2;
    List<Edge> candidates = new ArrayList<>(2);
    for (Edge e : outgoing[cur]) {
      int t = e.target;
      if (t == -1) {
        if (lastOpen == -2) {
          lastOpen = lastOpen(s);
        }
        t = lastOpen;
      }
      if (t == target) {
        candidates.add(e);
      }
    }
    if (!candidates.isEmpty()) {
      return follow(s, cur, candidates.toArray(new Edge[0]), command, at, actor, subject);
    }
    State from = states[cur];
    State to = states[target];
    if (definition.movePolicy() == MovePolicy.FORWARD && from.isOpen() && to.order() > from.order()
        && (to.isOpen() || to.kind().equals(StateKind.WON))) {
      List<Message> reasons = null;
      EngineContext ctx = new EngineContext(at, actor, subject, from.id(), to.id(), command, s);
      // the state left and every skipped OPEN state: their exit criteria, in order
      for (int i = 0; i < states.length; i++) {
        State st = states[i];
        boolean skipped = open[i] && st.order() > from.order() && st.order() < to.order();
        if ((i == cur || skipped) && exit[i] != null) {
          reasons = addUnmet(exit[i].evaluateForMove(ctx), reasons);
        }
      }
      if (entry[target] != null) {
        reasons = addUnmet(entry[target].evaluateForMove(ctx), reasons);
      }
      if (reasons != null) {
        return new Evaluation.Rejected(s, command, to.id(), reasons);
      }
      return accept(s, cur, target, command, at, actor);
    }
    return new Evaluation.Rejected(s, command, targetId, List.of(CoreMessages.of(
        definition.movePolicy() == MovePolicy.FORWARD ? CoreMessages.NO_FREE_MOVE : CoreMessages.NO_TRANSITION, null,
        "from", from.id(), "to", targetId)));
  }

  private Evaluation follow(Snapshot s, int cur, Edge[] edges, Command command, Instant at, Actor actor, Object subject) {
    List<Message> reasons = null;
    String onlyTarget = null;
    int lastOpen = -2;
    for (int k = 0; k < edges.length; k++) {
      Edge e = edges[k];
      int target = e.target;
      if (target == -1) {
        if (lastOpen == -2) {
          lastOpen = lastOpen(s);
        }
        target = lastOpen;
        if (target < 0) {
          reasons = add(reasons, CoreMessages.of(CoreMessages.NO_OPEN_STATE, null));
          continue;
        }
      }
      List<Message> unmet = checks(s, cur, target, e, command, at, actor, subject);
      if (unmet == null) {
        return accept(s, cur, target, command, at, actor);
      }
      if (edges.length == 1) {
        onlyTarget = states[target].id();
        reasons = addAll(reasons, unmet);
      } else {
        for (Message u : unmet) {
          reasons = add(reasons, CoreMessages.of(CoreMessages.TO_TARGET, null, "state", states[target].id(), "reason", u));
        }
      }
    }
    return new Evaluation.Rejected(s, command, onlyTarget, reasons);
  }

  /** The unmet reasons of moving along {@code e}, or {@code null} when every check passes. */
  private List<Message> checks(Snapshot s, int cur, int target, Edge e, Command command, Instant at, Actor actor,
      Object subject) {
    State from = states[cur];
    State to = states[target];
    List<Message> reasons = null;
    boolean progress = e.advance || (to.order() > from.order() && (open[target] || won[target]));
    Criterion exitCriterion = progress && open[cur] ? exit[cur] : null;
    Criterion entryCriterion = entry[target];
    if (e.guard != null || exitCriterion != null || entryCriterion != null) {
      // one context, made in one place (so that the JIT can keep it off the heap when the criteria inline)
      EngineContext ctx = new EngineContext(at, actor, subject, from.id(), to.id(), command, s);
      if (e.guard != null) {
        reasons = addUnmet(e.guard.evaluateForMove(ctx), reasons);
      }
      if (exitCriterion != null) {
        reasons = addUnmet(exitCriterion.evaluateForMove(ctx), reasons);
      }
      if (entryCriterion != null) {
        reasons = addUnmet(entryCriterion.evaluateForMove(ctx), reasons);
      }
    }
    if (lost[target]) {
      LostReason lr = command.lostReasonOrNull();
      if (lr == null) {
        reasons = add(reasons, CoreMessages.of(CoreMessages.LOST_REASON_TO_ENTER, null, "state", to.id(),
            "allowed", lostReasonList));
      } else if (!lostReasonCodes.contains(lr.code())) {
        reasons = add(reasons, CoreMessages.of(CoreMessages.LOST_REASON_NOT_IN_TAXONOMY, null, "reason", lr.code(),
            "definition", definition.id(), "allowed", lostReasonList));
      }
    }
    return reasons;
  }

  private static List<Message> addUnmet(CriterionResult r, List<Message> reasons) {
    if (r == null) {
      return add(reasons, CoreMessages.of(CoreMessages.NO_RESULT, null));
    }
    return r.met() ? reasons : addAll(reasons, r.messages());
  }

  // Reasons are gathered without copying: a criterion's messages (an immutable list) are used as they are while
  // they are the only reasons, and copied into a list of our own (an ArrayList) only when more are added.
  // Evaluation.Rejected keeps an immutable list as is.

  private static List<Message> add(List<Message> reasons, Message reason) {
    List<Message> out = owned(reasons, 1);
    out.add(reason);
    return out;
  }

  private static List<Message> addAll(List<Message> reasons, List<Message> more) {
    if (reasons == null) {
      return more;
    }
    List<Message> out = owned(reasons, more.size());
    out.addAll(more);
    return out;
  }

  private static List<Message> owned(List<Message> reasons, int more) {
    if (reasons == null) {
      return new ArrayList<>(Math.max(2, more));
    }
    if (reasons instanceof ArrayList) {
      return reasons;
    }
    List<Message> out = new ArrayList<>(reasons.size() + more);
    out.addAll(reasons);
    return out;
  }

  /** The index of state {@code id}, or -1: state ids of snapshots moved by this workflow are its own instances. */
  private int indexOf(String id) {
    for (int i = 0; i < states.length; i++) {
      if (states[i].id() == id) {
        return i;
      }
    }
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  /** The edges of {@code command} from state {@code cur}, or null. */
  private Edge[] edges(int cur, String command) {
    String[] names = commandNames[cur];
    for (int c = 0; c < names.length; c++) {
      if (names[c].equals(command)) {
        return commandEdges[cur][c];
      }
    }
    return null;
  }

  private Evaluation accept(Snapshot s, int cur, int target, Command command, Instant at, Actor actor) {
    State to = states[target];
    LostReason lr = lost[target] ? command.lostReasonOrNull() : null;
    // the state ids are this definition's (validated when it was loaded) and a command's reason was checked when
    // the command was built, so only what the engine cannot know yet is checked here
    HistoryEntry entry = HistoryEntry.ofValidatedNames(states[cur].id(), to.id(), at, actor.id(), command.name(),
        command.reasonOrNull(), lr);
    Snapshot next = s.append(definition.version(), entry);
    boolean closed = open[cur] && !open[target];
    boolean reopened = !open[cur] && open[target];
    return new Evaluation.Accepted(s, next, closed, reopened);
  }

  /** The index of the last OPEN state in the history before the current entry, or -1. */
  private int lastOpen(Snapshot s) {
    for (int i = s.historySize() - 1; i >= 0; i--) {
      Integer idx = index.get(s.entry(i).to());
      if (idx != null && states[idx].isOpen()) {
        return idx;
      }
    }
    return -1;
  }

  /** The last OPEN state the record was in (itself when open); empty when it never was. */
  public Optional<String> lastOpenState(Snapshot snapshot) {
    int i = lastOpen(compatible(Objects.requireNonNull(snapshot, "snapshot")));
    return i < 0 ? Optional.empty() : Optional.of(states[i].id());
  }

  /** The commands declared from the snapshot's state (plus {@code moveTo}), sorted. */
  public List<String> availableCommands(Snapshot snapshot) {
    return availableCommands(index.get(compatible(Objects.requireNonNull(snapshot, "snapshot")).state()));
  }

  private List<String> availableCommands(int cur) {
    List<String> names = new ArrayList<>(byCommand.get(cur).keySet());
    names.add(Command.MOVE_TO);
    Collections.sort(names);
    return names;
  }

  /**
   * The stall of {@code snapshot} at {@code at}: present when its current state has a maximum dwell time and the
   * record has been in it longer than that ({@code dwell > maxDwell}) at {@code at}.
   */
  public Optional<Stall> stall(Snapshot snapshot, Instant at) {
    Objects.requireNonNull(at, "at");
    Snapshot s = compatible(Objects.requireNonNull(snapshot, "snapshot"));
    State st = states[index.get(s.state())];
    if (st.maxDwell().isEmpty()) {
      return Optional.empty();
    }
    Duration dwell = s.dwell(at);
    Duration max = st.maxDwell().get();
    return dwell.compareTo(max) > 0 ? Optional.of(new Stall(st.id(), s.enteredAt(), dwell, max)) : Optional.empty();
  }

  /**
   * The stalled records among {@code records} at {@code at} (see {@link #stall}), keyed like the input and in
   * its iteration order: the "which deals are stuck" alert query.
   */
  public <K> Map<K, Stall> stalled(Map<K, Snapshot> records, Instant at) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(at, "at");
    Map<K, Stall> out = new LinkedHashMap<>();
    records.forEach((k, s) -> stall(s, at).ifPresent(st -> out.put(k, st)));
    return Collections.unmodifiableMap(out);
  }

  /** Whether {@code snapshot} is stalled at {@code at} (see {@link #stall}). */
  public boolean isStalled(Snapshot snapshot, Instant at) {
    return stall(snapshot, at).isPresent();
  }

  /**
   * The snapshot mapped onto this definition: itself when its state exists here, else the migration's result.
   *
   * @throws IncompatibleSnapshotException when the state does not exist and no migration maps it
   * @throws IllegalArgumentException when the snapshot belongs to another definition id
   */
  public Snapshot migrate(Snapshot snapshot) {
    return compatible(Objects.requireNonNull(snapshot, "snapshot"));
  }

  private Snapshot compatible(Snapshot s) {
    if (!s.definitionId().equals(definition.id())) {
      throw new IllegalArgumentException("the snapshot belongs to definition " + s.definitionId() + ", not "
          + definition.id());
    }
    if (index.containsKey(s.state())) {
      return s;
    }
    if (migration != null) {
      Snapshot m = migration.migrate(s, definition);
      if (m != null && m.definitionId().equals(definition.id()) && index.containsKey(m.state())) {
        return m;
      }
    }
    throw new IncompatibleSnapshotException(definition.id(), s.state(), s.definitionVersion(), definition.version(),
        migration != null);
  }

  /** The definition as a Mermaid {@code stateDiagram-v2} (see {@link Mermaid}). */
  public String toMermaid() {
    return Mermaid.of(definition);
  }

  @Override
  public String toString() {
    return "Workflow{" + definition.id() + " v" + definition.version() + "}";
  }

  // ---------------------------------------------------------------- validation

  private static Criterion[][] check(WorkflowDefinition d, CriterionRegistry registry, Problems problems) {
    if (!DEFINITION_ID.matcher(d.id()).matches() || d.id().length() > 64) {
      problems.add("id", "must be lower-case words joined by '-' (at most 64 characters)", d.id());
    }
    if (d.version() <= 0) {
      problems.add("version", "must be positive", d.version());
    }
    List<State> states = d.states();
    if (states.isEmpty()) {
      problems.add("states", "must not be empty");
    }
    Map<String, Integer> idx = new HashMap<>();
    Criterion[] entry = new Criterion[states.size()];
    Criterion[] exit = new Criterion[states.size()];
    for (int i = 0; i < states.size(); i++) {
      State s = states.get(i);
      String p = "states[" + i + "]";
      if (!STATE_ID.matcher(s.id()).matches()) {
        problems.add(p + ".id", "must be letters, digits and '_', starting with a letter (at most 64 characters)", s.id());
      }
      Integer prev = idx.putIfAbsent(s.id(), i);
      if (prev != null) {
        problems.add(p + ".id", "must be unique (already declared by states[" + prev + "])", s.id());
      }
      if (s.probability().isPresent()) {
        BigDecimal pr = s.probability().get();
        if (pr.signum() < 0 || pr.compareTo(BigDecimal.ONE) > 0) {
          problems.add(p + ".probability", "must be within [0, 1]", pr.toPlainString());
        }
      }
      s.maxDwell().ifPresent(m -> {
        if (m.isNegative() || m.isZero()) {
          problems.add(p + ".maxDwell", "must be positive", m);
        }
      });
      s.leadTime().ifPresent(m -> {
        if (m.isNegative()) {
          problems.add(p + ".leadTime", "must not be negative", m);
        }
      });
      if (s.entryCriteria().isPresent()) {
        entry[i] = CriteriaCompiler.compile(s.entryCriteria().get(), registry, p + ".entryCriteria", problems);
      }
      if (s.exitCriteria().isPresent()) {
        exit[i] = CriteriaCompiler.compile(s.exitCriteria().get(), registry, p + ".exitCriteria", problems);
      }
    }
    if (!states.isEmpty() && !idx.containsKey(d.initialState())) {
      problems.add("initialState", "must name a declared state", d.initialState());
    }
    Set<StateKind> kinds = new HashSet<>();
    states.forEach(s -> kinds.add(s.kind()));
    List<Transition> ts = d.transitions();
    Criterion[] guards = new Criterion[ts.size()];
    // sourceOk[i]: transitions[i] leaves a well-defined set of states (one of from/fromKind, from declared);
    // edgeOk[i]: moreover it enters a well-defined state (one of to/toLastOpen, to declared)
    boolean[] sourceOk = new boolean[ts.size()];
    boolean[] edgeOk = new boolean[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      Transition t = ts.get(i);
      String p = "transitions[" + i + "]";
      boolean source = true;
      boolean target = true;
      if (t.from().isPresent() == t.fromKind().isPresent()) {
        problems.add(p, "must have exactly one of from and fromKind");
        source = false;
      }
      if (t.to().isPresent() == t.isToLastOpen()) {
        problems.add(p, "must have exactly one of to and toLastOpen");
        target = false;
      }
      if (t.from().isPresent() && !idx.containsKey(t.from().get())) {
        problems.add(p + ".from", "must name a declared state", t.from().get());
        source = false;
      }
      if (t.fromKind().isPresent() && !kinds.contains(t.fromKind().get())) {
        problems.add(p + ".fromKind", "must be the kind of at least one declared state", t.fromKind().get());
      }
      if (t.to().isPresent() && !idx.containsKey(t.to().get())) {
        problems.add(p + ".to", "must name a declared state", t.to().get());
        target = false;
      }
      sourceOk[i] = source;
      edgeOk[i] = source && target;
      if (Command.MOVE_TO.equals(t.command())) {
        problems.add(p + ".command", "must not be moveTo (reserved for direct moves)", t.command());
      } else if (!Command.NAME.matcher(t.command()).matches()) {
        problems.add(p + ".command", "must be lower-case words joined by '-'", t.command());
      }
      if (t.guard().isPresent()) {
        guards[i] = CriteriaCompiler.compile(t.guard().get(), registry, p + ".guard", problems);
      }
    }
    Set<String> reasons = new HashSet<>();
    for (int i = 0; i < d.lostReasons().size(); i++) {
      if (!reasons.add(d.lostReasons().get(i).code())) {
        problems.add("lostReasons[" + i + "]", "must be unique", d.lostReasons().get(i).code());
      }
    }
    if (d.lostReasons().isEmpty() && kinds.contains(StateKind.LOST)) {
      problems.add("lostReasons", "must not be empty when a LOST state is declared");
    }
    // the structural checks always run, over the well-formed part of the definition (see checkGraph)
    checkAmbiguity(states, idx, ts, sourceOk, problems);
    checkGraph(d, states, idx, ts, edgeOk, problems);
    return new Criterion[][] {entry, exit, guards};
  }

  /**
   * Reports every pair of transitions leaving the same state on the same command, both explicit or both group
   * edges, with equal priorities. Only transitions with a well-formed source ({@code sourceOk}) take part (a
   * transition whose {@code from} names no declared state leaves no state); the target does not matter (two
   * edges on the same (state, command) are ambiguous wherever they lead). A duplicated state id counts once,
   * as its first declaration.
   */
  private static void checkAmbiguity(List<State> states, Map<String, Integer> idx, List<Transition> ts,
      boolean[] sourceOk, Problems problems) {
    Set<Long> reported = new HashSet<>();
    for (int si = 0; si < states.size(); si++) {
      State s = states.get(si);
      if (idx.get(s.id()) != si) {
        continue; // a duplicate declaration: reported as such, not as a state of its own
      }
      Map<String, List<Integer>> byCmd = new LinkedHashMap<>();
      for (int i = 0; i < ts.size(); i++) {
        Transition t = ts.get(i);
        if (!sourceOk[i]) {
          continue;
        }
        boolean m = t.isGroup() ? t.fromKind().get().equals(s.kind()) : t.from().get().equals(s.id());
        if (m) {
          byCmd.computeIfAbsent(t.command(), k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> list : byCmd.values()) {
        for (int a = 0; a < list.size(); a++) {
          for (int b = a + 1; b < list.size(); b++) {
            Transition ta = ts.get(list.get(a));
            Transition tb = ts.get(list.get(b));
            if (ta.isGroup() == tb.isGroup() && ta.priority().equals(tb.priority())
                && reported.add(((long) list.get(a) << 32) | list.get(b))) {
              problems.add("transitions[" + list.get(b) + "]", "is ambiguous with transitions[" + list.get(a)
                  + "] (both leave " + s.id() + " on " + ta.command() + "): give them distinct priorities");
            }
          }
        }
      }
    }
  }

  /**
   * The graph checks: every state reachable from the initial state, and a way from every state to a closed
   * state. They run together with all other checks, over the well-formed part of the definition:
   *
   * <ul>
   *   <li>The nodes are the declared states; a duplicated id counts once, as its first declaration (the later
   *       declarations are reported as duplicates and take no further part).
   *   <li>The edges are the transitions with a well-formed source and target ({@code edgeOk}): a transition
   *       with a malformed shape or naming an undeclared state is reported as such and adds no edge. Problems
   *       elsewhere in a transition (command name, guard) do not remove its edge.
   *   <li>Hence a state whose only incoming (or outgoing) transition names a misspelt state <em>is</em>
   *       reported as unreachable (or as having no way to a closed state) in addition to the misspelling: the
   *       definition as written does leave it so, and the pair of messages points at the fix.
   *   <li>When the initial state is not declared, reachability is not checked (every state would be
   *       reported); the way to a closed state, which does not depend on it, still is.
   * </ul>
   */
  private static void checkGraph(WorkflowDefinition d, List<State> states, Map<String, Integer> idx, List<Transition> ts,
      boolean[] edgeOk, Problems problems) {
    int n = states.size();
    boolean[] node = new boolean[n];
    for (int i = 0; i < n; i++) {
      node[i] = idx.get(states.get(i).id()) == i;
    }
    List<Set<Integer>> next = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      next.add(new LinkedHashSet<>());
    }
    for (int k = 0; k < ts.size(); k++) {
      Transition t = ts.get(k);
      if (!edgeOk[k] || t.isToLastOpen()) {
        continue; // malformed (reported already), or returns to a state already visited: reaches nothing new
      }
      int to = idx.get(t.to().get());
      for (int i = 0; i < n; i++) {
        boolean m = t.isGroup() ? t.fromKind().get().equals(states.get(i).kind()) : t.from().get().equals(states.get(i).id());
        if (m && node[i]) {
          next.get(i).add(to);
        }
      }
    }
    if (d.movePolicy() == MovePolicy.FORWARD) {
      for (int i = 0; i < n; i++) {
        State a = states.get(i);
        for (int j = 0; j < n; j++) {
          State b = states.get(j);
          if (node[i] && node[j] && a.isOpen() && b.order() > a.order()
              && (b.isOpen() || b.kind().equals(StateKind.WON))) {
            next.get(i).add(j);
          }
        }
      }
    }
    Integer init = idx.get(d.initialState());
    if (init != null) {
      boolean[] reached = new boolean[n];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(init);
      reached[init] = true;
      while (!queue.isEmpty()) {
        for (int j : next.get(queue.poll())) {
          if (!reached[j]) {
            reached[j] = true;
            queue.add(j);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (node[i] && !reached[i]) {
          problems.add("states[" + i + "].id", "must be reachable from the initial state " + d.initialState(),
              states.get(i).id());
        }
      }
    }
    // states from which a closed state can be reached: backwards fixpoint
    boolean[] closes = new boolean[n];
    for (int i = 0; i < n; i++) {
      closes[i] = states.get(i).kind().isClosed();
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        if (node[i] && !closes[i]) {
          for (int j : next.get(i)) {
            if (closes[j]) {
              closes[i] = true;
              changed = true;
              break;
            }
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (node[i] && !closes[i]) {
        problems.add("states[" + i + "].id", "must have a way to a closed state", states.get(i).id());
      }
    }
  }

  // ---------------------------------------------------------------- internals

  /** A resolved edge. */
  private static final class Edge {
    static final Comparator<Edge> ORDER = Comparator.comparing((Edge e) -> e.group)
        .thenComparing(Comparator.comparingInt((Edge e) -> e.priority).reversed())
        .thenComparingInt(e -> e.declared);

    final int declared;
    final Transition transition;
    final int target;
    final Criterion guard;
    final int priority;
    final boolean group;
    final boolean advance;

    Edge(int declared, Transition transition, int target, Criterion guard, int priority, boolean group) {
      this.declared = declared;
      this.transition = transition;
      this.advance = Command.ADVANCE.equals(transition.command());
      this.target = target;
      this.guard = guard;
      this.priority = priority;
      this.group = group;
    }
  }

  /** The engine's {@link GuardContext}. */
  private static final class EngineContext implements GuardContext {
    private final Instant at;
    private final Actor actor;
    private final Object subject;
    private final String from;
    private final String to;
    private final Command command;
    private final Snapshot snapshot;

    EngineContext(Instant at, Actor actor, Object subject, String from, String to, Command command, Snapshot snapshot) {
      this.at = at;
      this.actor = actor;
      this.subject = subject;
      this.from = from;
      this.to = to;
      this.command = command;
      this.snapshot = snapshot;
    }

    @Override
    public Instant at() {
      return at;
    }

    @Override
    public Actor actor() {
      return actor;
    }

    @Override
    public Optional<Object> subject() {
      return Optional.ofNullable(subject);
    }

    @Override
    public <T> Optional<T> subject(Class<T> type) {
      Objects.requireNonNull(type, "type");
      return type.isInstance(subject) ? Optional.of(type.cast(subject)) : Optional.empty();
    }

    @Override
    public String fromState() {
      return from;
    }

    @Override
    public String toState() {
      return to;
    }

    @Override
    public String command() {
      return command.name();
    }

    @Override
    public Optional<LostReason> lostReason() {
      return command.lostReason();
    }

    @Override
    public Optional<String> reason() {
      return command.reason();
    }

    @Override
    public Optional<Snapshot> snapshot() {
      return Optional.of(snapshot);
    }

    @Override
    public String toString() {
      return "GuardContext{" + from + "->" + to + " by " + actor.id() + " at " + at + " (" + command.name() + ")}";
    }
  }
}
