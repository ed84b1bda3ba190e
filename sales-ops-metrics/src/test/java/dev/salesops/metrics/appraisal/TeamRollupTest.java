package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.AccumulatorLaws;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Team roll-ups, rating distributions and the forced-distribution check. */
class TeamRollupTest {
  static final CalendarPeriod Q2 = CalendarPeriod.quarter(2026, 2);

  /** A one-indicator scheme: total = min(actual / target, 2). */
  static final AppraisalScheme SIMPLE = AppraisalScheme.builder().name("simple")
      .policy(AppraisalPolicy.of(Map.of(IndicatorType.RESULT, AppraisalPolicy.TypeRule.of("1", "1", PeriodKind.QUARTER))))
      .addIndicators(Indicator.builder().name("revenue").type(IndicatorType.RESULT).weight(BigDecimal.ONE).period(PeriodKind.QUARTER)
          .source(IndicatorSource.kpi("revenue")).curve(LinearCurve.of(BigDecimal.ZERO, BigDecimal.valueOf(2))).build())
      .build();

  static Appraisal rep(String id, String actual, String target) {
    return SIMPLE.appraise(UserId.of(id), Q2, AppraisalInput.builder().add("revenue", Q2, actual, target).build());
  }

  @Test
  void meanTargetWeightedAndHeadcountWeighted() {
    Appraisal a = rep("a", "130", "100"); // 1.3 S
    Appraisal b = rep("b", "90", "100"); // 0.9 B
    Appraisal c = rep("c", "300", "500"); // 0.6 D
    TeamRollup mean = TeamRollup.mean(RatingBands.defaults());
    List.of(a, b, c).forEach(mean::add);
    TeamSummary m = mean.finish();
    assertThat(m.headcount()).isEqualTo(3);
    assertThat(m.score()).isEqualTo(Ratio.of(new BigDecimal("2.8"), new BigDecimal("3"))); // (1.3 + 0.9 + 0.6) / 3
    assertThat(m.distribution().counts()).containsExactly(Map.entry("S", 1L), Map.entry("A", 0L), Map.entry("B", 1L), Map.entry("C", 0L), Map.entry("D", 1L));

    TeamRollup weighted = TeamRollup.targetWeighted("revenue", RatingBands.defaults());
    List.of(a, b, c).forEach(weighted::add);
    // (1.3 × 100 + 0.9 × 100 + 0.6 × 500) / 700 = 520 / 700
    assertThat(weighted.finish().score().value(4, java.math.RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.7429"));
    assertThat(weighted.finish().score()).isEqualTo(Ratio.of(new BigDecimal("520"), new BigDecimal("700")));

    TeamRollup other = TeamRollup.mean(RatingBands.defaults());
    other.add(rep("d", "100", "100")); // 1.0 A
    TeamSummary teams = TeamSummary.headcountWeighted(List.of(m, other.finish()));
    // (0.9333... × 3 + 1 × 1) / 4 = the mean over all four people (3.8 / 4 = 0.95), up to 16 digits
    assertThat(teams.headcount()).isEqualTo(4);
    assertThat(teams.score().value(10, java.math.RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.9500000000"));
    assertThat(teams.distribution().count("A")).isEqualTo(1);
    assertThat(teams.method()).isEqualTo(RollupMethod.HEADCOUNT_WEIGHTED);
  }

  @Test
  void emptyTeamIsUndefinedNotZero() {
    TeamSummary s = TeamRollup.mean(RatingBands.defaults()).finish();
    assertThat(s.score().isDefined()).isFalse();
    assertThat(s.distribution().total()).isZero();
    assertThat(ForcedDistribution.of(List.of(ForcedDistribution.Limit.atMost(List.of("S", "A"), new BigDecimal("0.2")))).holds(s.distribution())).isTrue();
  }

  @Test
  void rollupIsAMergeableAccumulator() {
    AccumulatorLaws.check(3L, 50, random -> {
      List<Appraisal> list = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        list.add(rep("r" + i, String.valueOf(random.nextInt(250)), String.valueOf(1 + random.nextInt(200))));
      }
      return list;
    }, () -> TeamRollup.targetWeighted("revenue", RatingBands.defaults()));
  }

  @Test
  void rollupsOfDifferentKindsDoNotMerge() {
    assertThatThrownBy(() -> TeamRollup.mean(RatingBands.defaults()).merge(TeamRollup.targetWeighted("revenue", RatingBands.defaults())))
        .hasMessageContaining("must be a roll-up of the same method, indicator and bands");
  }

  @Test
  void forcedDistributionReportsBreachesWithoutAdjusting() {
    TeamRollup r = TeamRollup.mean(RatingBands.defaults());
    // 2 S, 1 A, 5 B, 2 C: S+A = 3 of 10 = 30 %
    for (String[] x : new String[][] {{"125", "100"}, {"130", "100"}, {"105", "100"}, {"90", "100"}, {"90", "100"},
        {"90", "100"}, {"90", "100"}, {"90", "100"}, {"75", "100"}, {"75", "100"}}) {
      r.add(rep("r" + r.finish().headcount(), x[0], x[1]));
    }
    RatingDistribution dist = r.finish().distribution();
    ForcedDistribution policy = ForcedDistribution.of(List.of(
        ForcedDistribution.Limit.atMost(List.of("S", "A"), new BigDecimal("0.2")),
        ForcedDistribution.Limit.atLeast(List.of("C", "D"), new BigDecimal("0.2")),
        ForcedDistribution.Limit.atMost(List.of("S"), new BigDecimal("0.2"))));
    List<ForcedDistribution.Finding> findings = policy.check(dist);
    assertThat(findings).extracting(ForcedDistribution.Finding::holds).containsExactly(false, true, true);
    assertThat(findings.get(0).explain()).isEqualTo("S+A: 3 of 10 = 0.3, at most 0.2: BREACHED");
    assertThat(findings.get(2).explain()).isEqualTo("S: 2 of 10 = 0.2, at most 0.2: holds"); // exactly at the limit holds
    assertThat(policy.holds(dist)).isFalse();
    assertThat(dist.count("S")).isEqualTo(2); // nothing was adjusted
  }

  @Test
  void ratingBandsAreDataWithInclusiveMinimums() {
    RatingBands bands = RatingBands.defaults();
    assertThat(bands.bandFor(new BigDecimal("1.20")).name()).isEqualTo("S");
    assertThat(bands.bandFor(new BigDecimal("1.1999")).name()).isEqualTo("A");
    assertThat(bands.bandFor(new BigDecimal("1")).name()).isEqualTo("A");
    assertThat(bands.bandFor(new BigDecimal("0.85")).name()).isEqualTo("B");
    assertThat(bands.bandFor(new BigDecimal("0.6999")).name()).isEqualTo("D");
    RatingBands three = RatingBands.of(List.of(RatingBand.of("Exceeds", new BigDecimal("1.1")), RatingBand.of("Meets", new BigDecimal("0.9")),
        RatingBand.of("Below", BigDecimal.ZERO)));
    assertThat(three.bandFor(new BigDecimal("0.95")).name()).isEqualTo("Meets");
    assertThatThrownBy(() -> RatingBands.of(List.of(RatingBand.of("X", new BigDecimal("0.5")), RatingBand.of("X", new BigDecimal("0.6")))))
        .hasMessageContaining("bands[1].name must be unique: X")
        .hasMessageContaining("bands[1].minimum must be less than the previous band's minimum 0.5: 0.6")
        .hasMessageContaining("bands[1].minimum must be 0 for the last band");
  }
}
