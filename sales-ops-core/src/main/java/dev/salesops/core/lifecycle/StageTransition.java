package dev.salesops.core.lifecycle;

import dev.salesops.core.internal.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One move of a customer's lifecycle: from which stage (empty for the first), to which, when, on what kind
 * of event, by which rule, whether the move is backward, and the rule's reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageTransition {
  private final LifecycleStage from;  // null when absent
  private final LifecycleStage to;
  private final Instant at;
  private final CustomerEventType trigger;
  private final String ruleId;
  private final boolean backward;
  private final String reason;

  /**
   * Checks the parts are present and {@code backward} matches the move.
   *
   * @param from the stage left, empty for the customer's first stage; {@code null} when absent
   * @param to the stage entered
   * @param at when
   * @param trigger the type of the event that triggered the move
   * @param ruleId the rule that made the move
   * @param backward whether the move is backward ({@link LifecycleStage#isForwardMove} is false)
   * @param reason the rule's reason
   */
  public StageTransition(@Nullable LifecycleStage from, LifecycleStage to, Instant at, CustomerEventType trigger, String ruleId, boolean backward, String reason) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    if (backward == LifecycleStage.isForwardMove(from, to)) {
      throw new IllegalArgumentException("backward must be " + !backward + " for the move " + Optional.ofNullable(from).map(Enum::name).orElse("(start)") + "->" + to);
    }
    this.from = from;
    this.to = to;
    this.at = at;
    this.trigger = trigger;
    this.ruleId = ruleId;
    this.backward = backward;
    this.reason = reason;
  }

  /** The {@code from}: the stage left, empty for the customer's first stage. */
  public Optional<LifecycleStage> from() {
    return Optional.ofNullable(from);
  }

  /** The {@code to}: the stage entered. */
  public LifecycleStage to() {
    return to;
  }

  /** The {@code at}: when. */
  public Instant at() {
    return at;
  }

  /** The {@code trigger}: the type of the event that triggered the move. */
  public CustomerEventType trigger() {
    return trigger;
  }

  /** The {@code ruleId}: the rule that made the move. */
  public String ruleId() {
    return ruleId;
  }

  /** The {@code backward}: whether the move is backward ({@link LifecycleStage#isForwardMove} is false). */
  public boolean backward() {
    return backward;
  }

  /** The {@code reason}: the rule's reason. */
  public String reason() {
    return reason;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof StageTransition o
        && Objects.equals(from, o.from)
        && Objects.equals(to, o.to)
        && Objects.equals(at, o.at)
        && Objects.equals(trigger, o.trigger)
        && Objects.equals(ruleId, o.ruleId)
        && backward == o.backward
        && Objects.equals(reason, o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, at, trigger, ruleId, backward, reason);
  }

  /** As a record's: {@code StageTransition[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "StageTransition[from=" + from() + ", to=" + to + ", at=" + at + ", trigger=" + trigger + ", ruleId=" + ruleId + ", backward=" + backward + ", reason=" + reason + "]";
  }
}
