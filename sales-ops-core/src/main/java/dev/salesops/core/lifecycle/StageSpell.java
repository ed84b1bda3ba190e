package dev.salesops.core.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time a customer spent in one stage: {@code [start, end)}, open (no end) for the current
 * stage. Immutable and thread-safe.
 *
 * @param stage the stage
 * @param start when it was entered
 * @param end when it was left, empty while the customer is still in it
 */
public record StageSpell(LifecycleStage stage, Instant start, Optional<Instant> end) {

  /** Checks the parts. */
  public StageSpell {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start " + start + ": " + end.get());
    }
  }

  /**
   * The time spent in the spell as of {@code asOf}: {@code min(end, asOf) - start}, zero when {@code asOf} is
   * before the start.
   */
  public Duration durationAsOf(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant stop = end.filter(e -> e.isBefore(asOf)).orElse(asOf);
    return stop.isAfter(start) ? Duration.between(start, stop) : Duration.ZERO;
  }
}
