package dev.salesops.core.workflow;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An edge of a {@link WorkflowDefinition}: from one state ({@code from}) or from every state of a kind
 * ({@code fromKind}, a <em>group edge</em> such as "any OPEN state -> CLOSED_LOST"), on a named command, to a
 * state ({@code to}) or back to the last open state the record was in ({@code toLastOpen}: shallow history,
 * used by reopen edges), optionally guarded by a criterion and ranked by a priority.
 *
 * <p>When several edges match the same state and command, the engine tries them by descending priority and
 * takes the first whose guard holds; a definition that declares two guarded edges for the same (state,
 * command) without distinct priorities is refused when loaded. Explicit edges win over group edges of the
 * same priority.
 *
 * <p>Command names: {@code advance}, {@code close-won}, {@code close-lost}, {@code reopen}, or a custom
 * lower-case name ({@code [a-z][a-z0-9-]*}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Transition {
  private final String from;
  private final StateKind fromKind;
  private final String to;
  private final boolean toLastOpen;
  private final String command;
  private final CriterionSpec guard;
  private final Integer priority;

  private Transition(String from, StateKind fromKind, String to, boolean toLastOpen, String command, CriterionSpec guard,
      Integer priority) {
    this.from = from;
    this.fromKind = fromKind;
    this.to = to;
    this.toLastOpen = toLastOpen;
    this.command = Objects.requireNonNull(command, "command");
    this.guard = guard;
    this.priority = priority;
  }

  /** An edge {@code from -command-> to}. */
  public static Transition of(String from, String command, String to) {
    return new Transition(Objects.requireNonNull(from, "from"), null, Objects.requireNonNull(to, "to"), false, command,
        null, null);
  }

  /** A group edge from every state of {@code fromKind} on {@code command} to {@code to}. */
  public static Transition fromKind(StateKind fromKind, String command, String to) {
    return new Transition(null, Objects.requireNonNull(fromKind, "fromKind"), Objects.requireNonNull(to, "to"), false,
        command, null, null);
  }

  /** A reopen edge from {@code from} back to the last open state the record was in. */
  public static Transition toLastOpen(String from, String command) {
    return new Transition(Objects.requireNonNull(from, "from"), null, null, true, command, null, null);
  }

  /** A reopen edge from every state of {@code fromKind} back to the last open state. */
  public static Transition toLastOpen(StateKind fromKind, String command) {
    return new Transition(null, Objects.requireNonNull(fromKind, "fromKind"), null, true, command, null, null);
  }

  /**
   * The raw form, as read from data: exactly one of {@code from}/{@code fromKind} and one of {@code to}/{@code
   * toLastOpen} should be set (checked by validation, not here).
   */
  public static Transition raw(String from, StateKind fromKind, String to, boolean toLastOpen, String command,
      CriterionSpec guard, Integer priority) {
    return new Transition(from, fromKind, to, toLastOpen, command, guard, priority);
  }

  /** This edge with a guard. */
  public Transition withGuard(CriterionSpec guard) {
    return new Transition(from, fromKind, to, toLastOpen, command, Objects.requireNonNull(guard, "guard"), priority);
  }

  /** This edge with a priority (higher is tried first). */
  public Transition withPriority(int priority) {
    return new Transition(from, fromKind, to, toLastOpen, command, guard, priority);
  }

  /** The source state, for an explicit edge. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  /** The source kind, for a group edge. */
  public Optional<StateKind> fromKind() {
    return Optional.ofNullable(fromKind);
  }

  /** The target state, unless the edge goes back to the last open state. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /** Whether the edge returns to the last open state (shallow history). */
  public boolean isToLastOpen() {
    return toLastOpen;
  }

  /** Whether this is a group edge. */
  public boolean isGroup() {
    return fromKind != null;
  }

  /** The command name. */
  public String command() {
    return command;
  }

  /** The guard. */
  public Optional<CriterionSpec> guard() {
    return Optional.ofNullable(guard);
  }

  /** The explicit priority. */
  public OptionalInt priority() {
    return priority == null ? OptionalInt.empty() : OptionalInt.of(priority);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Transition)) {
      return false;
    }
    Transition t = (Transition) o;
    return Objects.equals(from, t.from) && Objects.equals(fromKind, t.fromKind) && Objects.equals(to, t.to)
        && toLastOpen == t.toLastOpen && command.equals(t.command) && Objects.equals(guard, t.guard)
        && Objects.equals(priority, t.priority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, fromKind, to, toLastOpen, command, guard, priority);
  }

  @Override
  public String toString() {
    return (from != null ? from : "any " + fromKind) + " -" + command + "-> " + (toLastOpen ? "(last open)" : to)
        + (guard == null ? "" : " [" + guard.label() + "]") + (priority == null ? "" : " p" + priority);
  }
}
