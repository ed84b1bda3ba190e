package dev.salesops.core.segmentation;

import dev.salesops.core.internal.Nullable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner's tier with the reasons: the weighted assessment and its breakdown, the next tier up and how
 * many points of weighted total are missing to reach it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartnerRating {
  private final PartnerTier tier;
  private final WeightedAssessment.Result assessment;
  private final PartnerTier nextTier;  // null when absent
  private final BigDecimal pointsToNextTier;  // null when absent

  /**
   * Checks the parts are present.
   *
   * @param tier the tier reached
   * @param assessment the weighted total and per-criterion breakdown
   * @param nextTier the next tier up, empty for STRATEGIC; {@code null} when absent
   * @param pointsToNextTier {@code minimum(nextTier) - total} (positive), empty for STRATEGIC; {@code null} when absent
   */
  public PartnerRating(PartnerTier tier, WeightedAssessment.Result assessment, @Nullable PartnerTier nextTier, @Nullable BigDecimal pointsToNextTier) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(assessment, "assessment");
    this.tier = tier;
    this.assessment = assessment;
    this.nextTier = nextTier;
    this.pointsToNextTier = pointsToNextTier;
  }

  /** The {@code tier}: the tier reached. */
  public PartnerTier tier() {
    return tier;
  }

  /** The {@code assessment}: the weighted total and per-criterion breakdown. */
  public WeightedAssessment.Result assessment() {
    return assessment;
  }

  /** The {@code nextTier}: the next tier up, empty for STRATEGIC. */
  public Optional<PartnerTier> nextTier() {
    return Optional.ofNullable(nextTier);
  }

  /** The {@code pointsToNextTier}: {@code minimum(nextTier) - total} (positive), empty for STRATEGIC. */
  public Optional<BigDecimal> pointsToNextTier() {
    return Optional.ofNullable(pointsToNextTier);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof PartnerRating o
        && Objects.equals(tier, o.tier)
        && Objects.equals(assessment, o.assessment)
        && Objects.equals(nextTier, o.nextTier)
        && Objects.equals(pointsToNextTier, o.pointsToNextTier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, assessment, nextTier, pointsToNextTier);
  }

  /** As a record's: {@code PartnerRating[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "PartnerRating[tier=" + tier + ", assessment=" + assessment + ", nextTier=" + nextTier() + ", pointsToNextTier=" + pointsToNextTier() + "]";
  }
}
