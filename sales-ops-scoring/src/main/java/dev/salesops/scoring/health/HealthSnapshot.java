package dev.salesops.scoring.health;

import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * An earlier health score, as the host recorded it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when it was computed
 * @param score the health score then
 */
public record HealthSnapshot(Instant at, double score) {

  /** Validates the parts. */
  public HealthSnapshot {
    Objects.requireNonNull(at, "at");
    Checks.finite(score, "snapshot.score");
  }
}
