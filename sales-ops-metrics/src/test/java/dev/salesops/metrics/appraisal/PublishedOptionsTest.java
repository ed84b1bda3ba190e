package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The appraisal options issue 20 adds, on published examples or, where none was found, hand computations. */
class PublishedOptionsTest {
  static final CalendarPeriod Q2 = CalendarPeriod.quarter(2026, 2);
  static final AppraisalPolicy ANY = AppraisalPolicy.of(Map.of(IndicatorType.RESULT, AppraisalPolicy.TypeRule.of("0", "1", PeriodKind.QUARTER)));

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Indicator.Builder indicator(String name, String weight, ScoringCurve curve) {
    return Indicator.builder().name(name).type(IndicatorType.RESULT).weight(d(weight)).period(PeriodKind.QUARTER)
        .source(IndicatorSource.kpi(name)).curve(curve);
  }

  static AppraisalScheme.Builder scheme(Indicator... indicators) {
    return AppraisalScheme.builder().name("s").policy(ANY).addIndicators(indicators);
  }

  static final LinearCurve UP_TO_150 = LinearCurve.of(BigDecimal.ZERO, d("1.5"));

  /**
   * The KPI achievement calculator of codingace.net ("Formula used": higher-is-better {@code Actual ÷ Target}, lower-is-
   * better {@code Target ÷ Actual}, normalised overall {@code Σ(achievement × weight) ÷ Σ(weight)}) and its example
   * data: revenue growth 18 vs 15 (higher, 25), customer satisfaction 92 vs 90 (higher, 20), ticket resolution time 6.5
   * vs 8 (lower, 20), project delivery 88 vs 95 (higher, 20), absenteeism 2.4 vs 3 (lower, 15). Achievements by hand:
   * 120 %, 102.22 %, 123.08 %, 92.63 %, 125 %. With the weights given as 30/20/20/20/15 (Σ 105 %) a scheme is refused
   * by default and rescaled on request: (1.2·30 + 1.02222·20 + 1.23077·20 + 0.92632·20 + 1.25·15) / 105 = (36 + 20.4444 +
   * 24.6154 + 18.5263 + 18.75) / 105 = 118.3361 / 105 = 1.1270.
   */
  @Test
  void lowerIsBetterByTargetOverActualAndWeightsRescaledBySum() {
    Indicator[] inds = {
        indicator("revenueGrowth", "0.30", UP_TO_150).build(),
        indicator("csat", "0.20", UP_TO_150).build(),
        indicator("resolutionTime", "0.20", UP_TO_150).direction(Direction.LOWER_IS_BETTER_INVERSE).build(),
        indicator("delivery", "0.20", UP_TO_150).build(),
        indicator("absenteeism", "0.15", UP_TO_150).direction(Direction.LOWER_IS_BETTER_INVERSE).build()};
    assertThatThrownBy(() -> scheme(inds).build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("indicators weights must sum to exactly 1 (100 %): 1.05");
    AppraisalScheme rescaled = scheme(inds).weightSum(WeightSum.RESCALE).build();
    Appraisal a = rescaled.appraise(UserId.of("rep"), Q2, AppraisalInput.builder().add("revenueGrowth", Q2, "18", "15").add("csat", Q2, "92", "90")
        .add("resolutionTime", Q2, "6.5", "8").add("delivery", Q2, "88", "95").add("absenteeism", Q2, "2.4", "3").build());
    assertThat(a.indicator("resolutionTime").orElseThrow().achievement().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.2308");
    assertThat(a.indicator("absenteeism").orElseThrow().achievement()).isEqualByComparingTo("1.25");
    assertThat(a.indicator("revenueGrowth").orElseThrow().weight().setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.285714"); // 0.30 / 1.05
    assertThat(a.total().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.1270");
    // an actual of 0 for a target ÷ actual indicator is the best achievement a curve declares
    assertThat(Direction.LOWER_IS_BETTER_INVERSE.achievement(BigDecimal.ZERO, d("8"))).isEqualByComparingTo("10");
  }

  /**
   * A (value scoring 0 %, value scoring 100 %) pair for a lower-is-better indicator. No published worked example was
   * found; hand computation for "DSO 60 days scores 0 %, 45 days 100 %": 50 days → (50 − 60) / (45 − 60) = 0.6667;
   * 40 days → 1.3333, capped at 100 % by a linear curve with cap 1; 70 days → −0.6667 → 0.
   */
  @Test
  void lowerIsBetterByAPairOfValues() {
    AppraisalScheme s = scheme(indicator("dso", "1", LinearCurve.of(BigDecimal.ZERO, BigDecimal.ONE)).direction(Direction.LOWER_IS_BETTER)
        .scorePoints(ScorePoints.of("60", "45")).build()).build();
    assertThat(score(s, "dso", "50", "45").setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.6667");
    assertThat(score(s, "dso", "40", "45")).isEqualByComparingTo("1");
    assertThat(score(s, "dso", "70", "45")).isEqualByComparingTo("0");
    assertThat(s.appraise(UserId.of("r"), Q2, AppraisalInput.builder().add("dso", Q2, "50", "45").build()).indicators().get(0).curve())
        .contains("scored by 0 % at 60, 100 % at 45");
    // the pair must be ordered as the direction says
    assertThatThrownBy(() -> indicator("dso", "1", UP_TO_150).scorePoints(ScorePoints.of("60", "45")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("scorePoints must score 0 % below the 100 % value");
    assertThatThrownBy(() -> indicator("dso", "1", UP_TO_150).direction(Direction.LOWER_IS_BETTER_INVERSE).scorePoints(ScorePoints.of("60", "45")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("LOWER_IS_BETTER_INVERSE");
  }

  static BigDecimal score(AppraisalScheme s, String name, String actual, String target) {
    return s.appraise(UserId.of("r"), Q2, AppraisalInput.builder().add(name, Q2, actual, target).build()).total();
  }

  /**
   * Interpolated scores rounded up to one decimal of a percent, and a cap on the total. No published plan document
   * with numbers was found; hand computation on the threshold curve 80 % → 40 %, 100 % → 100 %, 120 % → 150 %:
   * achievement 87.654 % scores 0.4 + 0.07654 × 0.6 / 0.2 = 0.62962, rounded UP to 63.0 %; achievement 114 % scores 1 +
   * 0.14 × 0.5 / 0.2 = 1.35, and a total cap of 120 % makes the total 1.2 (band by the capped total).
   */
  @Test
  void roundedInterpolationAndTotalCap() {
    ThresholdCurve curve = ThresholdCurve.of(d("0.8"), d("0.4"), d("1.2"), d("1.5"));
    AppraisalScheme exact = scheme(indicator("revenue", "1", curve).build()).build();
    AppraisalScheme rounded = scheme(indicator("revenue", "1", curve).build()).scoreRounding(ScoreRounding.of(1, RoundingMode.UP))
        .totalCap(d("1.2")).build();
    assertThat(score(exact, "revenue", "87654", "100000")).isEqualByComparingTo("0.62962");
    assertThat(score(rounded, "revenue", "87654", "100000")).isEqualByComparingTo("0.630");
    Appraisal capped = rounded.appraise(UserId.of("r"), Q2, AppraisalInput.builder().add("revenue", Q2, "114", "100").build());
    assertThat(capped.indicators().get(0).curveScore()).isEqualByComparingTo("1.35");
    assertThat(capped.total()).isEqualByComparingTo("1.2");
    assertThat(capped.uncappedTotal()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("1.35"));
    assertThat(capped.explain()).contains("total 1.2 (capped from 1.35)");
    assertThat(exact.appraise(UserId.of("r"), Q2, AppraisalInput.builder().add("revenue", Q2, "114", "100").build()).uncappedTotal()).isEmpty();
    assertThatThrownBy(() -> scheme(indicator("revenue", "1", curve).build()).totalCap(BigDecimal.ZERO).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("totalCap must be within (0, 10]");
  }

  /** Exactly at a threshold or a gate's minimum: scored or passed by default, not with LOWER_TIER. */
  @Test
  void thresholdAndGateEdges() {
    ThresholdCurve upper = ThresholdCurve.of(d("0.8"), d("0.4"), d("1.2"), d("1.5"));
    ThresholdCurve lower = new ThresholdCurve(d("0.8"), d("0.4"), BigDecimal.ONE, d("1.2"), d("1.5"), BoundaryRule.LOWER_TIER);
    assertThat(upper.score(d("0.8"))).isEqualByComparingTo("0.4");
    assertThat(lower.score(d("0.8"))).isEqualByComparingTo("0");
    assertThat(lower.score(d("0.9"))).isEqualByComparingTo("0.7");
    Gate atLeast = Gate.zeroTotal("g", "revenue", d("0.8"));
    Gate moreThan = atLeast.withOnMinimum(BoundaryRule.LOWER_TIER);
    assertThat(atLeast.passes(d("0.8"))).isTrue();
    assertThat(moreThan.passes(d("0.8"))).isFalse();
    assertThat(moreThan.passes(d("0.8000001"))).isTrue();
    AppraisalScheme s = scheme(indicator("revenue", "1", upper).build()).addGates(moreThan).build();
    Appraisal a = s.appraise(UserId.of("r"), Q2, AppraisalInput.builder().add("revenue", Q2, "80", "100").build());
    assertThat(a.total()).isEqualByComparingTo("0");
    assertThat(a.gates().get(0).explain()).contains("0.8 <= 0.8: FAILED");
  }

  @Test
  void theJsonReaderKnowsEveryNewOption() {
    String json = """
        {"name": "options", "policy": {"RESULT": {"minWeight": 0, "maxWeight": 1, "periods": ["QUARTER"]}},
         "weightSum": "RESCALE", "scoreRounding": {"decimals": 1, "mode": "UP"}, "totalCap": "120%",
         "indicators": [
           {"name": "revenue", "type": "RESULT", "weight": "50%", "period": "QUARTER", "source": {"kpi": "revenue"},
            "curve": {"type": "THRESHOLD", "threshold": 0.8, "thresholdScore": 0.4, "stretch": 1.2, "stretchScore": 1.5, "onThreshold": "LOWER_TIER"}},
           {"name": "dso", "type": "RESULT", "weight": "30%", "period": "QUARTER", "direction": "LOWER_IS_BETTER", "source": {"kpi": "dso"},
            "scorePoints": {"zeroAt": 60, "fullAt": 45}, "curve": {"type": "LINEAR", "floor": 0, "cap": 1}},
           {"name": "cost", "type": "RESULT", "weight": "10%", "period": "QUARTER", "direction": "LOWER_IS_BETTER_INVERSE", "source": {"kpi": "cost"},
            "curve": {"type": "LINEAR", "floor": 0, "cap": 1.5}}],
         "gates": [{"name": "g", "indicator": "revenue", "minAchievement": 0.5, "effect": "ZERO_TOTAL", "onMinimum": "LOWER_TIER"}]}
        """;
    AppraisalScheme s = AppraisalSchemes.read(json);
    assertThat(s.weightSum()).isEqualTo(WeightSum.RESCALE);
    assertThat(s.scoreRounding()).contains(ScoreRounding.of(1, RoundingMode.UP));
    assertThat(s.totalCap()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1.2"));
    assertThat(((ThresholdCurve) s.indicators().get(0).curve()).onThreshold()).isEqualTo(BoundaryRule.LOWER_TIER);
    assertThat(s.indicators().get(1).scorePoints()).contains(ScorePoints.of("60", "45"));
    assertThat(s.indicators().get(2).direction()).isEqualTo(Direction.LOWER_IS_BETTER_INVERSE);
    assertThat(s.gates().get(0).onMinimum()).isEqualTo(BoundaryRule.LOWER_TIER);
    // every problem at once, with its path; unknown keys still refused
    String bad = json.replace("\"RESCALE\"", "\"SOMETIMES\"").replace("\"mode\": \"UP\"", "\"mode\": \"UP\", \"x\": 1")
        .replace("\"fullAt\": 45", "\"fullAt\": 60").replace("\"onMinimum\": \"LOWER_TIER\"", "\"onMinimum\": \"MIDDLE\"");
    assertThatThrownBy(() -> AppraisalSchemes.read(bad)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems().stream().map(Object::toString).toList()).contains(
            "weightSum must be one of [EXACT, RESCALE]: \"SOMETIMES\"",
            "scoreRounding.x is not a known field (known: [decimals, mode])",
            "indicators[1].scorePoints.fullAt must differ from zeroAt 60: 60",
            "gates[0].onMinimum must be one of [LOWER_TIER, UPPER_TIER]: \"MIDDLE\""));
    // without the rescale option, weights of 90 % are refused as before
    assertThatThrownBy(() -> AppraisalSchemes.read(json.replace("\"weightSum\": \"RESCALE\",", ""))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("indicators weights must sum to exactly 1 (100 %): 0.90");
  }

  @Test
  void roundingRefusesModesThatCannotRound() {
    assertThatThrownBy(() -> ScoreRounding.of(1, RoundingMode.UNNECESSARY)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ScoreRounding.of(11, RoundingMode.UP)).isInstanceOf(ValidationException.class);
    assertThat(List.of(ScoreRounding.of(0, RoundingMode.HALF_UP).apply(d("0.12345")))).containsExactly(d("0.12"));
  }
}
