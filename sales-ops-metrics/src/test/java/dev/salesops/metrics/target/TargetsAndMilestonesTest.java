package dev.salesops.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class TargetsAndMilestonesTest {
  private static Target.Builder revenue(String id, String amount) {
    return Target.builder().id(id).metric("revenue").amount(Money.parse("USD " + amount)).period(TargetPeriod.year(2026));
  }

  private static List<String> codes(List<SmartFinding> f) {
    return f.stream().map(SmartFinding::code).toList();
  }

  @Test
  void smartTargetHasNoFindings() {
    Target company = revenue("fy26", "1200000.00").scope(Scope.of(ScopeLevel.COMPANY, "acme")).build();
    Target north = revenue("fy26-north", "700000.00").scope(Scope.of(ScopeLevel.REGION, "north")).parentId("fy26").build();
    Target south = revenue("fy26-south", "500000.00").scope(Scope.of(ScopeLevel.REGION, "south")).parentId("fy26").build();
    assertThat(SmartCheck.defaults().check(company, SmartContext.none().withParts(List.of(north, south)).withLastYear(new BigDecimal("1000000"))
        .withRunRate(new BigDecimal("90000")))).isEmpty();
    assertThat(SmartCheck.defaults().check(north, SmartContext.none().withParent(company))).isEmpty();
  }

  @Test
  void findingsForEveryCriterion() {
    Target draft = Target.builder().id("draft").count(10L).build();
    assertThat(codes(SmartCheck.defaults().check(draft))).containsExactly("metric-missing", "scope-missing", "unit-missing", "parent-missing",
        "period-missing");
    Target both = Target.builder().id("both").metric("revenue").scope(Scope.of(ScopeLevel.COMPANY, "acme")).period(TargetPeriod.year(2026))
        .amount(Money.parse("USD 1.00")).count(1L).build();
    assertThat(codes(SmartCheck.defaults().check(both))).containsExactly("quantity-ambiguous");

    Target t = revenue("fy26", "1600000.00").scope(Scope.of(ScopeLevel.COMPANY, "acme"))
        .addMilestones(new Milestone(LocalDate.of(2026, 6, 30), new BigDecimal("800000")), new Milestone(LocalDate.of(2027, 1, 31), new BigDecimal("2000000")))
        .build();
    List<SmartFinding> f = SmartCheck.defaults().check(t, SmartContext.none().withLastYear(new BigDecimal("1000000")));
    assertThat(codes(f)).containsExactly("growth-too-high", "milestone-outside-period", "milestone-above-target");
    assertThat(f.get(0).message()).isEqualTo("growth over last year 60.0% exceeds the bound 50.0% (target 1600000.00, last year 1000000)");
    assertThat(f.get(0).criterion()).isEqualTo(SmartCriterion.ACHIEVABLE);
    assertThat(f.get(0).severity()).isEqualTo(SmartFinding.Severity.WARNING);
    assertThat(codes(SmartCheck.defaults().withMaxGrowth(new BigDecimal("0.7")).check(t, SmartContext.none().withLastYear(new BigDecimal("1000000")))))
        .doesNotContain("growth-too-high");
    assertThat(codes(SmartCheck.defaults().check(t, SmartContext.none().withLastYear(BigDecimal.ZERO)))).contains("growth-undefined");

    Target low = revenue("low", "600000.00").scope(Scope.of(ScopeLevel.COMPANY, "acme")).build();
    List<SmartFinding> lf = SmartCheck.defaults().check(low, SmartContext.none().withRunRate(new BigDecimal("100000")));
    assertThat(lf.get(0).message()).isEqualTo("target 600000.00 is more than 20.0% below the trailing run rate (100000 per month × 12 months = 1200000)");

    Target company = revenue("fy26", "1000.00").scope(Scope.of(ScopeLevel.COMPANY, "acme")).build();
    Target a = revenue("a", "600.00").scope(Scope.of(ScopeLevel.REGION, "a")).parentId("fy26").build();
    Target b = revenue("b", "400.01").scope(Scope.of(ScopeLevel.REGION, "b")).parentId("other").build();
    List<SmartFinding> rf = SmartCheck.defaults().check(company, SmartContext.none().withParts(List.of(a, b)));
    assertThat(codes(rf)).containsExactly("part-parent-mismatch", "parts-do-not-add-up");
    assertThat(rf.get(1).message()).isEqualTo("the parts of target fy26 add up to 1000.01, not 1000.00");
    Target other = Target.builder().id("x").metric("visits").build();
    assertThat(codes(SmartCheck.defaults().check(a, SmartContext.none().withParent(other)))).contains("parent-mismatch", "parent-metric-mismatch");
  }

  @Test
  void targetRefusesInvalidData() {
    assertThatThrownBy(() -> Target.builder().id(" ").build()).hasMessage("target.id must not be blank: \" \"");
    assertThatThrownBy(() -> Target.builder().id("t").count(-1L).build()).hasMessage("target.count must not be negative: -1");
    assertThatThrownBy(() -> Target.builder().id("t").amount(Money.parse("USD -1.00")).build()).hasMessage("target.amount must not be negative: USD -1.00");
    assertThatThrownBy(() -> TargetPeriod.of(YearMonth.of(2026, 3), YearMonth.of(2026, 1))).hasMessage("period.to must not be before period.from 2026-03: 2026-01");
  }

  @Test
  void milestonesGapAndRequiredRunRateWorkedExample() {
    SortedMap<YearMonth, Money> even = TargetDecomposition.acrossMonths(Money.parse("USD 1200.00"), Weights.evenly(TargetPeriod.year(2026).months()));
    MilestonePlan plan = MilestonePlan.of(even);
    assertThat(plan.target()).isEqualTo(Money.parse("USD 1200.00"));
    assertThat(plan.milestones()).hasSize(12);
    assertThat(plan.milestones().get(2)).isEqualTo(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("300.00")));
    // 15 March: Jan + Feb = 200.00, plus 100 × 15/31 = 48.387 -> 48.39
    MilestoneStatus s = plan.statusAt(LocalDate.of(2026, 3, 15), Money.parse("USD 200.00"));
    assertThat(s.expectedToDate()).isEqualTo(Money.parse("USD 248.39"));
    assertThat(s.gap()).isEqualTo(Money.parse("USD 48.39"));
    assertThat(s.isOnTrack()).isFalse();
    assertThat(s.remaining()).isEqualTo(Money.parse("USD 1000.00"));
    assertThat(s.daysLeft()).isEqualTo(16 + 275);
    assertThat(s.requiredPerDay()).isEqualTo(Ratio.of(new BigDecimal("1000"), new BigDecimal("291")));
    assertThat(s.monthsLeft()).isEqualByComparingTo(new BigDecimal(9).add(new BigDecimal(16).divide(new BigDecimal(31), java.math.MathContext.DECIMAL128)));
    assertThat(s.requiredPerMonth().value().get().doubleValue()).isCloseTo(1000 / (9 + 16 / 31.0), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(s.attainmentToDate()).isEqualTo(Ratio.of(new BigDecimal("200"), new BigDecimal("248.39")));

    MilestoneStatus end = plan.statusAt(LocalDate.of(2026, 12, 31), Money.parse("USD 1300.00"));
    assertThat(end.daysLeft()).isZero();
    assertThat(end.requiredPerMonth().isDefined()).isFalse();
    assertThat(end.isOnTrack()).isTrue();
    MilestoneStatus before = plan.statusAt(LocalDate.of(2025, 12, 31), Money.zero(org.joda.money.CurrencyUnit.USD));
    assertThat(before.expectedToDate().isZero()).isTrue();
    assertThat(before.monthsLeft()).isEqualByComparingTo("12");
    assertThat(before.attainmentToDate().isDefined()).isFalse();
    assertThatThrownBy(() -> plan.statusAt(LocalDate.of(2026, 1, 1), Money.parse("EUR 1.00"))).hasMessage("actualToDate must be in USD: EUR");
    // the plan's milestones make a SMART target
    Target t = revenue("fy26", "1200.00").scope(Scope.of(ScopeLevel.COMPANY, "acme")).milestones(plan.milestones()).build();
    assertThat(SmartCheck.defaults().check(t)).isEmpty();
  }
}
