package dev.salesops.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Probability;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link HealthModel}'s documented rules: bands are "below" (a score equal to a threshold is in the
 * better band), the trend is IMPROVING at {@code delta >= threshold} and DECLINING at {@code delta <= -threshold},
 * and the baseline is the latest snapshot at or before {@code asOf - window}.
 */
class HealthModelMutationTest {
  static final Instant NOW = HealthModelTest.NOW;
  /** Scores exactly 87.5 with the standard scorecard (see HealthModelTest.healthyCustomer). */
  static final ScoringSubject HEALTHY = HealthModelTest.customer("85", "1", "5", "0", 15);
  static final Duration WINDOW = Duration.ofDays(90);

  static HealthModel model(double high, double medium, double threshold) {
    return HealthModel.of(HealthModel.standardScorecard(), high, medium, WINDOW, threshold);
  }

  static HealthSnapshot old(double score) {
    return new HealthSnapshot(NOW.minus(Duration.ofDays(120)), score);
  }

  @Test
  void aScoreEqualToAThresholdIsInTheBetterBand() {
    assertThat(model(87.5, 90, 5).assess(HEALTHY, NOW, List.of()).risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(model(87.5, 90, 5).assess(HEALTHY, NOW, List.of()).reasons()).contains("score 87.5 is below 90: MEDIUM");
    assertThat(model(87.6, 90, 5).assess(HEALTHY, NOW, List.of()).risk()).isEqualTo(ChurnRisk.HIGH);
    assertThat(model(87.6, 90, 5).assess(HEALTHY, NOW, List.of()).reasons()).contains("score 87.5 is below 87.6: HIGH");
    assertThat(model(10, 87.5, 5).assess(HEALTHY, NOW, List.of()).risk()).isEqualTo(ChurnRisk.LOW);
    assertThat(model(10, 87.5, 5).assess(HEALTHY, NOW, List.of()).reasons()).contains("score 87.5 is at least 87.5: LOW");
    assertThat(model(10, 87.51, 5).assess(HEALTHY, NOW, List.of()).risk()).isEqualTo(ChurnRisk.MEDIUM);
  }

  @Test
  void aDeltaEqualToTheThresholdIsATrend() {
    HealthAssessment up = model(40, 70, 5).assess(HEALTHY, NOW, List.of(old(82.5)));
    assertThat(up.trend()).isEqualTo(Trend.IMPROVING);
    assertThat(up.reasons()).contains("trend IMPROVING: 87.5 now vs 82.5 at " + old(0).at() + " (+5, threshold 5)");
    assertThat(model(40, 70, 5).assess(HEALTHY, NOW, List.of(old(82.51))).trend()).isEqualTo(Trend.STABLE);

    HealthAssessment down = model(40, 70, 5).assess(HEALTHY, NOW, List.of(old(92.5)));
    assertThat(down.trend()).isEqualTo(Trend.DECLINING);
    assertThat(down.reasons()).contains("trend DECLINING: 87.5 now vs 92.5 at " + old(0).at() + " (-5, threshold 5)",
        "declining trend raises the risk to MEDIUM");
    assertThat(down.risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(model(40, 70, 5).assess(HEALTHY, NOW, List.of(old(92.49))).trend()).isEqualTo(Trend.STABLE);
  }

  /** With a zero threshold an unchanged score is STABLE, not both IMPROVING and DECLINING. */
  @Test
  void zeroThresholdUnchangedScoreIsStable() {
    HealthAssessment same = model(40, 70, 0).assess(HEALTHY, NOW, List.of(old(87.5)));
    assertThat(same.trend()).isEqualTo(Trend.STABLE);
    assertThat(same.risk()).isEqualTo(ChurnRisk.LOW);
    assertThat(same.reasons()).containsExactly("trend STABLE: 87.5 now vs 87.5 at " + old(0).at() + " (+0, threshold 0)",
        "score 87.5 is at least 70: LOW");
    assertThat(model(40, 70, 0).assess(HEALTHY, NOW, List.of(old(87.4))).trend()).isEqualTo(Trend.IMPROVING);
    assertThat(model(40, 70, 0).assess(HEALTHY, NOW, List.of(old(87.6))).trend()).isEqualTo(Trend.DECLINING);
  }

  /** A declining trend raises LOW to MEDIUM and MEDIUM to HIGH, and never goes past HIGH. */
  @Test
  void decliningRaisesByExactlyOneBand() {
    assertThat(model(40, 90, 5).assess(HEALTHY, NOW, List.of(old(100))).risk()).isEqualTo(ChurnRisk.HIGH);
    HealthAssessment high = model(90, 95, 5).assess(HEALTHY, NOW, List.of(old(100)));
    assertThat(high.risk()).isEqualTo(ChurnRisk.HIGH);
    assertThat(high.reasons()).noneMatch(r -> r.startsWith("declining trend raises"));
  }

  @Test
  void baselineIsTheLatestSnapshotAtOrBeforeTheWindowStart() {
    Instant start = NOW.minus(WINDOW);
    HealthSnapshot atStart = new HealthSnapshot(start, 70);
    HealthSnapshot justInside = new HealthSnapshot(start.plusSeconds(1), 60);
    HealthSnapshot earlier = new HealthSnapshot(start.minusSeconds(1), 50);
    HealthSnapshot atNow = new HealthSnapshot(NOW, 10);
    HealthSnapshot future = new HealthSnapshot(NOW.plusSeconds(1), 0);
    HealthModel m = model(40, 70, 5);
    assertThat(m.assess(HEALTHY, NOW, List.of(justInside, earlier, atStart, future)).baseline()).contains(atStart);
    assertThat(m.assess(HEALTHY, NOW, List.of(atStart, earlier)).baseline()).contains(atStart);
    // none at or before the start: the earliest inside the window; asOf itself is inside, later ones are ignored
    assertThat(m.assess(HEALTHY, NOW, List.of(atNow, justInside, future)).baseline()).contains(justInside);
    assertThat(m.assess(HEALTHY, NOW, List.of(justInside, atNow)).baseline()).contains(justInside);
    assertThat(m.assess(HEALTHY, NOW, List.of(atNow, future)).baseline()).contains(atNow);
    assertThat(m.assess(HEALTHY, NOW, List.of(future)).baseline()).isEmpty();
  }

  @Test
  void aliveProbabilityEqualToABandLimitIsInTheBetterBand() {
    HealthModel m = HealthModel.standard();
    assertThat(m.assess(HEALTHY, NOW, List.of(), Probability.of(new BigDecimal("0.6"))).risk()).isEqualTo(ChurnRisk.LOW);
    HealthAssessment medium = m.assess(HEALTHY, NOW, List.of(), Probability.of(new BigDecimal("0.3")));
    assertThat(medium.risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(medium.reasons()).contains("probability of being active 0.3 is below 0.6: MEDIUM, which raises the risk to MEDIUM");
    HealthAssessment high = m.assess(HEALTHY, NOW, List.of(), Probability.of(new BigDecimal("0.29")));
    assertThat(high.reasons()).contains("probability of being active 0.29 is below 0.3: HIGH, which raises the risk to HIGH");
    // an equal band does not "raise" anything
    HealthAssessment same = model(40, 90, 5).assess(HEALTHY, NOW, List.of(), Probability.of(new BigDecimal("0.5")));
    assertThat(same.risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(same.reasons()).contains("probability of being active 0.5 is below 0.6: MEDIUM");
  }

  @Test
  void thresholdsAreValidatedAtTheirEdges() {
    assertThat(model(70, 70, 0).assess(HEALTHY, NOW, List.of()).risk()).isEqualTo(ChurnRisk.LOW);
    assertThatThrownBy(() -> model(70.01, 70, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> model(Double.NaN, 70, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> model(10, Double.POSITIVE_INFINITY, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> model(10, 70, Double.POSITIVE_INFINITY)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> model(10, 70, Double.NaN)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> model(10, 70, -0.01)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> HealthModel.of(HealthModel.standardScorecard(), 10, 70, Duration.ofSeconds(-1), 0))
        .isInstanceOf(ValidationException.class);
    assertThat(HealthModel.of(HealthModel.standardScorecard(), 10, 70, Duration.ofSeconds(1), 0)).isNotNull();
    HealthModel m = HealthModel.standard();
    assertThat(m.withAliveThresholds(0, 0).assess(HEALTHY, NOW, List.of(), Probability.ZERO).risk()).isEqualTo(ChurnRisk.LOW);
    assertThat(m.withAliveThresholds(1, 1).assess(HEALTHY, NOW, List.of(), Probability.ONE).risk()).isEqualTo(ChurnRisk.LOW);
    assertThatThrownBy(() -> m.withAliveThresholds(-0.01, 0.5)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> m.withAliveThresholds(0.5, 1.01)).isInstanceOf(ValidationException.class);
    assertThat(m.toString()).isEqualTo("HealthModel{" + m.scorecard().name() + ", HIGH<40.0, MEDIUM<70.0, window=PT2160H, threshold=5.0,"
        + " alive HIGH<0.3, MEDIUM<0.6}");
  }
}
