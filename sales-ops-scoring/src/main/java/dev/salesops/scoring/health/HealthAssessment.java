package dev.salesops.scoring.health;

import dev.salesops.core.model.Probability;
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
 * @param probabilityAlive the host's probability that the customer is still active, when it passed one
 */
public record HealthAssessment(Score score, Optional<HealthSnapshot> baseline, Trend trend, ChurnRisk risk, List<String> reasons,
    Optional<Probability> probabilityAlive) {

  /** An assessment without a probability of being alive. */
  public HealthAssessment(Score score, Optional<HealthSnapshot> baseline, Trend trend, ChurnRisk risk, List<String> reasons) {
    this(score, baseline, trend, risk, reasons, Optional.empty());
  }

  /** Copies the reasons. */
  public HealthAssessment {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(risk, "risk");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(probabilityAlive, "probabilityAlive");
  }

  /** The score now minus the baseline, when there is one. */
  public Optional<Double> delta() {
    return baseline.map(b -> score.total() - b.score());
  }
}
