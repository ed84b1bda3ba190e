package dev.salesops.core.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One move of a customer's lifecycle: from which stage (empty for the first), to which, when, on what kind
 * of event, by which rule, whether the move is backward, and the rule's reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the stage left, empty for the customer's first stage
 * @param to the stage entered
 * @param at when
 * @param trigger the type of the event that triggered the move
 * @param ruleId the rule that made the move
 * @param backward whether the move is backward ({@link LifecycleStage#isForwardMove} is false)
 * @param reason the rule's reason
 */
public record StageTransition(Optional<LifecycleStage> from, LifecycleStage to, Instant at, CustomerEventType trigger, String ruleId,
    boolean backward, String reason) {

  /** Checks the parts are present and {@code backward} matches the move. */
  public StageTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    if (backward == LifecycleStage.isForwardMove(from.orElse(null), to)) {
      throw new IllegalArgumentException("backward must be " + !backward + " for the move " + from.map(Enum::name).orElse("(start)") + "->" + to);
    }
  }
}
