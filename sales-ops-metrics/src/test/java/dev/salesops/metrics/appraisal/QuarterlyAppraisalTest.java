package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A full quarterly appraisal of one rep under the seed's example scheme, computed by hand: monthly revenue,
 * cash and quotes, weekly visits and proposals, quarterly new customers and manager ratings.
 */
class QuarterlyAppraisalTest {
  static final UserId REP = UserId.of("rep-042");
  static final CalendarPeriod Q2 = CalendarPeriod.quarter(2026, 2);

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static CalendarPeriod week(int w) {
    return CalendarPeriod.isoWeek(2026, w);
  }

  /** The worked example's input; {@code revenue} per month as given. */
  static AppraisalInput.Builder input(String aprilRevenue, String mayRevenue, String juneRevenue) {
    AppraisalInput.Builder b = AppraisalInput.builder()
        .add("revenue", CalendarPeriod.month(2026, 4), aprilRevenue, "100000")
        .add("revenue", CalendarPeriod.month(2026, 5), mayRevenue, "100000")
        .add("revenue", CalendarPeriod.month(2026, 6), juneRevenue, "100000")
        .add("collected-cash", CalendarPeriod.month(2026, 4), "80000", "100000")
        .add("collected-cash", CalendarPeriod.month(2026, 5), "90000", "100000")
        .add("collected-cash", CalendarPeriod.month(2026, 6), "100000", "100000")
        .add("new-customers", Q2, "6", "6")
        .add("quotes", CalendarPeriod.month(2026, 4), "8", "10")
        .add("quotes", CalendarPeriod.month(2026, 5), "10", "10")
        .add("quotes", CalendarPeriod.month(2026, 6), "12", "10")
        .add("product-knowledge", Q2, "4", "4")
        .add("selling-skill", Q2, "5", "4")
        .add("teamwork", Q2, "3", "4");
    // visits: W14..W26 belong to Q2 (Thursday rule); W20 not supplied; W13 and W27 supplied but outside Q2
    b.add("visits", week(13), "50", "10");
    for (int w = 14; w <= 26; w++) {
      if (w != 20) {
        b.add("visits", week(w), w == 26 ? "15" : "9", "10");
      }
    }
    b.add("visits", week(27), "50", "10");
    // proposals: every week of Q2, 3 a week against 2
    for (int w = 14; w <= 26; w++) {
      b.add("proposals", week(w), "3", "2");
    }
    return b;
  }

  @Test
  void fullQuarterWithWeeklyMonthlyAndQuarterlyIndicators() {
    AppraisalScheme scheme = AppraisalSchemes.seedExample();
    Appraisal a = scheme.appraise(REP, Q2, input("100000", "90000", "140000").build());

    // revenue: 330000 / 300000 = 1.1 -> threshold curve 1 + 0.1 × 0.5 / 0.2 = 1.25; × 0.30 = 0.375
    IndicatorResult revenue = a.indicator("revenue").orElseThrow();
    assertThat(revenue.actual()).isEqualByComparingTo("330000");
    assertThat(revenue.target()).isEqualByComparingTo("300000");
    assertThat(revenue.achievement()).isEqualByComparingTo("1.1");
    assertThat(revenue.curveScore()).isEqualByComparingTo("1.25");
    assertThat(revenue.weightedScore()).isEqualByComparingTo("0.375");
    assertThat(revenue.periodsUsed()).extracting(CalendarPeriod::label).containsExactly("2026-04", "2026-05", "2026-06");

    // collected cash: 270000 / 300000 = 0.9 -> linear 0.9; × 0.20 = 0.18
    assertThat(a.indicator("collected-cash").orElseThrow().weightedScore()).isEqualByComparingTo("0.18");
    // new customers: 6 / 6 = 1, exactly on a boundary, UPPER_TIER -> 1.0; × 0.15 = 0.15
    assertThat(a.indicator("new-customers").orElseThrow().curveScore()).isEqualByComparingTo("1.0");
    assertThat(a.indicator("new-customers").orElseThrow().weightedScore()).isEqualByComparingTo("0.15");

    // visits: 11 × 9 + 15 = 114 over 12 weeks, target 120 -> 0.95; × 0.10 = 0.095
    IndicatorResult visits = a.indicator("visits").orElseThrow();
    assertThat(visits.actual()).isEqualByComparingTo("114");
    assertThat(visits.target()).isEqualByComparingTo("120");
    assertThat(visits.weightedScore()).isEqualByComparingTo("0.095");
    assertThat(visits.periodsUsed()).extracting(CalendarPeriod::label)
        .containsExactlyElementsOf(IntStream.rangeClosed(14, 26).filter(w -> w != 20).mapToObj(w -> String.format("2026-W%02d", w)).collect(Collectors.toList()));
    assertThat(visits.periodsMissing()).extracting(CalendarPeriod::label).containsExactly("2026-W20");
    assertThat(visits.periodsIgnored()).extracting(CalendarPeriod::label).containsExactly("2026-W13", "2026-W27");

    // proposals: 39 / 26 = 1.5 -> capped 1.2; × 0.08 = 0.096
    assertThat(a.indicator("proposals").orElseThrow().curveScore()).isEqualByComparingTo("1.2");
    assertThat(a.indicator("proposals").orElseThrow().weightedScore()).isEqualByComparingTo("0.096");
    // quotes: 30 / 30 = 1; × 0.07 = 0.07
    assertThat(a.indicator("quotes").orElseThrow().weightedScore()).isEqualByComparingTo("0.07");
    // ratings: 4/4 -> 1 × 0.04; 5/4 -> 1.25 (cap) × 0.03 = 0.0375; 3/4 -> 0.75 × 0.03 = 0.0225
    assertThat(a.indicator("product-knowledge").orElseThrow().weightedScore()).isEqualByComparingTo("0.04");
    assertThat(a.indicator("selling-skill").orElseThrow().weightedScore()).isEqualByComparingTo("0.0375");
    assertThat(a.indicator("teamwork").orElseThrow().weightedScore()).isEqualByComparingTo("0.0225");

    assertThat(a.subtotals().get(IndicatorType.RESULT)).isEqualByComparingTo("0.705");
    assertThat(a.subtotals().get(IndicatorType.PROCESS)).isEqualByComparingTo("0.261");
    assertThat(a.subtotals().get(IndicatorType.CAPABILITY)).isEqualByComparingTo("0.1");
    assertThat(a.total()).isEqualByComparingTo("1.066");
    assertThat(a.band()).isEqualTo("A");
    assertThat(a.gates()).singleElement().satisfies(g -> {
      assertThat(g.passed()).isTrue();
      assertThat(g.achievement()).isEqualByComparingTo("1.1");
    });
    assertThat(a.totalZeroedBy()).isEmpty();
    assertThat(a.explain()).contains("visits [PROCESS, higher is better, count visits]: actual 114 / target 120 = 0.95")
        .contains("missing [2026-W20]").contains("ignored [2026-W13, 2026-W27]").contains("total 1.066, band A");
  }

  @Test
  void failedRevenueGateZeroesTheTotal() {
    // revenue 75000 × 3 = 225000 / 300000 = 0.75 < 0.8
    Appraisal a = AppraisalSchemes.seedExample().appraise(REP, Q2, input("75000", "75000", "75000").build());
    assertThat(a.indicator("revenue").orElseThrow().achievement()).isEqualByComparingTo("0.75");
    assertThat(a.indicator("revenue").orElseThrow().curveScore()).isEqualByComparingTo("0");
    assertThat(a.gates().get(0).passed()).isFalse();
    assertThat(a.totalZeroedBy()).containsExactly("revenue-gate");
    assertThat(a.total()).isEqualByComparingTo("0");
    assertThat(a.band()).isEqualTo("D");
    // the lines still show what would have counted
    assertThat(a.subtotals().get(IndicatorType.PROCESS)).isEqualByComparingTo("0.261");
    assertThat(a.explain()).contains("gate revenue-gate: revenue achievement 0.75 < 0.8: FAILED, total zeroed");
  }

  @Test
  void revenueExactlyAtTheGatePasses() {
    Appraisal a = AppraisalSchemes.seedExample().appraise(REP, Q2, input("80000", "80000", "80000").build());
    assertThat(a.gates().get(0).passed()).isTrue();
    // 0.4 (the step) × 0.30 = 0.12; others as in the worked example: 1.066 - 0.375 + 0.12 = 0.811
    assertThat(a.total()).isEqualByComparingTo("0.811");
    assertThat(a.band()).isEqualTo("C");
  }

  @Test
  void indicatorGateZeroesOnlyTheNamedIndicators() {
    AppraisalScheme scheme = AppraisalScheme.builder().from(AppraisalSchemes.seedExample())
        .gates(List.of(Gate.zeroIndicators("activity-needs-results", "revenue", d("0.9"), List.of("visits", "proposals"))))
        .build();
    Appraisal a = scheme.appraise(REP, Q2, input("85000", "85000", "85000").build());
    // revenue 0.85 -> 0.4 + 0.05 × 0.6 / 0.2 = 0.55, × 0.3 = 0.165; visits and proposals zeroed
    assertThat(a.indicator("visits").orElseThrow().zeroedBy()).containsExactly("activity-needs-results");
    assertThat(a.indicator("visits").orElseThrow().curveScore()).isEqualByComparingTo("0.95");
    assertThat(a.indicator("visits").orElseThrow().weightedScore()).isEqualByComparingTo("0");
    assertThat(a.indicator("proposals").orElseThrow().score()).isEqualByComparingTo("0");
    assertThat(a.indicator("quotes").orElseThrow().weightedScore()).isEqualByComparingTo("0.07");
    // 0.165 + 0.18 + 0.15 + 0 + 0 + 0.07 + 0.1 = 0.665
    assertThat(a.total()).isEqualByComparingTo("0.665");
    assertThat(a.band()).isEqualTo("D");
  }

  @Test
  void weekRuleDecidesWhichWeeksAQuarterUses() {
    assertThat(Q2.periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY)).extracting(CalendarPeriod::label)
        .hasSize(13).startsWith("2026-W14").endsWith("2026-W26");
    assertThat(Q2.periodsOf(PeriodKind.WEEK, WeekRule.WEEK_START)).extracting(CalendarPeriod::label)
        .hasSize(13).startsWith("2026-W15").endsWith("2026-W27");
    assertThat(Q2.periodsOf(PeriodKind.WEEK, WeekRule.WEEK_END)).extracting(CalendarPeriod::label)
        .hasSize(13).startsWith("2026-W14").endsWith("2026-W26");
    // 2026-W14 runs Monday 30 March to Sunday 5 April; its Thursday is 2 April (Q2)
    assertThat(week(14).start()).isEqualTo(java.time.LocalDate.of(2026, 3, 30));
    assertThat(week(14).isAssignedTo(Q2, WeekRule.THURSDAY)).isTrue();
    assertThat(week(14).isAssignedTo(CalendarPeriod.quarter(2026, 1), WeekRule.WEEK_START)).isTrue();
    // the first ISO week of 2026 starts on 29 December 2025 and belongs to Q1 2026
    assertThat(week(1).isAssignedTo(CalendarPeriod.quarter(2026, 1), WeekRule.THURSDAY)).isTrue();
    assertThat(CalendarPeriod.quarter(2026, 1).periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY)).hasSize(13);
    // Q4 2026 starts on a Thursday and has 92 days: 14 Thursdays, so 14 weeks (W40..W53)
    assertThat(CalendarPeriod.quarter(2026, 4).periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY)).extracting(CalendarPeriod::label)
        .hasSize(14).startsWith("2026-W40").endsWith("2026-W53");
    assertThat(CalendarPeriod.year(2026).periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY)).hasSize(53);
  }

  @Test
  void weekRuleOfTheSchemeIsUsed() {
    AppraisalScheme scheme = AppraisalScheme.builder().from(AppraisalSchemes.seedExample()).weekRule(WeekRule.WEEK_START).build();
    Appraisal a = scheme.appraise(REP, Q2, input("100000", "90000", "140000").build());
    // under WEEK_START, W14 belongs to Q1 and W27 to Q2; proposals W27 missing
    assertThat(a.indicator("visits").orElseThrow().periodsIgnored()).extracting(CalendarPeriod::label).containsExactly("2026-W13", "2026-W14");
    assertThat(a.indicator("visits").orElseThrow().periodsMissing()).extracting(CalendarPeriod::label).containsExactly("2026-W20");
    assertThat(a.indicator("proposals").orElseThrow().periodsMissing()).extracting(CalendarPeriod::label).containsExactly("2026-W27");
  }

  @Test
  void meanAggregationAveragesActualsAndTargets() {
    AppraisalPolicy onlyProcess = AppraisalPolicy.of(java.util.Map.of(IndicatorType.PROCESS, AppraisalPolicy.TypeRule.of("1", "1", PeriodKind.WEEK)));
    AppraisalScheme scheme = AppraisalScheme.builder().name("mean").period(PeriodKind.MONTH).policy(onlyProcess)
        .addIndicators(Indicator.builder().name("calls-per-day").type(IndicatorType.PROCESS).weight(BigDecimal.ONE)
            .period(PeriodKind.WEEK).aggregation(Aggregation.MEAN).source(IndicatorSource.count("calls"))
            .curve(LinearCurve.of(BigDecimal.ZERO, d("2"))).build())
        .build();
    CalendarPeriod april = CalendarPeriod.month(2026, 4);
    assertThat(april.periodsOf(PeriodKind.WEEK, WeekRule.THURSDAY)).extracting(CalendarPeriod::label)
        .containsExactly("2026-W14", "2026-W15", "2026-W16", "2026-W17", "2026-W18");
    AppraisalInput in = AppraisalInput.builder()
        .add("calls-per-day", week(14), "10", "10").add("calls-per-day", week(15), "20", "10").add("calls-per-day", week(16), "0", "10")
        .build();
    IndicatorResult r = scheme.appraise(REP, april, in).indicator("calls-per-day").orElseThrow();
    assertThat(r.actual()).isEqualTo(d("10"));
    assertThat(r.target()).isEqualTo(d("10"));
    assertThat(r.periodsMissing()).extracting(CalendarPeriod::label).containsExactly("2026-W17", "2026-W18");
  }

  @Test
  void inputProblemsAreAllReportedAtOnce() {
    AppraisalInput in = input("100000", "90000", "140000")
        .add("bogus", Q2, "1", "1")
        .add("teamwork", Q2, "6", "4") // off the 1..5 scale, and measured twice
        .add("quotes", Q2, "1", "1") // wrong period kind
        .build();
    // drop new-customers entirely
    java.util.Map<String, List<Measurement>> m = new java.util.LinkedHashMap<>(in.measurements());
    m.remove("new-customers");
    AppraisalInput broken = new AppraisalInput(m);
    assertThatThrownBy(() -> AppraisalSchemes.seedExample().appraise(REP, Q2, broken))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactlyInAnyOrder(
            "input.bogus is not an indicator of scheme seed-example",
            "input.new-customers must hold at least one QUARTER measurement in 2026-Q2",
            "input.quotes[3].period must be a MONTH for indicator quotes: 2026-Q2",
            "input.teamwork[1].period must not be measured twice: 2026-Q2"));
  }

  @Test
  void ratingOffTheScaleIsRefused() {
    AppraisalInput.Builder b = input("100000", "90000", "140000");
    java.util.Map<String, List<Measurement>> m = new java.util.LinkedHashMap<>(b.build().measurements());
    m.put("teamwork", List.of(Measurement.of(Q2, d("6"), d("0.5"))));
    assertThatThrownBy(() -> AppraisalSchemes.seedExample().appraise(REP, Q2, new AppraisalInput(m)))
        .hasMessageContaining("input.teamwork[0].actual must be on the rating scale [1, 5]: 6")
        .hasMessageContaining("input.teamwork[0].target must be on the rating scale [1, 5]: 0.5");
  }

  @Test
  void appraisalPeriodMustMatchTheScheme() {
    assertThatThrownBy(() -> AppraisalSchemes.seedExample().appraiser(CalendarPeriod.month(2026, 4)))
        .hasMessage("period must be a QUARTER for scheme seed-example: 2026-04");
  }

  @Test
  void appraiserListsTheExpectedWeeks() {
    Appraiser ap = AppraisalSchemes.seedExample().appraiser(Q2);
    assertThat(ap.expectedPeriods("visits")).hasSize(13);
    assertThat(ap.expectedPeriods("revenue")).extracting(CalendarPeriod::label).containsExactly("2026-04", "2026-05", "2026-06");
    assertThat(ap.expectedPeriods("teamwork")).containsExactly(Q2);
  }
}
