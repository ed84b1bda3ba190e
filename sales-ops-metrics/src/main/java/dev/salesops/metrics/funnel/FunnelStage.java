package dev.salesops.metrics.funnel;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.util.Objects;

/**
 * One stage of a {@link Funnel}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stage the stage code
 * @param reached how many deals reached the stage
 * @param advanced how many of them reached the next stage (for the last open stage: how many were won)
 * @param conversion {@code advanced / reached}; undefined when none reached the stage
 * @param averageDaysInStage the mean time in the stage in days, {@code Σ seconds / (count × 86400)}, over
 *     deals whose stage history shows both entering the stage and leaving it; undefined when none did
 */
public record FunnelStage(String stage, long reached, long advanced, Ratio conversion, Ratio averageDaysInStage) {
  /** Refuses {@code null} components, negative counts and more deals advanced than reached the stage. */
  public FunnelStage {
    Objects.requireNonNull(stage, "stage");
    Checks.nonNegative(reached, "reached");
    Checks.nonNegative(advanced, "advanced");
    if (advanced > reached) {
      throw Checks.fail("advanced", "must not exceed reached (" + reached + ")", advanced);
    }
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(averageDaysInStage, "averageDaysInStage");
  }
}
