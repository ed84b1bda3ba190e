package dev.salesops.scoring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.model.Probability;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.scoring.scorecard.EngagementEvent;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthModelTest {
  static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");

  static ScoringSubject customer(String seats, String tickets, String csat, String late, int touchpointDaysAgo) {
    return ScoringSubject.builder().attribute("usage.activeSeatsPct", seats).attribute("support.openTickets", tickets)
        .attribute("satisfaction.csat", csat).attribute("payment.daysLate", late)
        .event(EngagementEvent.of("touchpoint", NOW.minus(Duration.ofDays(touchpointDaysAgo)))).build();
  }

  /* usage 85 -> 25, 1 ticket -> 15, csat 5 -> 20, 0 days late -> 15 (FIT 75, cap 75); touchpoint 15 days ago -> 12.5. */
  @Test
  void healthyCustomer() {
    HealthAssessment a = HealthModel.standard().assess(customer("85", "1", "5", "0", 15), NOW, List.of());
    assertThat(a.score().total()).isCloseTo(87.5, within(1e-9));
    assertThat(a.score().grade()).contains("HEALTHY");
    assertThat(a.risk()).isEqualTo(ChurnRisk.LOW);
    assertThat(a.trend()).isEqualTo(Trend.STABLE);
    assertThat(a.reasons()).containsExactly("trend STABLE: no earlier score to compare with", "score 87.5 is at least 70: LOW");
  }

  /* usage 50 -> 12, 12 tickets -> -10, csat 2 -> -10, 45 days late -> -15: -23; no recent touchpoint. */
  @Test
  void criticalCustomer() {
    HealthAssessment a = HealthModel.standard().assess(customer("50", "12", "2", "45", 120), NOW, List.of());
    assertThat(a.score().total()).isCloseTo(-23, within(1e-9));
    assertThat(a.risk()).isEqualTo(ChurnRisk.HIGH);
  }

  @Test
  void decliningTrendRaisesRisk() {
    ScoringSubject s = customer("85", "1", "5", "0", 15);
    List<HealthSnapshot> history = List.of(new HealthSnapshot(NOW.minus(Duration.ofDays(200)), 40),
        new HealthSnapshot(NOW.minus(Duration.ofDays(100)), 99), new HealthSnapshot(NOW.minus(Duration.ofDays(30)), 20),
        new HealthSnapshot(NOW.plus(Duration.ofDays(1)), 0));
    HealthAssessment a = HealthModel.standard().assess(s, NOW, history);
    assertThat(a.baseline().orElseThrow().score()).isEqualTo(99);
    assertThat(a.delta()).hasValueSatisfying(d -> assertThat(d).isCloseTo(-11.5, within(1e-9)));
    assertThat(a.trend()).isEqualTo(Trend.DECLINING);
    assertThat(a.risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(a.reasons()).contains("declining trend raises the risk to MEDIUM");

    HealthAssessment up = HealthModel.standard().assess(s, NOW, List.of(new HealthSnapshot(NOW.minus(Duration.ofDays(30)), 60)));
    assertThat(up.trend()).isEqualTo(Trend.IMPROVING);
    HealthAssessment flat = HealthModel.standard().assess(s, NOW, List.of(new HealthSnapshot(NOW.minus(Duration.ofDays(30)), 85)));
    assertThat(flat.trend()).isEqualTo(Trend.STABLE);
  }

  @Test
  void invalidModelReportsAllProblems() {
    assertThatThrownBy(() -> HealthModel.of(HealthModel.standardScorecard(), 80, 70, Duration.ZERO, -1))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(3));
  }

  /**
   * The probability of being alive is an input the host passes (e.g. the BG/NBD P(alive) of metrics' clv package:
   * for the paper's CDNOW customer x = 2, t_x = 30.43, T = 38.86 it is 0.7266; scoring never calls metrics).
   */
  @Test
  void probabilityAliveIsAnInputThatCanRaiseTheRisk() {
    ScoringSubject healthy = customer("85", "1", "5", "0", 15); // score 87.5: LOW
    HealthAssessment alive = HealthModel.standard().assess(healthy, NOW, List.of(), Probability.of(new BigDecimal("0.7266")));
    assertThat(alive.risk()).isEqualTo(ChurnRisk.LOW);
    assertThat(alive.probabilityAlive()).contains(Probability.of(new BigDecimal("0.7266")));
    assertThat(alive.reasons()).contains("probability of being active 0.7266 is at least 0.6: LOW");
    HealthAssessment fading = HealthModel.standard().assess(healthy, NOW, List.of(), Probability.of(new BigDecimal("0.45")));
    assertThat(fading.risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(fading.reasons()).contains("probability of being active 0.45 is below 0.6: MEDIUM, which raises the risk to MEDIUM");
    HealthAssessment gone = HealthModel.standard().assess(healthy, NOW, List.of(), Probability.of(new BigDecimal("0.1")));
    assertThat(gone.risk()).isEqualTo(ChurnRisk.HIGH);
    // it never lowers the score's band
    HealthAssessment critical = HealthModel.standard().assess(customer("50", "12", "2", "45", 120), NOW, List.of(), Probability.ONE);
    assertThat(critical.risk()).isEqualTo(ChurnRisk.HIGH);
    // own thresholds; without the input nothing changes
    assertThat(HealthModel.standard().withAliveThresholds(0.5, 0.8).assess(healthy, NOW, List.of(), Probability.of(new BigDecimal("0.7266")))
        .risk()).isEqualTo(ChurnRisk.MEDIUM);
    assertThat(HealthModel.standard().assess(healthy, NOW, List.of()).probabilityAlive()).isEmpty();
    assertThatThrownBy(() -> HealthModel.standard().withAliveThresholds(0.8, 0.5)).isInstanceOf(ValidationException.class);
  }
}
