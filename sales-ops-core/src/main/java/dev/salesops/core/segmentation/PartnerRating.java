package dev.salesops.core.segmentation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner's tier with the reasons: the weighted assessment and its breakdown, the next tier up and how
 * many points of weighted total are missing to reach it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tier the tier reached
 * @param assessment the weighted total and per-criterion breakdown
 * @param nextTier the next tier up, empty for STRATEGIC
 * @param pointsToNextTier {@code minimum(nextTier) - total} (positive), empty for STRATEGIC
 */
public record PartnerRating(PartnerTier tier, WeightedAssessment.Result assessment, Optional<PartnerTier> nextTier,
    Optional<BigDecimal> pointsToNextTier) {

  /** Checks the parts are present. */
  public PartnerRating {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(nextTier, "nextTier");
    Objects.requireNonNull(pointsToNextTier, "pointsToNextTier");
  }
}
