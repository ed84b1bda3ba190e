package dev.salesops.scoring.health;

import dev.salesops.core.internal.Nullable;
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
 */
public final class HealthAssessment {
  private final Score score;
  private final HealthSnapshot baseline;  // null when absent
  private final Trend trend;
  private final ChurnRisk risk;
  private final List<String> reasons;
  private final Probability probabilityAlive;  // null when absent

  /**
   * Copies the reasons.
   *
   * @param score the health score and its breakdown
   * @param baseline the earlier score the trend compares with, when there is one; {@code null} when absent
   * @param trend improving, stable or declining
   * @param risk the churn-risk band
   * @param reasons why the risk and trend are what they are
   * @param probabilityAlive the host's probability that the customer is still active, when it passed one; {@code null} when absent
   */
  public HealthAssessment(Score score, @Nullable HealthSnapshot baseline, Trend trend, ChurnRisk risk, List<String> reasons, @Nullable Probability probabilityAlive) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(risk, "risk");
    reasons = List.copyOf(reasons);
    this.score = score;
    this.baseline = baseline;
    this.trend = trend;
    this.risk = risk;
    this.reasons = reasons;
    this.probabilityAlive = probabilityAlive;
  }

  /** The {@code score}: the health score and its breakdown. */
  public Score score() {
    return score;
  }

  /** The {@code baseline}: the earlier score the trend compares with, when there is one. */
  public Optional<HealthSnapshot> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** The {@code trend}: improving, stable or declining. */
  public Trend trend() {
    return trend;
  }

  /** The {@code risk}: the churn-risk band. */
  public ChurnRisk risk() {
    return risk;
  }

  /** The {@code reasons}: why the risk and trend are what they are. */
  public List<String> reasons() {
    return reasons;
  }

  /** The {@code probabilityAlive}: the host's probability that the customer is still active, when it passed one. */
  public Optional<Probability> probabilityAlive() {
    return Optional.ofNullable(probabilityAlive);
  }

  /** An assessment without a probability of being alive. */
  public HealthAssessment(Score score, @Nullable HealthSnapshot baseline, Trend trend, ChurnRisk risk, List<String> reasons) {
    this(score, baseline, trend, risk, reasons, null);
  }

  /** The score now minus the baseline, when there is one. */
  public Optional<Double> delta() {
    return baseline().map(b -> score.total() - b.score());
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof HealthAssessment o
        && Objects.equals(score, o.score)
        && Objects.equals(baseline, o.baseline)
        && Objects.equals(trend, o.trend)
        && Objects.equals(risk, o.risk)
        && Objects.equals(reasons, o.reasons)
        && Objects.equals(probabilityAlive, o.probabilityAlive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, baseline, trend, risk, reasons, probabilityAlive);
  }

  /** As a record's: {@code HealthAssessment[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "HealthAssessment[score=" + score + ", baseline=" + baseline() + ", trend=" + trend + ", risk=" + risk + ", reasons=" + reasons + ", probabilityAlive=" + probabilityAlive() + "]";
  }
}
