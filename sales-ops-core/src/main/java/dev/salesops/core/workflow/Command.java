package dev.salesops.core.workflow;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a user asks of a record: a named command ({@link #advance()}, {@link #closeWon()}, {@link
 * #closeLost(LostReason)}, {@link #reopen()}, {@link #custom(String)}) or a direct {@link #moveTo(String)} (what
 * CRMs do when a deal is dragged to another column), optionally with a free-text reason (recorded in the
 * history) and a lost reason (required when the move enters a LOST state).
 *
 * <p>Free-text reasons are at most 500 characters without control characters. This class is immutable and
 * thread-safe.
 */
public final class Command {
  /** The name of {@link #advance()}. */
  public static final String ADVANCE = "advance";
  /** The name of {@link #closeWon()}. */
  public static final String CLOSE_WON = "close-won";
  /** The name of {@link #closeLost(LostReason)}. */
  public static final String CLOSE_LOST = "close-lost";
  /** The name of {@link #reopen()}. */
  public static final String REOPEN = "reopen";
  /** The name of {@link #moveTo(String)}; reserved: no declared edge may use it. */
  public static final String MOVE_TO = "moveTo";

  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Command ADVANCE_COMMAND = new Command(ADVANCE, null, null, null);
  private static final Command CLOSE_WON_COMMAND = new Command(CLOSE_WON, null, null, null);
  private static final Command REOPEN_COMMAND = new Command(REOPEN, null, null, null);

  private final String name;
  private final String target;
  private final LostReason lostReason;
  private final String reason;

  private Command(String name, String target, LostReason lostReason, String reason) {
    this.name = name;
    this.target = target;
    this.lostReason = lostReason;
    this.reason = reason;
  }

  /** Move to the next state along the declared {@code advance} edge. */
  public static Command advance() {
    return ADVANCE_COMMAND;
  }

  /** Close as won along the declared {@code close-won} edge. */
  public static Command closeWon() {
    return CLOSE_WON_COMMAND;
  }

  /** Close as lost, for {@code lostReason}, along the declared {@code close-lost} edge. */
  public static Command closeLost(LostReason lostReason) {
    return new Command(CLOSE_LOST, null, Objects.requireNonNull(lostReason, "lostReason"), null);
  }

  /** Reopen a closed record along the declared {@code reopen} edge (typically back to the last open state). */
  public static Command reopen() {
    return REOPEN_COMMAND;
  }

  /**
   * A custom command declared by the definition ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, e.g. {@code "win-back"}).
   *
   * @throws dev.salesops.core.validation.ValidationException when the name is malformed or {@code moveTo}
   */
  public static Command custom(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw Checks.fail("command", "must be lower-case words joined by '-'", name.length() > 64 ? name.substring(0, 64) + "..." : name);
    }
    return new Command(name, null, null, null);
  }

  /** Move directly to {@code state} (declared edges first, then, if the definition allows, a free forward move). */
  public static Command moveTo(String state) {
    return new Command(MOVE_TO, Objects.requireNonNull(state, "state"), null, null);
  }

  /** This command with a free-text reason, recorded in the history. */
  public Command withReason(String reason) {
    return new Command(name, target, lostReason, Checks.text(reason, "reason", 500));
  }

  /** This command with a lost reason (for a move that enters a LOST state). */
  public Command withLostReason(LostReason lostReason) {
    return new Command(name, target, Objects.requireNonNull(lostReason, "lostReason"), reason);
  }

  /** The command name. */
  public String name() {
    return name;
  }

  /** The target state of a {@code moveTo}. */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /** The lost reason, when given. */
  public Optional<LostReason> lostReason() {
    return Optional.ofNullable(lostReason);
  }

  /** The free-text reason, when given. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  String targetOrNull() {
    return target;
  }

  LostReason lostReasonOrNull() {
    return lostReason;
  }

  String reasonOrNull() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Command)) {
      return false;
    }
    Command c = (Command) o;
    return name.equals(c.name) && Objects.equals(target, c.target) && Objects.equals(lostReason, c.lostReason)
        && Objects.equals(reason, c.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, target, lostReason, reason);
  }

  @Override
  public String toString() {
    return name + (target == null ? "" : "(" + target + ")") + (lostReason == null ? "" : " lost:" + lostReason)
        + (reason == null ? "" : " reason given");
  }
}
