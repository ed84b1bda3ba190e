package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * A dated engagement signal supplied by the host (activities are not in core): {@code "email_reply"},
 * {@code "demo_attended"}, {@code "pricing_discussed"}, ... Types are host codes of at most 64 characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the event type code
 * @param at when it happened
 */
public record EngagementEvent(String type, Instant at) {

  /** Validates the parts. */
  public EngagementEvent {
    Checks.text(type, "event.type", 64);
    Objects.requireNonNull(at, "at");
  }

  /** The event {@code type} at {@code at}. */
  public static EngagementEvent of(String type, Instant at) {
    return new EngagementEvent(type, at);
  }
}
