package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The documented bounds of curves, gates, indicators, schemes and forced-distribution limits on and beyond their
 * edges, calendar periods, the appraisal of sub-periods outside the period, and the value semantics and texts of
 * appraisals and their lines.
 */
class AppraisalBoundsAndValuesTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static List<String> problems(ThrowingCallable build) {
    ValidationException e = catchThrowableOfType(build, ValidationException.class);
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::message).toList();
  }

  static ThresholdCurve threshold(String t, String ts, String tg, String s, String ss) {
    return new ThresholdCurve(d(t), d(ts), d(tg), d(s), d(ss));
  }

  @Test
  void thresholdCurveParametersOnTheirBounds() {
    // 0 < threshold < 1 < stretch <= 10; 0 <= thresholdScore <= targetScore <= stretchScore <= 10
    assertThatCode(() -> threshold("0.01", "0", "0", "10", "0")).doesNotThrowAnyException();
    assertThatCode(() -> threshold("0.99", "10", "10", "1.01", "10")).doesNotThrowAnyException();
    assertThat(problems(() -> threshold("0", "-0.1", "1", "1", "1"))).containsExactly(
        "threshold must be within (0, 1): 0", "stretch must be within (1, 10]: 1", "thresholdScore must be within [0, 10]: -0.1");
    assertThat(problems(() -> threshold("1", "0.4", "1", "10.01", "1.5"))).containsExactly(
        "threshold must be within (0, 1): 1", "stretch must be within (1, 10]: 10.01");
    assertThat(problems(() -> threshold("0.8", "10.01", "10.02", "1.2", "10.03"))).containsExactly(
        "thresholdScore must be within [0, 10]: 10.01", "targetScore must be within [thresholdScore 10.01, 10]: 10.02",
        "stretchScore must be within [targetScore 10.02, 10]: 10.03");
    assertThat(problems(() -> threshold("0.8", "0.5", "0.4", "1.2", "0.3"))).containsExactly(
        "targetScore must be within [thresholdScore 0.5, 10]: 0.4", "stretchScore must be within [targetScore 0.4, 10]: 0.3");
  }

  @Test
  void thresholdCurveDescribesItsStepAtTheThreshold() {
    ThresholdCurve upper = threshold("0.8", "0.4", "1", "1.2", "1.5");
    assertThat(upper.describe()).isEqualTo("threshold: 0 below 0.8, 0.4 at it, 1 at target, 1.5 at and above stretch 1.2, linear in between");
    ThresholdCurve lower = new ThresholdCurve(d("0.8"), d("0.4"), d("1"), d("1.2"), d("1.5"), BoundaryRule.LOWER_TIER);
    assertThat(lower.describe())
        .isEqualTo("threshold: 0 below 0.8, 0 at it, 0.4 just above it, 1 at target, 1.5 at and above stretch 1.2, linear in between");
    // the class comment's example: 0.7 at 90 %, 1.25 at 110 %
    assertThat(upper.score(d("0.9"))).isEqualByComparingTo("0.7");
    assertThat(upper.score(d("1.1"))).isEqualByComparingTo("1.25");
  }

  @Test
  void bandedCurveBoundsAreInclusive() {
    assertThatCode(() -> BandedCurve.of(List.of(d("0"), d("10")), List.of(d("0"), d("0"), d("10")))).doesNotThrowAnyException();
    assertThat(problems(() -> BandedCurve.of(List.of(d("0.5"), d("0.5")), List.of(d("0"), d("1"), d("1"))))).containsExactly(
        "boundaries[1] must be greater than the previous boundary 0.5: 0.5");
    assertThat(problems(() -> BandedCurve.of(List.of(d("-0.1")), List.of(d("-0.5"), d("10.5"))))).containsExactly(
        "boundaries[0] must be within [0, 10]: -0.1", "scores[0] must be within [0, 10]: -0.5", "scores[1] must be within [0, 10]: 10.5");
  }

  @Test
  void gateBounds() {
    assertThatCode(() -> new Gate("g".repeat(64), "revenue", d("10"), GateEffect.ZERO_TOTAL, List.of(), BoundaryRule.UPPER_TIER))
        .doesNotThrowAnyException();
    assertThatCode(() -> new Gate("g", "revenue", d("0"), GateEffect.ZERO_TOTAL, List.of(), BoundaryRule.UPPER_TIER)).doesNotThrowAnyException();
    assertThat(problems(() -> new Gate("g".repeat(65), "revenue", d("10.01"), GateEffect.ZERO_TOTAL, List.of(), BoundaryRule.UPPER_TIER)))
        .containsExactly("name must be 1 to 64 characters without control characters: 65 characters", "minAchievement must be within [0, 10]: 10.01");
    assertThat(problems(() -> new Gate(" ", "revenue", d("-0.01"), GateEffect.ZERO_TOTAL, List.of(), BoundaryRule.UPPER_TIER)))
        .containsExactly("name must be 1 to 64 characters without control characters: \" \"", "minAchievement must be within [0, 10]: -0.01");
  }

  static Indicator.Builder revenue(String weight) {
    return Indicator.builder().name("revenue").type(IndicatorType.RESULT).weight(d(weight)).period(PeriodKind.MONTH)
        .source(IndicatorSource.kpi("revenue")).curve(LinearCurve.of(BigDecimal.ZERO, d("2")));
  }

  @Test
  void indicatorBounds() {
    assertThat(revenue("1").name("r".repeat(64)).build().name()).hasSize(64);
    assertThat(problems(() -> revenue("1").name("r".repeat(65)).build()))
        .containsExactly("name must be 1 to 64 characters without control characters: 65 characters");
    assertThat(problems(() -> revenue("0").build())).containsExactly("weight must be within (0, 1]: 0");
    assertThat(problems(() -> revenue("1.01").build())).containsExactly("weight must be within (0, 1]: 1.01");
  }

  static AppraisalScheme.Builder monthlyRevenue() {
    return AppraisalScheme.builder().name("monthly")
        .policy(AppraisalPolicy.of(Map.of(IndicatorType.RESULT, AppraisalPolicy.TypeRule.of("1", "1", PeriodKind.MONTH))))
        .addIndicators(revenue("1").build());
  }

  @Test
  void schemeBounds() {
    assertThat(monthlyRevenue().name("s".repeat(128)).build().name()).hasSize(128);
    assertThat(problems(() -> monthlyRevenue().name("s".repeat(129)).build()))
        .containsExactly("name must be 1 to 128 characters without control characters: 129 characters");
    assertThat(problems(() -> monthlyRevenue().name("a\u0007").build()))
        .containsExactly("name must be 1 to 128 characters without control characters: \"a\u0007\"");
    assertThat(monthlyRevenue().totalCap(d("10")).build().totalCap()).contains(d("10"));
    assertThat(problems(() -> monthlyRevenue().totalCap(d("10.5")).build())).containsExactly("totalCap must be within (0, 10]: 10.5");
  }

  @Test
  void aTotalExactlyAtTheCapIsNotCapped() {
    CalendarPeriod q2 = CalendarPeriod.quarter(2026, 2);
    AppraisalScheme capped = monthlyRevenue().totalCap(d("1.2")).scoreRounding(ScoreRounding.of(1, RoundingMode.HALF_UP)).build();
    AppraisalInput.Builder in = AppraisalInput.builder();
    for (int m = 4; m <= 6; m++) {
      in.add("revenue", CalendarPeriod.month(2026, m), "120", "100");
    }
    // achievement 360/300 = 1.2 on the linear curve 0..2: curve score 1.2 = the cap
    Appraisal a = capped.appraise(UserId.of("rep-1"), q2, in.build());
    assertThat(a.total()).isEqualByComparingTo("1.2");
    assertThat(a.uncappedTotal()).isEmpty();
    assertThat(a.uncappedTotalOrNull()).isNull();
    assertThat(a.indicators().get(0).curve()).endsWith("; " + ScoreRounding.of(1, RoundingMode.HALF_UP).describe());
    // above it, the uncapped total is kept
    in.add("revenue", CalendarPeriod.month(2026, 7), "1", "1");
    Appraisal b = monthlyRevenue().totalCap(d("1.1")).build().appraise(UserId.of("rep-1"), q2, in.build());
    assertThat(b.total()).isEqualByComparingTo("1.1");
    assertThat(b.uncappedTotalOrNull()).isEqualByComparingTo("1.2");
    assertThat(b.explain()).endsWith("  total 1.1 (capped from 1.2), band A");
  }

  @Test
  void measurementsOutsideThePeriodAreListedInDateOrder() {
    CalendarPeriod q2 = CalendarPeriod.quarter(2026, 2);
    Appraisal a = monthlyRevenue().build().appraise(UserId.of("rep-1"), q2, AppraisalInput.builder()
        .add("revenue", CalendarPeriod.month(2026, 8), "5", "5")
        .add("revenue", CalendarPeriod.month(2026, 4), "100", "100")
        .add("revenue", CalendarPeriod.month(2026, 1), "5", "5")
        .build());
    IndicatorResult r = a.indicator("revenue").orElseThrow();
    assertThat(r.periodsIgnored()).containsExactly(CalendarPeriod.month(2026, 1), CalendarPeriod.month(2026, 8));
    assertThat(r.periodsUsed()).containsExactly(CalendarPeriod.month(2026, 4));
    assertThat(r.periodsMissing()).containsExactly(CalendarPeriod.month(2026, 5), CalendarPeriod.month(2026, 6));
    assertThat(r.explain()).endsWith("; SUM of [2026-04], missing [2026-05, 2026-06], ignored [2026-01, 2026-08]");
    Appraisal one = monthlyRevenue().build().appraise(UserId.of("rep-1"), q2, AppraisalInput.builder()
        .add("revenue", CalendarPeriod.month(2026, 4), "100", "100").add("revenue", CalendarPeriod.month(2026, 9), "5", "5").build());
    assertThat(one.indicators().get(0).periodsIgnored()).containsExactly(CalendarPeriod.month(2026, 9));
  }

  static IndicatorResult line(Direction direction, List<CalendarPeriod> used, List<CalendarPeriod> missing, List<CalendarPeriod> ignored,
      List<String> zeroedBy) {
    return new IndicatorResult("dso", IndicatorType.RESULT, direction, "kpi dso", "linear", Aggregation.SUM, used, missing, ignored,
        d("40"), d("50"), Ratio.of(d("40"), d("50")), d("1.25"), d("1.25"), zeroedBy, zeroedBy.isEmpty() ? d("1.25") : BigDecimal.ZERO,
        d("0.5"), zeroedBy.isEmpty() ? d("0.625") : BigDecimal.ZERO);
  }

  @Test
  void anIndicatorLineNamesItsDirectionGateAndPeriods() {
    CalendarPeriod apr = CalendarPeriod.month(2026, 4);
    CalendarPeriod may = CalendarPeriod.month(2026, 5);
    assertThat(line(Direction.LOWER_IS_BETTER_INVERSE, List.of(apr), List.of(), List.of(), List.of()).explain()).isEqualTo(
        "dso [RESULT, lower (target / actual) is better, kpi dso]: actual 40 / target 50 = 0.8, achievement 1.25, curve score 1.25, "
            + "score 1.25 × weight 0.5 = 0.625");
    assertThat(line(Direction.LOWER_IS_BETTER, List.of(apr), List.of(), List.of(), List.of("dso-gate")).explain()).isEqualTo(
        "dso [RESULT, lower is better, kpi dso]: actual 40 / target 50 = 0.8, achievement 1.25, curve score 1.25, zeroed by gate dso-gate, "
            + "score 0 × weight 0.5 = 0");
    assertThat(line(Direction.HIGHER_IS_BETTER, List.of(apr, may), List.of(), List.of(), List.of()).explain()).endsWith("= 0.625; SUM of [2026-04, 2026-05]");
    assertThat(line(Direction.HIGHER_IS_BETTER, List.of(apr), List.of(may), List.of(), List.of()).explain()).endsWith("= 0.625; SUM of [2026-04], missing [2026-05]");
    assertThat(line(Direction.HIGHER_IS_BETTER, List.of(apr), List.of(), List.of(may), List.of()).explain()).endsWith("= 0.625; SUM of [2026-04], ignored [2026-05]");
  }

  @Test
  void appraisalsAreValuesWithARecordLikeText() {
    UserId rep = UserId.of("rep-1");
    CalendarPeriod q2 = CalendarPeriod.quarter(2026, 2);
    IndicatorResult l = line(Direction.HIGHER_IS_BETTER, List.of(q2), List.of(), List.of(), List.of());
    GateResult g = new GateResult("gate", "dso", d("1.25"), d("0.8"), true, GateEffect.ZERO_TOTAL, List.of());
    Map<IndicatorType, BigDecimal> sub = Map.of(IndicatorType.RESULT, d("0.625"));
    Appraisal a = new Appraisal(rep, q2, "s", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D", null);
    assertThat(a.subject()).isEqualTo(rep);
    assertThat(a.period()).isEqualTo(q2);
    assertThat(a.scheme()).isEqualTo("s");
    new EqualsTester()
        .addEqualityGroup(a, new Appraisal(rep, q2, "s", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D"))
        .addEqualityGroup(new Appraisal(UserId.of("rep-2"), q2, "s", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, CalendarPeriod.quarter(2026, 3), "s", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "t", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(), List.of(g), sub, d("0.625"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(l), List.of(), sub, d("0.625"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(l), List.of(g), Map.of(IndicatorType.PROCESS, d("0.625")), d("0.625"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(l), List.of(g), sub, d("0.7"), List.of(), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(l), List.of(g), sub, d("0.625"), List.of("gate"), "D", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(l), List.of(g), sub, d("0.625"), List.of(), "C", null))
        .addEqualityGroup(new Appraisal(rep, q2, "s", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D", d("0.7")))
        .testEquals();
    assertThat(a.hashCode()).isNotEqualTo(new Appraisal(rep, q2, "t", List.of(l), List.of(g), sub, d("0.625"), List.of(), "D", null).hashCode());
    assertThat(a.toString()).startsWith("Appraisal[subject=" + rep + ", period=" + q2 + ", scheme=s, indicators=[")
        .endsWith(", subtotals={RESULT=0.625}, total=0.625, totalZeroedBy=[], band=D, uncappedTotal=Optional.empty]");
    // the subtotal per type is part of the explanation
    assertThat(a.explain()).contains("\n  subtotal RESULT: 0.625\n  total 0.625, band D");
  }

  @Test
  void forcedDistributionLimitBounds() {
    assertThatCode(() -> new ForcedDistribution.Limit(List.of("S"), d("0"), d("1"))).doesNotThrowAnyException();
    assertThatCode(() -> new ForcedDistribution.Limit(List.of("S"), d("1"), null)).doesNotThrowAnyException();
    assertThatCode(() -> new ForcedDistribution.Limit(List.of("S"), null, d("0"))).doesNotThrowAnyException();
    assertThatCode(() -> new ForcedDistribution.Limit(List.of("S"), d("0.3"), d("0.3"))).doesNotThrowAnyException();
    assertThat(problems(() -> new ForcedDistribution.Limit(List.of("S"), d("-0.1"), d("1.1")))).containsExactly(
        "minShare must be within [0, 1]: -0.1", "maxShare must be within [0, 1]: 1.1");
    assertThat(problems(() -> new ForcedDistribution.Limit(List.of("S"), d("1.1"), d("-0.1")))).containsExactly(
        "minShare must be within [0, 1]: 1.1", "maxShare must be within [0, 1]: -0.1", "maxShare must not be less than minShare 1.1: -0.1");
    assertThat(problems(() -> new ForcedDistribution.Limit(List.of(), d("0.4"), d("0.3")))).containsExactly(
        "bands must name at least one band: []", "maxShare must not be less than minShare 0.4: 0.3");
    assertThat(problems(() -> new ForcedDistribution.Limit(List.of("S"), null, null))).containsExactly("limit must have a minimum or a maximum share");
  }

  @Test
  void forcedDistributionLimitsAreValues() {
    ForcedDistribution.Limit atLeast = ForcedDistribution.Limit.atLeast(List.of("C", "D"), d("0.1"));
    assertThat(atLeast.minShare()).contains(d("0.1"));
    assertThat(atLeast.maxShare()).isEmpty();
    assertThat(ForcedDistribution.Limit.atMost(List.of("S"), d("0.2")).maxShare()).contains(d("0.2"));
    new EqualsTester()
        .addEqualityGroup(atLeast, new ForcedDistribution.Limit(List.of("C", "D"), d("0.1"), null))
        .addEqualityGroup(new ForcedDistribution.Limit(List.of("C"), d("0.1"), null))
        .addEqualityGroup(new ForcedDistribution.Limit(List.of("C", "D"), d("0.2"), null))
        .addEqualityGroup(new ForcedDistribution.Limit(List.of("C", "D"), d("0.1"), d("0.5")))
        .testEquals();
    assertThat(atLeast.hashCode()).isNotEqualTo(new ForcedDistribution.Limit(List.of("C"), d("0.1"), null).hashCode());
    assertThat(atLeast).hasToString("Limit[bands=[C, D], minShare=Optional[0.1], maxShare=Optional.empty]");
  }

  @Test
  void aTotalBelowEveryMinimumGetsTheLastBand() {
    assertThat(RatingBands.defaults().bandFor(d("-0.5")).name()).isEqualTo("D");
    assertThat(RatingBands.defaults().bandFor(d("0.85")).name()).isEqualTo("B");
  }

  @Test
  void calendarPeriodsLabelsAssignmentAndOrder() {
    assertThat(CalendarPeriod.month(YearMonth.of(2026, 4))).isEqualTo(CalendarPeriod.month(2026, 4));
    assertThat(List.of(1, 2, 3, 4)).allSatisfy(q -> assertThat(CalendarPeriod.quarter(2026, q).label()).isEqualTo("2026-Q" + q));
    assertThat(CalendarPeriod.parse("2026-Q3")).isEqualTo(CalendarPeriod.quarter(2026, 3));
    // a month belongs to a quarter it lies in, not to another; a year to no quarter
    assertThat(CalendarPeriod.month(2026, 6).isAssignedTo(CalendarPeriod.quarter(2026, 2), WeekRule.THURSDAY)).isTrue();
    assertThat(CalendarPeriod.month(2026, 7).isAssignedTo(CalendarPeriod.quarter(2026, 2), WeekRule.THURSDAY)).isFalse();
    assertThat(CalendarPeriod.month(2026, 3).isAssignedTo(CalendarPeriod.quarter(2026, 2), WeekRule.THURSDAY)).isFalse();
    assertThat(CalendarPeriod.year(2026).isAssignedTo(CalendarPeriod.quarter(2026, 2), WeekRule.THURSDAY)).isFalse();
    assertThat(CalendarPeriod.year(2026).periodsOf(PeriodKind.QUARTER, WeekRule.THURSDAY)).containsExactly(CalendarPeriod.quarter(2026, 1),
        CalendarPeriod.quarter(2026, 2), CalendarPeriod.quarter(2026, 3), CalendarPeriod.quarter(2026, 4));
    assertThat(CalendarPeriod.quarter(2026, 2).periodsOf(PeriodKind.MONTH, WeekRule.THURSDAY)).containsExactly(CalendarPeriod.month(2026, 4),
        CalendarPeriod.month(2026, 5), CalendarPeriod.month(2026, 6));
    // by start date, then shorter kinds first
    List<CalendarPeriod> ps = new ArrayList<>(List.of(CalendarPeriod.year(2026), CalendarPeriod.month(2026, 2), CalendarPeriod.quarter(2026, 1),
        CalendarPeriod.month(2026, 1)));
    Collections.sort(ps);
    assertThat(ps).containsExactly(CalendarPeriod.month(2026, 1), CalendarPeriod.quarter(2026, 1), CalendarPeriod.year(2026), CalendarPeriod.month(2026, 2));
    assertThat(CalendarPeriod.quarter(2026, 1).compareTo(CalendarPeriod.month(2026, 1))).isPositive();
    assertThat(CalendarPeriod.month(2026, 1).compareTo(CalendarPeriod.month(2026, 1))).isZero();
  }

  @Test
  void anUnknownLabelIsShownUpTo20Characters() {
    String twenty = "x".repeat(20);
    assertThat(problems(() -> CalendarPeriod.parse(twenty))).containsExactly(
        "period must be a label such as 2026-W14, 2026-04, 2026-Q2 or 2026: \"" + twenty + "\"");
    assertThat(problems(() -> CalendarPeriod.parse(twenty + "y"))).containsExactly(
        "period must be a label such as 2026-W14, 2026-04, 2026-Q2 or 2026: \"" + twenty + "...\"");
  }
}
