package dev.salesops.metrics.appraisal;

import static dev.salesops.metrics.appraisal.AppraisalBoundsAndValuesTest.d;
import static dev.salesops.metrics.appraisal.AppraisalBoundsAndValuesTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The smaller parts of an appraisal on their documented edges: sources, linear curves, bands, score points and
 * rounding, policy rules, forced-distribution findings, roll-ups, and the names shown in refusals.
 */
class AppraisalPartsEdgesTest {

  @Test
  void sourcesDescribeThemselvesAndARatingScaleIncludesItsEnds() {
    assertThat(IndicatorSource.kpi("revenue").describe()).isEqualTo("kpi revenue");
    IndicatorSource.ManagerRating scale = (IndicatorSource.ManagerRating) IndicatorSource.rating(d("0"), d("5"));
    assertThat(scale.describe()).isEqualTo("manager rating 0..5");
    assertThat(scale.allows(d("0"))).isTrue();
    assertThat(scale.allows(d("5"))).isTrue();
    assertThat(scale.allows(d("5.01"))).isFalse();
    assertThat(scale.allows(d("-0.01"))).isFalse();
    assertThat(problems(() -> IndicatorSource.rating(d("-1"), d("-1")))).containsExactly(
        "source.rating.min must not be negative: -1", "source.rating.max must be greater than min -1: -1");
  }

  @Test
  void linearCurveBoundsAndItsFloor() {
    assertThatCode(() -> LinearCurve.of(d("1"), d("1"))).doesNotThrowAnyException();
    assertThatCode(() -> LinearCurve.of(d("0"), d("10"))).doesNotThrowAnyException();
    assertThat(problems(() -> LinearCurve.of(d("1.1"), d("0.9")))).containsExactly("floor must be within [0, 1]: 1.1", "cap must be within [1, 10]: 0.9");
    assertThat(problems(() -> LinearCurve.of(d("-0.1"), d("10.1")))).containsExactly("floor must be within [0, 1]: -0.1", "cap must be within [1, 10]: 10.1");
    // an achievement exactly at the floor scores, below it nothing
    assertThat(LinearCurve.of(d("0.5"), d("1.2")).score(d("0.5"))).isEqualByComparingTo("0.5");
    assertThat(LinearCurve.of(d("0.5"), d("1.2")).score(d("0.49"))).isEqualByComparingTo("0");
  }

  @Test
  void bandsAndTheirNames() {
    assertThatCode(() -> RatingBand.of("b".repeat(16), d("10"))).doesNotThrowAnyException();
    assertThatCode(() -> RatingBand.of("D", d("0"))).doesNotThrowAnyException();
    assertThat(problems(() -> RatingBand.of("b".repeat(17), d("10.5")))).containsExactly(
        "name must be 1 to 16 characters without control characters: 17 characters", "minimum must be within [0, 10]: 10.5");
    assertThat(problems(() -> RatingBand.of("", d("-0.5")))).containsExactly(
        "name must be 1 to 16 characters without control characters: \"\"", "minimum must be within [0, 10]: -0.5");
    // a name of the longest length with a control character is shown, not counted
    String tabbed = "\t" + "b".repeat(15);
    assertThat(problems(() -> RatingBand.of(tabbed, d("1")))).containsExactly(
        "name must be 1 to 16 characters without control characters: \"" + tabbed + "\"");
    String gate = "\t" + "g".repeat(63);
    assertThat(problems(() -> new Gate(gate, "revenue", d("1"), GateEffect.ZERO_TOTAL, List.of(), BoundaryRule.UPPER_TIER))).singleElement()
        .asString().startsWith("name must be 1 to 64 characters without control characters: \"\t").doesNotEndWith(" characters");
    assertThat(problems(() -> AppraisalBoundsAndValuesTest.revenue("1").name(gate).build())).singleElement()
        .asString().startsWith("name must be 1 to 64 characters without control characters: \"\t").doesNotEndWith(" characters");
    String scheme = "\t" + "s".repeat(127);
    assertThat(problems(() -> AppraisalBoundsAndValuesTest.monthlyRevenue().name(scheme).build())).singleElement()
        .asString().startsWith("name must be 1 to 128 characters without control characters: \"\t").doesNotEndWith(" characters");
  }

  @Test
  void scorePointsKnowTheirDirection() {
    assertThat(ScorePoints.of("60", "45").lowerIsBetter()).isTrue();
    assertThat(ScorePoints.of("45", "60").lowerIsBetter()).isFalse();
  }

  @Test
  void scoreRoundingBoundsAndText() {
    assertThat(ScoreRounding.of(0, RoundingMode.UP).describe()).isEqualTo("rounded UP to 0 decimals of a percent");
    assertThat(ScoreRounding.of(1, RoundingMode.UP).describe()).isEqualTo("rounded UP to 1 decimal of a percent");
    assertThat(ScoreRounding.of(10, RoundingMode.HALF_EVEN).describe()).isEqualTo("rounded HALF_EVEN to 10 decimals of a percent");
    assertThatThrownBy(() -> ScoreRounding.of(-1, RoundingMode.UP)).hasMessage("decimals must be within [0, 10]: -1");
    assertThatThrownBy(() -> ScoreRounding.of(11, RoundingMode.UP)).hasMessage("decimals must be within [0, 10]: 11");
  }

  @Test
  void policyRulesReportEveryProblem() {
    assertThatCode(() -> new AppraisalPolicy.TypeRule(d("0"), d("1"), Set.of(PeriodKind.QUARTER))).doesNotThrowAnyException();
    assertThat(problems(() -> new AppraisalPolicy.TypeRule(d("1.5"), d("2"), Set.of(PeriodKind.QUARTER)))).containsExactly(
        "minWeight must be within [0, 1]: 1.5", "maxWeight must be within [minWeight 1.5, 1]: 2");
    assertThat(problems(() -> new AppraisalPolicy.TypeRule(d("0.5"), d("0.4"), Set.of()))).containsExactly(
        "maxWeight must be within [minWeight 0.5, 1]: 0.4", "periods must allow at least one period: []");
  }

  @Test
  void aTargetOfZeroGivesNoAchievement() {
    assertThatThrownBy(() -> Direction.HIGHER_IS_BETTER.achievement(d("1"), d("0"))).isInstanceOf(ValidationException.class)
        .hasMessage("target must be positive: 0");
    assertThat(Direction.HIGHER_IS_BETTER.achievement(d("1"), d("0.01"))).isEqualByComparingTo("100");
  }

  static RatingDistribution distribution(long s, long a, long b, long c, long dd) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("S", s);
    m.put("A", a);
    m.put("B", b);
    m.put("C", c);
    m.put("D", dd);
    return new RatingDistribution(m);
  }

  @Test
  void forcedDistributionFindingsForMinimumsAndMaximums() {
    ForcedDistribution fd = ForcedDistribution.of(List.of(ForcedDistribution.Limit.atLeast(List.of("C", "D"), d("0.1")),
        ForcedDistribution.Limit.atMost(List.of("S", "A"), d("0.2"))));
    // 0 of 10 in C+D is below 10 %; 2 of 10 in S+A is exactly 20 %
    List<ForcedDistribution.Finding> f = fd.check(distribution(1, 1, 8, 0, 0));
    assertThat(f).extracting(ForcedDistribution.Finding::explain).containsExactly(
        "C+D: 0 of 10 = 0, at least 0.1: BREACHED", "S+A: 2 of 10 = 0.2, at most 0.2: holds");
    // exactly 10 % in C+D holds
    assertThat(fd.check(distribution(1, 1, 7, 1, 0)).get(0).explain()).isEqualTo("C+D: 1 of 10 = 0.1, at least 0.1: holds");
  }

  @Test
  void distributionsOverBands() {
    RatingDistribution empty = RatingDistribution.empty(List.of("S", "A", "B"));
    assertThat(empty.counts()).containsExactly(Map.entry("S", 0L), Map.entry("A", 0L), Map.entry("B", 0L));
    assertThat(empty.share(List.of("S")).isDefined()).isFalse();
    assertThat(empty).hasToString("S 0, A 0, B 0");
    RatingDistribution some = distribution(1, 1, 7, 1, 0);
    assertThat(some.share(List.of("S", "A"))).isEqualTo(dev.salesops.metrics.ratio.Ratio.of(2, 10));
    assertThat(some).hasToString("S 1, A 1, B 7, C 1, D 0");
  }

  @Test
  void aTargetWeightedRollUpNeedsTheIndicator() {
    CalendarPeriod q2 = CalendarPeriod.quarter(2026, 2);
    Appraisal a = new Appraisal(UserId.of("rep-1"), q2, "s", List.of(), List.of(), Map.of(IndicatorType.RESULT, BigDecimal.ONE), BigDecimal.ONE,
        List.of(), "A");
    TeamRollup rollup = TeamRollup.targetWeighted("revenue", RatingBands.defaults());
    assertThatThrownBy(() -> rollup.add(a)).isInstanceOf(ValidationException.class)
        .hasMessage("appraisal must have indicator revenue for a target-weighted roll-up: s");
  }

  @Test
  void anAppraisalWithoutSubtotalsTakesAnyEmptyMap() {
    // new EnumMap<>(Map.of()) throws "Specified map is empty": the constructor must not pass that on
    CalendarPeriod q2 = CalendarPeriod.quarter(2026, 2);
    Appraisal a = new Appraisal(UserId.of("rep-1"), q2, "s", List.of(), List.of(), Map.of(), BigDecimal.ZERO, List.of(), "D");
    assertThat(a.subtotals()).isEmpty();
    assertThat(a).isEqualTo(new Appraisal(UserId.of("rep-1"), q2, "s", List.of(), List.of(),
        new java.util.EnumMap<>(IndicatorType.class), BigDecimal.ZERO, List.of(), "D"));
  }

  @Test
  void anAppraiserKnowsItsSchemeAndPeriod() {
    AppraisalScheme scheme = AppraisalBoundsAndValuesTest.monthlyRevenue().build();
    Appraiser appraiser = scheme.appraiser(CalendarPeriod.quarter(2026, 2));
    assertThat(appraiser.scheme()).isSameAs(scheme);
    assertThat(appraiser.period()).isEqualTo(CalendarPeriod.quarter(2026, 2));
  }
}
