package dev.salesops.scoring.health;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.model.Probability;
import dev.salesops.core.validation.Problems;
import dev.salesops.scoring.scorecard.Score;
import dev.salesops.scoring.scorecard.Scorecard;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer health: a health scorecard, churn-risk thresholds and a trend rule.
 *
 * <ul>
 *   <li><b>Risk</b>: {@code HIGH} below {@code highRiskBelow}, {@code MEDIUM} below {@code mediumRiskBelow},
 *       else {@code LOW}; a DECLINING trend raises the band by one (LOW to MEDIUM, MEDIUM to HIGH).
 *   <li><b>Trend</b>: the baseline is the latest snapshot at or before {@code asOf - window}, or, when there is
 *       none, the earliest snapshot inside the window; snapshots after {@code asOf} are ignored. {@code delta =
 *       score - baseline}; IMPROVING when {@code delta >= threshold}, DECLINING when {@code delta <= -threshold},
 *       else STABLE (also STABLE without any baseline).
 *   <li><b>Probability of being alive</b> (optional input, {@link #assess(ScoringSubject, Instant, List, Probability)}):
 *       when the host passes a customer's probability of still being active — typically the BG/NBD P(alive) of
 *       sales-ops-metrics' {@code clv} package, which scoring does not depend on (the host or {@code examples} wires
 *       the two, as for every meeting of scoring and metrics) — it gives its own band: HIGH below {@code
 *       aliveHighRiskBelow} (0.3 by default), MEDIUM below {@code aliveMediumRiskBelow} (0.6), else LOW; the risk
 *       is the worse of the score's band and this one (before the trend rule).
 * </ul>
 *
 * <p>{@link #standard()}: the shipped health scorecard (usage, support load, satisfaction, payment, touchpoint
 * recency; attributes {@code usage.activeSeatsPct}, {@code support.openTickets}, {@code satisfaction.csat},
 * {@code payment.daysLate}, events {@code touchpoint}), HIGH below 40, MEDIUM below 70, a 90-day window and a
 * 5-point threshold.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthModel {
  private final Scorecard scorecard;
  private final double highRiskBelow;
  private final double mediumRiskBelow;
  private final Duration window;
  private final double threshold;
  private final double aliveHighRiskBelow;
  private final double aliveMediumRiskBelow;

  private HealthModel(Scorecard scorecard, double highRiskBelow, double mediumRiskBelow, Duration window, double threshold,
      double aliveHighRiskBelow, double aliveMediumRiskBelow) {
    this.scorecard = scorecard;
    this.highRiskBelow = highRiskBelow;
    this.mediumRiskBelow = mediumRiskBelow;
    this.window = window;
    this.threshold = threshold;
    this.aliveHighRiskBelow = aliveHighRiskBelow;
    this.aliveMediumRiskBelow = aliveMediumRiskBelow;
  }

  /**
   * A model; all problems reported at once.
   *
   * @throws dev.salesops.core.validation.ValidationException when {@code highRiskBelow > mediumRiskBelow}, the
   *     window is not positive, or the threshold is negative
   */
  public static HealthModel of(Scorecard scorecard, double highRiskBelow, double mediumRiskBelow, Duration window, double threshold) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(window, "window");
    Problems p = new Problems();
    if (!Double.isFinite(highRiskBelow) || !Double.isFinite(mediumRiskBelow) || highRiskBelow > mediumRiskBelow) {
      p.add("highRiskBelow", "must be finite and at most mediumRiskBelow " + mediumRiskBelow, highRiskBelow);
    }
    if (window.isNegative() || window.isZero()) {
      p.add("window", "must be positive", window);
    }
    if (!(threshold >= 0) || Double.isInfinite(threshold)) {
      p.add("threshold", "must be a finite number >= 0", threshold);
    }
    p.throwIfAny();
    return new HealthModel(scorecard, highRiskBelow, mediumRiskBelow, window, threshold, 0.3, 0.6);
  }

  /**
   * This model with other bands for the probability of being alive: HIGH below {@code highRiskBelow}, MEDIUM below
   * {@code mediumRiskBelow}.
   *
   * @throws dev.salesops.core.validation.ValidationException unless {@code 0 <= highRiskBelow <= mediumRiskBelow <= 1}
   */
  public HealthModel withAliveThresholds(double highRiskBelow, double mediumRiskBelow) {
    if (!(highRiskBelow >= 0) || !(mediumRiskBelow <= 1) || !(highRiskBelow <= mediumRiskBelow)) {
      throw dev.salesops.core.internal.Checks.fail("aliveHighRiskBelow", "must satisfy 0 <= aliveHighRiskBelow <= aliveMediumRiskBelow ("
          + mediumRiskBelow + ") <= 1", highRiskBelow);
    }
    return new HealthModel(scorecard, this.highRiskBelow, this.mediumRiskBelow, window, threshold, highRiskBelow, mediumRiskBelow);
  }

  /** The shipped model (see the class javadoc). */
  public static HealthModel standard() {
    return of(standardScorecard(), 40, 70, Duration.ofDays(90), 5);
  }

  /** The shipped health scorecard. */
  public static Scorecard standardScorecard() {
    try (InputStream in = HealthModel.class.getResourceAsStream("health.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource health.json");
      }
      return ScorecardLoader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scorecard. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** Assesses {@code subject} at {@code asOf} against its earlier scores {@code history} (any order). */
  public HealthAssessment assess(ScoringSubject subject, Instant asOf, List<HealthSnapshot> history) {
    return assess(subject, asOf, history, null);
  }

  /**
   * Assesses {@code subject} at {@code asOf} against {@code history}, with the host's probability that the customer
   * is still active (see the class documentation), when it has one.
   *
   * @param probabilityAlive the probability that the customer is still active; {@code null} = absent (as
   *     {@link #assess(ScoringSubject, Instant, List)})
   */
  public HealthAssessment assess(ScoringSubject subject, Instant asOf, List<HealthSnapshot> history, @Nullable Probability probabilityAlive) {
    Objects.requireNonNull(history, "history");
    Score score = scorecard.score(subject, asOf);
    Optional<HealthSnapshot> baseline = baseline(asOf, history);
    List<String> reasons = new ArrayList<>();
    Trend trend = Trend.STABLE;
    if (baseline.isEmpty()) {
      reasons.add("trend STABLE: no earlier score to compare with");
    } else {
      double delta = score.total() - baseline.get().score();
      if (delta > 0 && delta >= threshold) {
        trend = Trend.IMPROVING;
      } else if (delta <= -threshold && delta < 0) {
        trend = Trend.DECLINING;
      }
      reasons.add("trend " + trend + ": " + fmt(score.total()) + " now vs " + fmt(baseline.get().score()) + " at " + baseline.get().at()
          + " (" + (delta >= 0 ? "+" : "") + fmt(delta) + ", threshold " + fmt(threshold) + ")");
    }
    ChurnRisk risk = score.total() < highRiskBelow ? ChurnRisk.HIGH : score.total() < mediumRiskBelow ? ChurnRisk.MEDIUM : ChurnRisk.LOW;
    reasons.add("score " + fmt(score.total()) + " is " + (risk == ChurnRisk.HIGH ? "below " + fmt(highRiskBelow)
        : risk == ChurnRisk.MEDIUM ? "below " + fmt(mediumRiskBelow) : "at least " + fmt(mediumRiskBelow)) + ": " + risk);
    if (probabilityAlive != null) {
      double pa = probabilityAlive.toDouble();
      ChurnRisk alive = pa < aliveHighRiskBelow ? ChurnRisk.HIGH : pa < aliveMediumRiskBelow ? ChurnRisk.MEDIUM : ChurnRisk.LOW;
      String text = "probability of being active " + probabilityAlive.value().toPlainString() + " is " + (alive == ChurnRisk.HIGH ? "below " + fmt(aliveHighRiskBelow)
          : alive == ChurnRisk.MEDIUM ? "below " + fmt(aliveMediumRiskBelow) : "at least " + fmt(aliveMediumRiskBelow)) + ": " + alive;
      if (alive.compareTo(risk) > 0) {
        risk = alive;
        text += ", which raises the risk to " + risk;
      }
      reasons.add(text);
    }
    if (trend == Trend.DECLINING && risk != ChurnRisk.HIGH) {
      risk = risk == ChurnRisk.LOW ? ChurnRisk.MEDIUM : ChurnRisk.HIGH;
      reasons.add("declining trend raises the risk to " + risk);
    }
    return new HealthAssessment(score, baseline.orElse(null), trend, risk, reasons, probabilityAlive);
  }

  private Optional<HealthSnapshot> baseline(Instant asOf, List<HealthSnapshot> history) {
    Instant start = asOf.minus(window);
    HealthSnapshot before = null;
    HealthSnapshot inside = null;
    for (HealthSnapshot s : history) {
      Objects.requireNonNull(s, "history element");
      if (s.at().isAfter(asOf)) {
        continue;
      }
      if (!s.at().isAfter(start)) {
        if (before == null || s.at().isAfter(before.at())) {
          before = s;
        }
      } else if (inside == null || s.at().isBefore(inside.at())) {
        inside = s;
      }
    }
    return Optional.ofNullable(before != null ? before : inside);
  }

  private static String fmt(double d) {
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return "HealthModel{" + scorecard.name() + ", HIGH<" + highRiskBelow + ", MEDIUM<" + mediumRiskBelow + ", window=" + window
        + ", threshold=" + threshold + ", alive HIGH<" + aliveHighRiskBelow + ", MEDIUM<" + aliveMediumRiskBelow + "}";
  }
}
