package dev.salesops.core.lifecycle;

import dev.salesops.core.internal.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time a customer spent in one stage: {@code [start, end)}, open (no end) for the current
 * stage. Immutable and thread-safe.
 */
public final class StageSpell {
  private final LifecycleStage stage;
  private final Instant start;
  private final Instant end;  // null when absent

  /**
   * Checks the parts.
   *
   * @param stage the stage
   * @param start when it was entered
   * @param end when it was left, empty while the customer is still in it; {@code null} when absent
   */
  public StageSpell(LifecycleStage stage, Instant start, @Nullable Instant end) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start " + start + ": " + end);
    }
    this.stage = stage;
    this.start = start;
    this.end = end;
  }

  /** The {@code stage}: the stage. */
  public LifecycleStage stage() {
    return stage;
  }

  /** The {@code start}: when it was entered. */
  public Instant start() {
    return start;
  }

  /** The {@code end}: when it was left, empty while the customer is still in it. */
  public Optional<Instant> end() {
    return Optional.ofNullable(end);
  }

  /**
   * The time spent in the spell as of {@code asOf}: {@code min(end, asOf) - start}, zero when {@code asOf} is
   * before the start.
   */
  public Duration durationAsOf(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Instant stop = end().filter(e -> e.isBefore(asOf)).orElse(asOf);
    return stop.isAfter(start) ? Duration.between(start, stop) : Duration.ZERO;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof StageSpell o
        && Objects.equals(stage, o.stage)
        && Objects.equals(start, o.start)
        && Objects.equals(end, o.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, start, end);
  }

  /** As a record's: {@code StageSpell[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "StageSpell[stage=" + stage + ", start=" + start + ", end=" + end() + "]";
  }
}
