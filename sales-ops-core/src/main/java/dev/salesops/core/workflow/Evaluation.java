package dev.salesops.core.workflow;

import dev.salesops.core.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link Workflow#evaluate}: {@link Accepted} (the next snapshot, and the events of the move)
 * or {@link Rejected} (the unchanged snapshot and <em>every</em> reason the command was refused).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Evaluation permits Evaluation.Accepted, Evaluation.Rejected {

  /** Whether the command was accepted. */
  boolean isAccepted();

  /** The snapshot after the command: the next one when accepted, the unchanged one when rejected. */
  Snapshot snapshot();

  /** The accepted move. This class is immutable and thread-safe. */
  final class Accepted implements Evaluation {
    private final Snapshot previous;
    private final Snapshot snapshot;
    private final boolean closed;
    private final boolean reopened;

    Accepted(Snapshot previous, Snapshot snapshot, boolean closed, boolean reopened) {
      this.previous = previous;
      this.snapshot = snapshot;
      this.closed = closed;
      this.reopened = reopened;
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    /** The next snapshot. */
    @Override
    public Snapshot snapshot() {
      return snapshot;
    }

    /** The snapshot the command was evaluated on. */
    public Snapshot previous() {
      return previous;
    }

    /** The entry recorded for the move. */
    public HistoryEntry entry() {
      return snapshot.last();
    }

    /**
     * The events of the move, derived on demand: {@code EXITED(from)}, {@code ENTERED(to)}, then {@code
     * CLOSED(to)} when the move entered a closed state from an open one, or {@code REOPENED(to)} when it left a
     * closed state for an open one.
     */
    public List<WorkflowEvent> events() {
      HistoryEntry e = snapshot.last();
      List<WorkflowEvent> out = new ArrayList<>(3);
      out.add(new WorkflowEvent(WorkflowEvent.Type.EXITED, e.fromOrNull(), e.at(), e.actor(), e.command()));
      out.add(new WorkflowEvent(WorkflowEvent.Type.ENTERED, e.to(), e.at(), e.actor(), e.command()));
      if (closed) {
        out.add(new WorkflowEvent(WorkflowEvent.Type.CLOSED, e.to(), e.at(), e.actor(), e.command()));
      }
      if (reopened) {
        out.add(new WorkflowEvent(WorkflowEvent.Type.REOPENED, e.to(), e.at(), e.actor(), e.command()));
      }
      return List.copyOf(out);
    }

    @Override
    public String toString() {
      HistoryEntry e = snapshot.last();
      return "Accepted{" + e.fromOrNull() + " -> " + e.to() + " (" + e.command() + ")}";
    }
  }

  /** The refused command. This class is immutable and thread-safe. */
  final class Rejected implements Evaluation {
    private final Snapshot snapshot;
    private final Command command;
    private final String target;
    private final List<Message> reasons;

    Rejected(Snapshot snapshot, Command command, String target, List<Message> reasons) {
      this.snapshot = snapshot;
      this.command = command;
      this.target = target;
      this.reasons = List.copyOf(reasons);
      if (this.reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons must not be empty");
      }
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    /** The unchanged snapshot. */
    @Override
    public Snapshot snapshot() {
      return snapshot;
    }

    /** The refused command. */
    public Command command() {
      return command;
    }

    /** The state the command would have moved to, when a single one was considered. */
    public Optional<String> target() {
      return Optional.ofNullable(target);
    }

    /**
     * Every reason as a structured message (a stable code, the criterion it comes from, its parameters), one per
     * unmet criterion (never empty). Nothing is formatted until a text is asked for.
     */
    public List<Message> messages() {
      return reasons;
    }

    /** Every reason in English, one per unmet criterion (never empty), rendered now. */
    public List<String> reasons() {
      return reasons(Locale.ROOT);
    }

    /** Every reason in {@code locale} (e.g. {@code Locale.SIMPLIFIED_CHINESE}), rendered now. */
    public List<String> reasons(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      List<String> out = new ArrayList<>(reasons.size());
      for (Message m : reasons) {
        out.add(m.text(locale));
      }
      return List.copyOf(out);
    }

    /** {@code "QUALIFICATION -> DISCOVERY refused: Authority: UNKNOWN; Timeline: PARTIAL"}. */
    public String message() {
      return message(Locale.ROOT);
    }

    /** {@link #message()} with the reasons in {@code locale}. */
    public String message(Locale locale) {
      return snapshot.state() + " -> " + (target == null ? command.toString() : target) + " refused: "
          + String.join("; ", reasons(locale));
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Rejected)) {
        return false;
      }
      Rejected r = (Rejected) o;
      return snapshot.equals(r.snapshot) && command.equals(r.command) && Objects.equals(target, r.target)
          && reasons.equals(r.reasons);
    }

    @Override
    public int hashCode() {
      return Objects.hash(snapshot, command, target, reasons);
    }

    @Override
    public String toString() {
      return "Rejected{" + message() + "}";
    }
  }
}
