package dev.salesops.core.workflow;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.UserId;
import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded move: from (absent for the start entry), to, at, actor, command, the free-text reason given
 * and, for a move into a LOST state, the lost reason.
 *
 * <p>Compact by design (the instant is held as seconds and nanos, not as an object) because one snapshot
 * holds the whole history. This class is immutable and thread-safe.
 */
public final class HistoryEntry {
  /** The command name of the first entry of every snapshot. */
  public static final String START = "start";

  private final String from;
  private final String to;
  private final long seconds;
  private final int nanos;
  private final UserId actor;
  private final String command;
  private final String reason;
  private final LostReason lostReason;

  private HistoryEntry(String from, String to, long seconds, int nanos, UserId actor, String command, String reason,
      LostReason lostReason) {
    this.from = from;
    this.to = to;
    this.seconds = seconds;
    this.nanos = nanos;
    this.actor = actor;
    this.command = command;
    this.reason = reason;
    this.lostReason = lostReason;
  }

  /** The longest state id or command name in an entry. */
  public static final int MAX_NAME_LENGTH = 128;
  /** The longest free-text reason in an entry. */
  public static final int MAX_REASON_LENGTH = 2_000;

  /**
   * An entry: state ids and command non-blank, at most {@value #MAX_NAME_LENGTH} characters, no control
   * characters; the instant within the years 0001–9999; the reason, if any, non-blank free text of at most
   * {@value #MAX_REASON_LENGTH} characters (line breaks and tabs allowed, NUL and other controls not).
   *
   * @param from the state left, or {@code null} for the start entry
   * @param to the state entered
   * @param at when
   * @param actor who
   * @param command the command name ({@code "start"} for the first entry)
   * @param reason the free-text reason, or {@code null}
   * @param lostReason the lost reason, or {@code null}
   */
  public static HistoryEntry of(String from, String to, Instant at, UserId actor, String command, String reason,
      LostReason lostReason) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(command, "command");
    if (from != null) {
      Checks.text(from, "from", MAX_NAME_LENGTH);
    }
    Checks.text(to, "to", MAX_NAME_LENGTH);
    Checks.text(command, "command", MAX_NAME_LENGTH);
    Checks.instant(at, "at");
    if (reason != null) {
      try {
        Checks.freeText(reason, "reason", MAX_REASON_LENGTH);
      } catch (dev.salesops.core.validation.ValidationException e) {
        // the reason is free text (it may name people): the rule is kept, the text is not quoted
        throw Checks.fail("reason", e.problems().get(0).rule(), "(free text, not shown)");
      }
    }
    return new HistoryEntry(from, to, at.getEpochSecond(), at.getNano(), actor, command, reason, lostReason);
  }

  /**
   * {@link #of} for the engine's own moves: {@code from} and {@code to} are state ids of a validated definition,
   * {@code command} a command's name (validated when the command was built, checked here for length only) and
   * {@code reason} a command's reason (validated when it was given). Refuses what {@link #of} refuses.
   */
  static HistoryEntry ofValidatedNames(String from, String to, Instant at, UserId actor, String command, String reason,
      LostReason lostReason) {
    if (command.length() > MAX_NAME_LENGTH || reason != null && reason.length() > MAX_REASON_LENGTH) {
      return of(from, to, at, actor, command, reason, lostReason);
    }
    Checks.instant(at, "at");
    return new HistoryEntry(from, to, at.getEpochSecond(), at.getNano(), actor, command, reason, lostReason);
  }

  /** The state left; empty for the start entry. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  /** The state entered. */
  public String to() {
    return to;
  }

  /** When. */
  public Instant at() {
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** Who. */
  public UserId actor() {
    return actor;
  }

  /** The command name (e.g. {@code "advance"}, {@code "moveTo"}, {@code "start"}). */
  public String command() {
    return command;
  }

  /** The free-text reason given with the command. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** The lost reason of a move into a LOST state. */
  public Optional<LostReason> lostReason() {
    return Optional.ofNullable(lostReason);
  }

  String fromOrNull() {
    return from;
  }

  LostReason lostReasonOrNull() {
    return lostReason;
  }

  /** Compares the instant with {@code other} without allocating. */
  int compareAt(long otherSeconds, int otherNanos) {
    int c = Long.compare(seconds, otherSeconds);
    return c != 0 ? c : Integer.compare(nanos, otherNanos);
  }

  long seconds() {
    return seconds;
  }

  int nanos() {
    return nanos;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HistoryEntry)) {
      return false;
    }
    HistoryEntry e = (HistoryEntry) o;
    return Objects.equals(from, e.from) && to.equals(e.to) && seconds == e.seconds && nanos == e.nanos
        && actor.equals(e.actor) && command.equals(e.command) && Objects.equals(reason, e.reason)
        && Objects.equals(lostReason, e.lostReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, seconds, nanos, actor, command, reason, lostReason);
  }

  /** The move without the free-text reason (which may hold personal data). */
  @Override
  public String toString() {
    return (from == null ? "" : from + " -> ") + to + " at " + at() + " by " + actor + " (" + command + ")"
        + (lostReason == null ? "" : " lost: " + lostReason);
  }
}
