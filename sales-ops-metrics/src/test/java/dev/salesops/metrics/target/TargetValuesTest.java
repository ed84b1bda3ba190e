package dev.salesops.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Stored allocations read back ({@link TargetAllocation#of}), periods and milestone plans on their bounds, the
 * SMART checks on their edges, and the value semantics of these types.
 */
class TargetValuesTest {
  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  static TargetAllocation leaf(String key, String amount, Ratio share) {
    return TargetAllocation.of(key, usd(amount), share, List.of());
  }

  static TargetAllocation northSouth() {
    return TargetAllocation.of("all", usd("1000.00"), Ratio.of(1, 1),
        List.of(leaf("north", "600.00", Ratio.of(3, 5)), leaf("south", "400.00", Ratio.of(2, 5))));
  }

  @Test
  void aStoredAllocationIsReadBackWithItsParts() {
    TargetAllocation all = northSouth();
    assertThat(all.key()).isEqualTo("all");
    assertThat(all.amount()).isEqualTo(usd("1000.00"));
    assertThat(all.share()).isEqualTo(Ratio.of(1, 1));
    assertThat(all.children()).extracting(TargetAllocation::key).containsExactly("north", "south");
    assertThat(all.leaves()).extracting(TargetAllocation::amount).containsExactly(usd("600.00"), usd("400.00"));
    assertThat(all.find("south")).contains(all.children().get(1));
    assertThat(all.find("west")).isEmpty();
    assertThat(all.isExact()).isTrue();
    assertThat(all.children().get(0).isExact()).isTrue();
    assertThat(all).hasToString("all=USD 1000.00[north=USD 600.00, south=USD 400.00]");
    assertThat(all.children().get(0)).hasToString("north=USD 600.00");
    // it is the same allocation the decomposition builds
    assertThat(TargetDecomposition.decompose("all", usd("1000.00"), k -> k.equals("all")
        ? Optional.of(Weights.explicit(linked("north", "3", "south", "2"))) : Optional.empty())).isEqualTo(all);
  }

  static Map<String, BigDecimal> linked(String k1, String w1, String k2, String w2) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put(k1, new BigDecimal(w1));
    m.put(k2, new BigDecimal(w2));
    return m;
  }

  @Test
  void aShareIsADefinedRatioWithinZeroAndOne() {
    assertThatCode(() -> leaf("none", "0.00", Ratio.of(0, 1))).doesNotThrowAnyException();
    assertThatCode(() -> leaf("whole", "5.00", Ratio.of(1, 1))).doesNotThrowAnyException();
    for (Ratio noShare : List.of(Ratio.of(0, 0), Ratio.of(-1, 2), Ratio.of(1, -2), Ratio.of(3, 2), Ratio.of(new BigDecimal("-3.5"), BigDecimal.ONE))) {
      assertThatThrownBy(() -> leaf("x", "5.00", noShare)).as("share %s", noShare).isInstanceOf(ValidationException.class)
          .hasMessage("allocation x share must be a defined ratio within [0, 1]: " + noShare);
    }
    assertThatThrownBy(() -> leaf("x", "-0.01", Ratio.of(1, 2))).hasMessage("allocation x amount must not be negative: USD -0.01");
  }

  @Test
  void childrenAreInTheNodesCurrencyAndAddUpExactly() {
    TargetAllocation euros = TargetAllocation.of("south", Money.parse("EUR 400.00"), Ratio.of(2, 5), List.of());
    assertThatThrownBy(() -> TargetAllocation.of("all", usd("1000.00"), Ratio.of(1, 1), List.of(leaf("north", "600.00", Ratio.of(3, 5)), euros)))
        .hasMessage("allocation all children[1].amount must be in the currency USD: EUR 400.00");
    assertThatThrownBy(() -> TargetAllocation.of("all", usd("1000.00"), Ratio.of(1, 1),
        List.of(leaf("north", "600.00", Ratio.of(3, 5)), leaf("south", "399.99", Ratio.of(2, 5)))))
        .hasMessage("allocation all children must add up exactly to USD 1000.00: 999.99");
    // a leaf has no children to add up
    assertThat(leaf("north", "600.00", Ratio.of(3, 5)).isExact()).isTrue();
  }

  @Test
  void keysAreUniqueInTheWholeTree() {
    assertThatThrownBy(() -> TargetAllocation.of("all", usd("10.00"), Ratio.of(1, 1), List.of(leaf("all", "10.00", Ratio.of(1, 1)))))
        .hasMessage("allocation all key must be unique in the decomposition tree: all");
    // the repeated key two levels down
    TargetAllocation north = TargetAllocation.of("north", usd("6.00"), Ratio.of(3, 5), List.of(leaf("team", "6.00", Ratio.of(1, 1))));
    TargetAllocation south = TargetAllocation.of("south", usd("4.00"), Ratio.of(2, 5), List.of(leaf("team", "4.00", Ratio.of(1, 1))));
    assertThatThrownBy(() -> TargetAllocation.of("all", usd("10.00"), Ratio.of(1, 1), List.of(north, south)))
        .hasMessage("allocation all key must be unique in the decomposition tree: team");
  }

  @Test
  void allocationsAreValues() {
    List<TargetAllocation> kids = List.of(leaf("north", "600.00", Ratio.of(3, 5)), leaf("south", "400.00", Ratio.of(2, 5)));
    new EqualsTester()
        .addEqualityGroup(northSouth(), northSouth())
        .addEqualityGroup(TargetAllocation.of("total", usd("1000.00"), Ratio.of(1, 1), kids))
        .addEqualityGroup(leaf("all", "1000.00", Ratio.of(1, 1)))
        .addEqualityGroup(TargetAllocation.of("all", usd("1000.00"), Ratio.of(1, 2), kids))
        .addEqualityGroup(TargetAllocation.of("all", Money.parse("EUR 1000.00"), Ratio.of(1, 1), List.of()))
        .addEqualityGroup(TargetAllocation.of("all", usd("1000.00"), Ratio.of(1, 1),
            List.of(leaf("north", "500.00", Ratio.of(1, 2)), leaf("south", "500.00", Ratio.of(1, 2)))))
        .testEquals();
  }

  @Test
  void aDecompositionIsAtMost32LevelsDeep() {
    // a chain k0 -> k1 -> ... : k32 is 32 levels below the root, k33 one more
    assertThat(TargetDecomposition.decompose("k0", usd("1.00"), k -> chain(k, 32)).leaves()).extracting(TargetAllocation::key).containsExactly("k32");
    assertThatThrownBy(() -> TargetDecomposition.decompose("k0", usd("1.00"), k -> chain(k, 33)))
        .hasMessage("depth must be at most 32 levels: k33");
  }

  static Optional<Weights<String>> chain(String key, int last) {
    int i = Integer.parseInt(key.substring(1));
    return i < last ? Optional.of(Weights.evenly(List.of("k" + (i + 1)))) : Optional.empty();
  }

  @Test
  void milestonesHoldUpTo30DigitsEachWay() {
    LocalDate d = LocalDate.of(2026, 6, 30);
    assertThatCode(() -> new Milestone(d, new BigDecimal("9".repeat(30) + "." + "9".repeat(30)))).doesNotThrowAnyException();
    assertThatCode(() -> new Milestone(d, new BigDecimal("1".repeat(20) + "." + "1".repeat(20)))).doesNotThrowAnyException();
    assertThatThrownBy(() -> new Milestone(d, new BigDecimal("1".repeat(31))))
        .hasMessageStartingWith("milestone.expectedToDate must have at most 30 integer digits and 30 decimal places");
    assertThatThrownBy(() -> new Milestone(d, new BigDecimal("0." + "0".repeat(30) + "1")))
        .hasMessageStartingWith("milestone.expectedToDate must have at most 30 integer digits and 30 decimal places");
  }

  @Test
  void targetTextsMustNotBeBlank() {
    assertThatThrownBy(() -> Target.builder().id("t").metric(" ").build()).hasMessage("target.metric must not be blank: \" \"");
    assertThatThrownBy(() -> Target.builder().id("t").unit(" ").build()).hasMessage("target.unit must not be blank: \" \"");
    assertThatThrownBy(() -> Target.builder().id("t").parentId(" ").build()).hasMessage("target.parentId must not be blank: \" \"");
  }

  @Test
  void hashCodesTellValuesApart() {
    assertThat(java.util.stream.Stream.of(northSouth(), leaf("x", "1.00", Ratio.of(1, 1)), leaf("y", "2.00", Ratio.of(1, 2)))
        .map(Object::hashCode).distinct()).hasSizeGreaterThan(1);
    assertThat(java.util.stream.Stream.of(Weights.evenly(List.of("a")), Weights.evenly(List.of("b", "c")))
        .map(Object::hashCode).distinct()).hasSizeGreaterThan(1);
    assertThat(java.util.stream.Stream.of(MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(2026, 1), usd("1.00")))),
        MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(2026, 1), usd("2.00"))))).map(Object::hashCode).distinct()).hasSizeGreaterThan(1);
    assertThat(java.util.stream.Stream.of(SmartContext.none(), SmartContext.none().withLastYear(BigDecimal.TEN))
        .map(Object::hashCode).distinct()).hasSizeGreaterThan(1);
  }

  @Test
  void weightsAreValues() {
    new EqualsTester()
        .addEqualityGroup(Weights.explicit(linked("a", "1", "b", "2")), Weights.explicit(linked("a", "1", "b", "2")))
        .addEqualityGroup(Weights.explicit(linked("a", "1", "b", "3")))
        .addEqualityGroup(Weights.evenly(List.of("a")))
        .testEquals();
    assertThat(Weights.explicit(linked("a", "1", "b", "2"))).hasToString("Weights{a=1, b=2}");
  }

  @Test
  void periodsAreWithinTheYears1To9999() {
    assertThat(TargetPeriod.of(YearMonth.of(1, 1), YearMonth.of(1, 2)).months()).containsExactly(YearMonth.of(1, 1), YearMonth.of(1, 2));
    assertThat(TargetPeriod.of(YearMonth.of(9999, 12), YearMonth.of(9999, 12)).endDate()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThatThrownBy(() -> TargetPeriod.of(YearMonth.of(0, 12), YearMonth.of(1, 1))).hasMessageStartingWith("period.from must be within the years 0001 to 9999");
    assertThatThrownBy(() -> TargetPeriod.of(YearMonth.of(10000, 1), YearMonth.of(10000, 1))).hasMessageStartingWith("period.from must be within the years 0001 to 9999");
    assertThatThrownBy(() -> TargetPeriod.of(YearMonth.of(1, 1), YearMonth.of(0, 1))).hasMessageStartingWith("period.to must be within the years 0001 to 9999");
    assertThatThrownBy(() -> TargetPeriod.of(YearMonth.of(9999, 1), YearMonth.of(10000, 1))).hasMessageStartingWith("period.to must be within the years 0001 to 9999");
    assertThat(TargetPeriod.year(2026).minusYears(1)).isEqualTo(TargetPeriod.year(2025));
  }

  @Test
  void quartersAreOneToFour() {
    assertThat(TargetPeriod.quarter(2026, 1)).isEqualTo(TargetPeriod.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
    assertThat(TargetPeriod.quarter(2026, 4)).isEqualTo(TargetPeriod.of(YearMonth.of(2026, 10), YearMonth.of(2026, 12)));
    assertThatThrownBy(() -> TargetPeriod.quarter(2026, 0)).hasMessage("quarter must be within [1, 4]: 0");
    assertThatThrownBy(() -> TargetPeriod.quarter(2026, 5)).hasMessage("quarter must be within [1, 4]: 5");
  }

  @Test
  void milestonePlansCoverMonthsWithinTheYears1To9999() {
    SortedMap<YearMonth, Money> first = new TreeMap<>(Map.of(YearMonth.of(1, 1), usd("1.00"), YearMonth.of(1, 2), usd("2.00")));
    MilestonePlan plan = MilestonePlan.of(first);
    assertThat(plan.period()).isEqualTo(TargetPeriod.of(YearMonth.of(1, 1), YearMonth.of(1, 2)));
    assertThat(plan.plan()).isEqualTo(first);
    assertThat(plan.target()).isEqualTo(usd("3.00"));
    // inside January of the year 1: 1.00 × 31 / 31
    assertThat(plan.expectedAt(LocalDate.of(1, 1, 31))).isEqualTo(usd("1.00"));
    // after the period: the whole target
    assertThat(plan.expectedAt(LocalDate.of(1, 3, 1))).isEqualTo(usd("3.00"));
    assertThat(MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(9999, 12), usd("1.00")))).target()).isEqualTo(usd("1.00"));
    assertThatThrownBy(() -> MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(0, 12), usd("1.00")))))
        .hasMessage("monthlyPlan must have months within the years 0001 to 9999: 0000-12");
    assertThatThrownBy(() -> MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(10000, 1), usd("1.00")))))
        .hasMessage("monthlyPlan must have months within the years 0001 to 9999: 10000-01");
  }

  @Test
  void milestonePlansAreValuesByTheirMonthlyPlan() {
    SortedMap<YearMonth, Money> m = new TreeMap<>(Map.of(YearMonth.of(2026, 1), usd("100.00"), YearMonth.of(2026, 2), usd("50.00")));
    new EqualsTester()
        .addEqualityGroup(MilestonePlan.of(m), MilestonePlan.of(new TreeMap<>(m)))
        .addEqualityGroup(MilestonePlan.of(new TreeMap<>(Map.of(YearMonth.of(2026, 1), usd("150.00")))))
        .testEquals();
    assertThat(MilestonePlan.of(m)).hasToString("MilestonePlan[USD 150.00 over 2 months]");
  }

  private static Target.Builder revenue(String id, String amount) {
    return Target.builder().id(id).metric("revenue").amount(usd(amount)).period(TargetPeriod.year(2026)).scope(Scope.of(ScopeLevel.COMPANY, "acme"));
  }

  private static List<String> codes(List<SmartFinding> f) {
    return f.stream().map(SmartFinding::code).toList();
  }

  @Test
  void growthExactlyOnTheBoundAndATargetExactlyOnTheRunRateFloorAreAchievable() {
    SmartContext lastYear = SmartContext.none().withLastYear(new BigDecimal("1000000"));
    // +50 % is the default bound itself
    assertThat(codes(SmartCheck.defaults().check(revenue("t", "1500000.00").build(), lastYear))).isEmpty();
    assertThat(codes(SmartCheck.defaults().check(revenue("t", "1500000.01").build(), lastYear))).containsExactly("growth-too-high");
    // 100000 per month × 12 × (1 - 0.2) = 960000
    SmartContext runRate = SmartContext.none().withRunRate(new BigDecimal("100000"));
    assertThat(codes(SmartCheck.defaults().check(revenue("t", "960000.00").build(), runRate))).isEmpty();
    assertThat(codes(SmartCheck.defaults().check(revenue("t", "959999.99").build(), runRate))).containsExactly("below-run-rate");
    // a looser floor: 10 % below
    SmartCheck loose = SmartCheck.defaults().withMaxBelowRunRate(new BigDecimal("0.1"));
    assertThat(loose.maxBelowRunRate()).isEqualByComparingTo("0.1");
    assertThat(loose.maxGrowth()).isEqualByComparingTo("0.5");
    assertThat(codes(loose.check(revenue("t", "1079999.99").build(), runRate))).containsExactly("below-run-rate");
    assertThat(SmartCheck.defaults().withMaxGrowth(BigDecimal.ONE).maxGrowth()).isEqualByComparingTo("1");
    assertThat(loose).hasToString("SmartCheck[maxGrowth=0.5, maxBelowRunRate=0.1]");
  }

  @Test
  void aTargetBelowTheCompanyRollsUpToAParent() {
    Target region = revenue("north", "10.00").scope(Scope.of(ScopeLevel.REGION, "north")).build();
    assertThat(codes(SmartCheck.defaults().check(region))).containsExactly("parent-missing");
    assertThat(codes(SmartCheck.defaults().check(Target.builder().from(region).parentId("fy26").build()))).isEmpty();
  }

  @Test
  void aPartsPeriodLiesInsideItsParents() {
    Target parent = revenue("fy26", "100.00").build();
    Target.Builder child = revenue("q", "10.00").parentId("fy26");
    SmartContext ctx = SmartContext.none().withParent(parent);
    assertThat(codes(SmartCheck.defaults().check(child.period(TargetPeriod.quarter(2026, 4)).build(), ctx))).isEmpty();
    assertThat(codes(SmartCheck.defaults().check(child.period(TargetPeriod.of(YearMonth.of(2026, 11), YearMonth.of(2027, 1))).build(), ctx)))
        .containsExactly("parent-period-mismatch");
    assertThat(codes(SmartCheck.defaults().check(child.period(TargetPeriod.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1))).build(), ctx)))
        .containsExactly("parent-period-mismatch");
    // a parent without a period, or a part without one, has nothing to compare
    Target openParent = Target.builder().from(parent).period(Optional.empty()).build();
    assertThat(codes(SmartCheck.defaults().check(child.period(TargetPeriod.year(2030)).build(), SmartContext.none().withParent(openParent)))).isEmpty();
    assertThat(codes(SmartCheck.defaults().check(child.period(Optional.empty()).build(), ctx))).containsExactly("period-missing");
  }

  @Test
  void milestonesAreComparedInDateOrder() {
    Target.Builder t = revenue("t", "100.00");
    // given out of order, increasing by date: fine
    assertThat(codes(SmartCheck.defaults().check(t.milestones(List.of(new Milestone(LocalDate.of(2026, 6, 30), new BigDecimal("50")),
        new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("20")))).build()))).isEmpty();
    // equal expectations do not decrease
    assertThat(codes(SmartCheck.defaults().check(t.milestones(List.of(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("20")),
        new Milestone(LocalDate.of(2026, 6, 30), new BigDecimal("20")))).build()))).isEmpty();
    List<SmartFinding> f = SmartCheck.defaults().check(t.milestones(List.of(new Milestone(LocalDate.of(2026, 6, 30), new BigDecimal("10")),
        new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("20")))).build());
    assertThat(f).extracting(SmartFinding::message).containsExactly("milestone on 2026-06-30 expects less to date than the one on 2026-03-31");
  }

  @Test
  void smartContextsAreValues() {
    Target parent = revenue("fy26", "100.00").build();
    new EqualsTester()
        .addEqualityGroup(SmartContext.none(), new SmartContext(null, null, null, List.of()))
        .addEqualityGroup(SmartContext.none().withLastYear(BigDecimal.ONE))
        .addEqualityGroup(SmartContext.none().withRunRate(BigDecimal.ONE))
        .addEqualityGroup(SmartContext.none().withParent(parent))
        .addEqualityGroup(SmartContext.none().withParts(List.of(parent)))
        .testEquals();
    assertThat(SmartContext.none().withLastYear(new BigDecimal("1000")))
        .hasToString("SmartContext[sameperiodLastYear=Optional[1000], trailingMonthlyRunRate=Optional.empty, parent=Optional.empty, parts=[]]");
  }
}
