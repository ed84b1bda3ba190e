package dev.salesops.scoring.health;

import dev.salesops.scoring.scorecard.Score;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's health now: the score with its breakdown, the trend against the baseline, and the churn risk,
 * with reasons.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param score the health score and its breakdown
 * @param baseline the earlier score the trend compares with, when there is one
 * @param trend improving, stable or declining
 * @param risk the churn-risk band
 * @param reasons why the risk and trend are what they are
 */
public record HealthAssessment(Score score, Optional<HealthSnapshot> baseline, Trend trend, ChurnRisk risk, List<String> reasons) {

  /** Copies the reasons. */
  public HealthAssessment {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(risk, "risk");
    reasons = List.copyOf(reasons);
  }

  /** The score now minus the baseline, when there is one. */
  public Optional<Double> delta() {
    return baseline.map(b -> score.total() - b.score());
  }
}
