package dev.salesops.core.segmentation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a customer is a key account, with the weighted assessment behind it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param keyAccount whether {@code assessment.total() >= minimumTotal}
 * @param assessment the weighted total and per-criterion breakdown
 * @param minimumTotal the threshold applied
 * @param shortfall {@code minimumTotal - total} when not a key account, else zero
 */
public record KeyAccountResult(boolean keyAccount, WeightedAssessment.Result assessment, BigDecimal minimumTotal, BigDecimal shortfall) {

  /** Checks the parts are present. */
  public KeyAccountResult {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(minimumTotal, "minimumTotal");
    Objects.requireNonNull(shortfall, "shortfall");
  }
}
