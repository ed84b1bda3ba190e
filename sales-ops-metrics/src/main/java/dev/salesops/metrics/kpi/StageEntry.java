package dev.salesops.metrics.kpi;

import dev.salesops.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a deal's stage history: the stage code and when the deal entered it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stage the stage code (non-blank, at most 64 characters)
 * @param enteredAt when the deal entered the stage
 */
public record StageEntry(String stage, Instant enteredAt) {
  /** Validates the parts. */
  public StageEntry {
    Checks.text(stage, "stageHistory.stage", 64);
    Objects.requireNonNull(enteredAt, "enteredAt");
  }

  /** The entry {@code (stage, enteredAt)}. */
  public static StageEntry of(String stage, Instant enteredAt) {
    return new StageEntry(stage, enteredAt);
  }
}
