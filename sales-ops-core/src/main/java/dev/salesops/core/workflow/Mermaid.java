package dev.salesops.core.workflow;

import java.util.List;
import java.util.Objects;

/**
 * Exports a {@link WorkflowDefinition} as a Mermaid {@code stateDiagram-v2}: one line per edge labelled with
 * its command and, in brackets, its guard and the exit criteria of the state it leaves; group edges are drawn
 * from every state of their kind; reopen edges that return to the last open state point at a pseudo-state
 * {@code LAST_OPEN}; closed states without outgoing edges lead to {@code [*]}.
 *
 * <pre>{@code
 * stateDiagram-v2
 *     [*] --> LEAD_CAPTURE
 *     QUALIFICATION --> DISCOVERY : advance [exit bant.qualified]
 *     CLOSED_LOST --> LAST_OPEN : reopen [role.required]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mermaid {
  private Mermaid() {}

  /** The diagram of {@code definition}. */
  public static String of(WorkflowDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    List<State> states = definition.states();
    boolean lastOpen = definition.transitions().stream().anyMatch(Transition::isToLastOpen);
    if (lastOpen) {
      sb.append("    state \"last open state\" as LAST_OPEN\n");
    }
    sb.append("    [*] --> ").append(definition.initialState()).append('\n');
    for (State s : states) {
      boolean any = false;
      for (Transition t : definition.transitions()) {
        boolean m = t.isGroup() ? t.fromKind().get().equals(s.kind()) : t.from().map(s.id()::equals).orElse(false);
        if (!m) {
          continue;
        }
        any = true;
        sb.append("    ").append(s.id()).append(" --> ").append(t.isToLastOpen() ? "LAST_OPEN" : t.to().orElse("?"))
            .append(" : ").append(t.command());
        StringBuilder guard = new StringBuilder();
        t.guard().ifPresent(g -> guard.append(g.label()));
        State to = t.to().flatMap(definition::state).orElse(null);
        boolean progress = Command.ADVANCE.equals(t.command())
            || (to != null && to.order() > s.order() && (to.isOpen() || to.kind().equals(StateKind.WON)));
        if (progress && s.isOpen() && s.exitCriteria().isPresent()) {
          guard.append(guard.length() == 0 ? "" : ", ").append("exit ").append(s.exitCriteria().get().label());
        }
        if (to != null && to.entryCriteria().isPresent()) {
          guard.append(guard.length() == 0 ? "" : ", ").append("entry ").append(to.entryCriteria().get().label());
        }
        if (guard.length() > 0) {
          sb.append(" [").append(guard.toString().replace(':', ' ')).append(']');
        }
        sb.append('\n');
      }
      if (!any && s.kind().isClosed()) {
        sb.append("    ").append(s.id()).append(" --> [*]\n");
      }
    }
    return sb.toString();
  }
}
