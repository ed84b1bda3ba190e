package dev.salesops.metrics.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Worked commission examples computed by hand, and the marginal-versus-retroactive property. */
class CommissionPlanTest {
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final Money QUOTA = usd("100000.00");
  static final List<RateTier> TABLE = List.of(RateTier.of("0", "0.05"), RateTier.of("0.5", "0.08"), RateTier.of("1.0", "0.10"));

  static Money usd(String amount) {
    return Money.of(USD, new BigDecimal(amount));
  }

  static CommissionPlan.Builder plan(CommissionMethod method) {
    CommissionPlan.Builder b = CommissionPlan.builder().name(method.name().toLowerCase()).currency(USD).method(method);
    if (method == CommissionMethod.FLAT) {
      b.addTiers(RateTier.of("0", "0.06"));
    } else {
      b.addAllTiers(TABLE);
    }
    return b;
  }

  static List<BigDecimal> slices(Payout p) {
    return p.lines().stream().filter(l -> l.kind() == PayoutLine.Kind.SLICE).map(PayoutLine::amount).toList();
  }

  @Test
  void flatRateOnTheWholeAmount() {
    Payout p = plan(CommissionMethod.FLAT).build().compute(usd("120000.00"), QUOTA);
    assertThat(p.total()).isEqualTo(usd("7200.00")); // 120000 × 0.06
    assertThat(p.attainment().value()).contains(new BigDecimal("1.2"));
  }

  @Test
  void marginalPaysEachSliceAtItsOwnRate() {
    Payout p = plan(CommissionMethod.TIERED_MARGINAL).build().compute(usd("120000.00"), QUOTA);
    // 50000 × 0.05 + 50000 × 0.08 + 20000 × 0.10 = 2500 + 4000 + 2000
    assertThat(slices(p)).containsExactly(new BigDecimal("2500.00"), new BigDecimal("4000.00"), new BigDecimal("2000.00"));
    assertThat(p.total()).isEqualTo(usd("8500.00"));
    assertThat(p.lines().get(1).description()).isEqualTo("50000..100000 (50%..100% of quota) = 50000 × rate 0.08 (tier 2) = 4000");
    assertThat(p.lines()).extracting(PayoutLine::kind).containsExactly(PayoutLine.Kind.SLICE, PayoutLine.Kind.SLICE,
        PayoutLine.Kind.SLICE, PayoutLine.Kind.SUBTOTAL, PayoutLine.Kind.TOTAL);
  }

  @Test
  void retroactivePaysTheWholeAmountAtTheReachedRate() {
    Payout p = plan(CommissionMethod.TIERED_RETROACTIVE).build().compute(usd("120000.00"), QUOTA);
    assertThat(p.total()).isEqualTo(usd("12000.00")); // 120000 × 0.10
    assertThat(p.explain()).contains("× rate 0.1 (tier 3, reached by the whole amount)");
  }

  @Test
  void anAttainmentExactlyOnATierStartBelongsToTheLowerTierByDefault() {
    assertThat(plan(CommissionMethod.TIERED_MARGINAL).build().compute(usd("50000.00"), QUOTA).total()).isEqualTo(usd("2500.00"));
    assertThat(plan(CommissionMethod.TIERED_RETROACTIVE).build().compute(usd("50000.00"), QUOTA).total()).isEqualTo(usd("2500.00"));
    assertThat(plan(CommissionMethod.TIERED_RETROACTIVE).build().compute(usd("50000.01"), QUOTA).total()).isEqualTo(usd("4000.00")); // 4000.0008
    assertThat(plan(CommissionMethod.TIERED_RETROACTIVE).build().compute(usd("49999.99"), QUOTA).total()).isEqualTo(usd("2500.00")); // 2499.9995 -> HALF_UP
    // the upper tier on request
    CommissionPlan upper = plan(CommissionMethod.TIERED_RETROACTIVE).tierEdge(dev.salesops.metrics.appraisal.BoundaryRule.UPPER_TIER).build();
    assertThat(upper.compute(usd("50000.00"), QUOTA).total()).isEqualTo(usd("4000.00"));
    assertThat(plan(CommissionMethod.TIERED_MARGINAL).tierEdge(dev.salesops.metrics.appraisal.BoundaryRule.UPPER_TIER).build()
        .compute(usd("50000.00"), QUOTA).total()).isEqualTo(usd("2500.00"));
  }

  /**
   * Aptify's commission documentation ("Graduated Rate Scale vs. Highest Tier Achievement Only"; commission tiers:
   * "The lower range value is not included in the range ... The upper range value is included in the range"): tiers
   * 0-5,000 at 5 %, 5,000-10,000 at 10 %, 10,000 and up at 15 %; 11,000 earns 900 graduated (250 + 500 + 150) and
   * 1,650 on the highest tier reached. Exactly 10,000 is in the 5,000-10,000 tier: 1,000 on the highest tier (the
   * upper-tier choice would pay 1,500).
   */
  @Test
  void aptifyGraduatedAndHighestTierExample() {
    Money quota = usd("10000.00");
    List<RateTier> tiers = List.of(RateTier.of("0", "0.05"), RateTier.of("0.5", "0.10"), RateTier.of("1", "0.15"));
    CommissionPlan graduated = CommissionPlan.builder().name("graduated").currency(USD).method(CommissionMethod.TIERED_MARGINAL).addAllTiers(tiers).build();
    CommissionPlan highest = CommissionPlan.builder().name("highest").currency(USD).method(CommissionMethod.TIERED_RETROACTIVE).addAllTiers(tiers).build();
    assertThat(graduated.compute(usd("11000.00"), quota).total()).isEqualTo(usd("900.00"));
    assertThat(highest.compute(usd("11000.00"), quota).total()).isEqualTo(usd("1650.00"));
    assertThat(highest.compute(usd("10000.00"), quota).total()).isEqualTo(usd("1000.00"));
    assertThat(CommissionPlan.builder().from(highest).tierEdge(dev.salesops.metrics.appraisal.BoundaryRule.UPPER_TIER).build()
        .compute(usd("10000.00"), quota).total()).isEqualTo(usd("1500.00"));
  }

  @Test
  void acceleratorsMultiplyTheRateAboveQuota() {
    CommissionPlan marginal = plan(CommissionMethod.TIERED_MARGINAL)
        .addAccelerators(Accelerator.of("1.0", "1.5"), Accelerator.of("1.1", "2")).build();
    // 2500 + 4000 + 10000 × 0.10 × 1.5 + 10000 × 0.10 × 2 = 2500 + 4000 + 1500 + 2000
    Payout p = marginal.compute(usd("120000.00"), QUOTA);
    assertThat(slices(p)).containsExactly(new BigDecimal("2500.00"), new BigDecimal("4000.00"), new BigDecimal("1500.00"), new BigDecimal("2000.00"));
    assertThat(p.total()).isEqualTo(usd("10000.00"));
    assertThat(p.lines().get(3).description()).contains("× accelerator 2");
    CommissionPlan retro = plan(CommissionMethod.TIERED_RETROACTIVE).addAccelerators(Accelerator.of("1.0", "1.5")).build();
    // 100000 × 0.10 + 20000 × 0.10 × 1.5 = 10000 + 3000
    assertThat(retro.compute(usd("120000.00"), QUOTA).total()).isEqualTo(usd("13000.00"));
    // below quota the accelerator does nothing
    assertThat(retro.compute(usd("90000.00"), QUOTA).total()).isEqualTo(usd("7200.00"));
  }

  @Test
  void attainmentCapStopsEarningAndPayoutCapLimitsThePayout() {
    CommissionPlan capped = plan(CommissionMethod.TIERED_MARGINAL).attainmentCap(new BigDecimal("1.1")).build();
    Payout p = capped.compute(usd("120000.00"), QUOTA);
    // 2500 + 4000 + 10000 × 0.10 + 0 (above 110 %)
    assertThat(slices(p)).containsExactly(new BigDecimal("2500.00"), new BigDecimal("4000.00"), new BigDecimal("1000.00"), new BigDecimal("0.00"));
    assertThat(p.total()).isEqualTo(usd("7500.00"));
    assertThat(p.lines().get(3).description()).contains("above the attainment cap 1.1: 0");

    Payout q = plan(CommissionMethod.TIERED_MARGINAL).payoutCap(usd("8000.00")).build().compute(usd("120000.00"), QUOTA);
    assertThat(q.total()).isEqualTo(usd("8000.00"));
    assertThat(q.lines()).filteredOn(l -> l.kind() == PayoutLine.Kind.CAP).singleElement()
        .satisfies(l -> assertThat(l.description()).isEqualTo("8500 capped at 8000 (-500)"));
  }

  @Test
  void ratingMultiplierScalesThePayout() {
    CommissionPlan rated = plan(CommissionMethod.TIERED_MARGINAL)
        .ratingMultipliers(Map.of("S", new BigDecimal("1.2"), "A", new BigDecimal("1.1"), "B", BigDecimal.ONE, "C", new BigDecimal("0.8"), "D", BigDecimal.ZERO))
        .build();
    assertThat(rated.compute(usd("120000.00"), QUOTA, "S").total()).isEqualTo(usd("10200.00")); // 8500 × 1.2
    assertThat(rated.compute(usd("120000.00"), QUOTA, "D").total()).isEqualTo(usd("0.00"));
    assertThatThrownBy(() -> rated.compute(usd("120000.00"), QUOTA))
        .hasMessage("rating is required by plan tiered_marginal (it has rating multipliers)");
    assertThatThrownBy(() -> rated.compute(usd("120000.00"), QUOTA, "X"))
        .hasMessage("rating must be one of [A, B, C, D, S]: X");
  }

  @Test
  void roundingPerLineOrOnTheTotal() {
    // flat 3.33 % of 100.12 = 3.333996; rating A × 1.1
    CommissionPlan.Builder b = CommissionPlan.builder().name("r").currency(USD).method(CommissionMethod.FLAT)
        .addTiers(RateTier.of("0", "0.0333")).ratingMultipliers(Map.of("A", new BigDecimal("1.1")));
    Payout perLine = b.rounding(Rounding.PER_LINE).build().compute(usd("100.12"), usd("100.00"), "A");
    // per line: 3.333996 -> 3.33; 3.33 × 1.1 = 3.663 -> 3.66
    assertThat(perLine.total()).isEqualTo(usd("3.66"));
    assertThat(perLine.lines().get(0).amount()).isEqualTo(new BigDecimal("3.33"));
    Payout onTotal = b.rounding(Rounding.ON_TOTAL).build().compute(usd("100.12"), usd("100.00"), "A");
    // on total: 3.333996 × 1.1 = 3.6673956 -> 3.67
    assertThat(onTotal.total()).isEqualTo(usd("3.67"));
    assertThat(onTotal.lines()).filteredOn(l -> l.kind() == PayoutLine.Kind.ROUNDING).singleElement()
        .satisfies(l -> assertThat(l.description()).isEqualTo("3.6673956 rounded HALF_UP to 2 decimals = 3.67 (+0.0026044)"));
    Payout down = b.rounding(Rounding.ON_TOTAL).roundingMode(RoundingMode.DOWN).build().compute(usd("100.12"), usd("100.00"), "A");
    assertThat(down.total()).isEqualTo(usd("3.66"));
  }

  @Test
  void everyPayoutHasItsLines() {
    Payout p = plan(CommissionMethod.TIERED_MARGINAL).build().compute(usd("0.00"), QUOTA);
    assertThat(p.total()).isEqualTo(usd("0.00"));
    assertThat(p.lines()).extracting(PayoutLine::kind).containsExactly(PayoutLine.Kind.SUBTOTAL, PayoutLine.Kind.TOTAL);
    assertThat(plan(CommissionMethod.TIERED_MARGINAL).build().compute(usd("120000.00"), QUOTA).explain())
        .startsWith("plan tiered_marginal: credited USD 120000.00 / quota USD 100000.00 = attainment 1.2")
        .contains("TOTAL: payout USD 8500.00");
  }

  @Test
  void invalidPlansAndInputsReportEveryProblem() {
    assertThatThrownBy(() -> CommissionPlan.builder().name("bad").currency(USD).method(CommissionMethod.FLAT)
        .addTiers(RateTier.of("0.1", "0.05"), RateTier.of("0.1", "0.04"))
        .addAccelerators(Accelerator.of("1.5", "2"), Accelerator.of("1.2", "1.5"))
        .payoutCap(Money.of(CurrencyUnit.EUR, BigDecimal.TEN)).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "tiers[0].from must be 0: 0.1",
            "tiers must hold exactly one tier for a FLAT plan: 2 tiers",
            "tiers[1].from must be greater than the previous tier's 0.1: 0.1",
            "tiers[1].rate must not be less than the previous tier's 0.05: 0.04",
            "accelerators[1].from must be greater than the previous accelerator's 1.5: 1.2",
            "accelerators[1].multiplier must not be less than the previous accelerator's 2: 1.5",
            "payoutCap must be in the plan's currency USD: EUR 10.00"));
    CommissionPlan ok = plan(CommissionMethod.FLAT).build();
    assertThatThrownBy(() -> ok.compute(Money.of(CurrencyUnit.EUR, BigDecimal.ONE), usd("0.00")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("credited must be in the plan's currency USD: EUR 1.00")
        .hasMessageContaining("quota must be positive: USD 0.00");
    assertThatThrownBy(() -> Accelerator.of("0.9", "0.5")).hasMessageContaining("from must be within [1, 100]").hasMessageContaining("multiplier must be within [1, 10]");
  }

  @Test
  void propertyMarginalNeverExceedsRetroactive() {
    Property.forAll(11L, 500, random -> {
      List<RateTier> tiers = randomTable(random);
      List<Accelerator> acc = new ArrayList<>();
      if (random.nextBoolean()) {
        acc.add(new Accelerator(BigDecimal.valueOf(100 + random.nextInt(50), 2), BigDecimal.valueOf(100 + random.nextInt(100), 2)));
      }
      Rounding rounding = random.nextBoolean() ? Rounding.PER_LINE : Rounding.ON_TOTAL;
      Optional<BigDecimal> attainmentCap = random.nextInt(4) == 0 ? Optional.of(BigDecimal.valueOf(50 + random.nextInt(200), 2)) : Optional.empty();
      Money quota = Money.ofMinor(USD, 1 + random.nextInt(10_000_000));
      Money credited = Money.ofMinor(USD, random.nextInt(30_000_000));
      CommissionPlan.Builder b = CommissionPlan.builder().name("p").currency(USD).addAllTiers(tiers).addAllAccelerators(acc)
          .rounding(rounding).attainmentCap(attainmentCap);
      Money marginal = b.method(CommissionMethod.TIERED_MARGINAL).build().compute(credited, quota).total();
      Money retro = b.method(CommissionMethod.TIERED_RETROACTIVE).build().compute(credited, quota).total();
      assertThat(marginal.isGreaterThan(retro)).as("marginal %s <= retroactive %s for %s of %s, tiers %s", marginal, retro, credited, quota, tiers).isFalse();
    });
  }

  static List<RateTier> randomTable(Random random) {
    List<RateTier> tiers = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    int from = 0;
    int rate = random.nextInt(500);
    for (int i = 0; i < n; i++) {
      tiers.add(new RateTier(BigDecimal.valueOf(from, 2), BigDecimal.valueOf(rate, 4)));
      from += 1 + random.nextInt(80);
      rate += random.nextInt(300);
    }
    return tiers;
  }

  @Test
  void examplePlanPaysFromAnAppraisal() {
    dev.salesops.metrics.appraisal.CalendarPeriod q2 = dev.salesops.metrics.appraisal.CalendarPeriod.quarter(2026, 2);
    dev.salesops.metrics.appraisal.AppraisalScheme scheme = dev.salesops.metrics.appraisal.AppraisalScheme.builder().name("one")
        .policy(dev.salesops.metrics.appraisal.AppraisalPolicy.of(Map.of(dev.salesops.metrics.appraisal.IndicatorType.RESULT,
            dev.salesops.metrics.appraisal.AppraisalPolicy.TypeRule.of("1", "1", dev.salesops.metrics.appraisal.PeriodKind.QUARTER))))
        .addIndicators(dev.salesops.metrics.appraisal.Indicator.builder().name("revenue").type(dev.salesops.metrics.appraisal.IndicatorType.RESULT)
            .weight(BigDecimal.ONE).period(dev.salesops.metrics.appraisal.PeriodKind.QUARTER)
            .source(dev.salesops.metrics.appraisal.IndicatorSource.kpi("revenue"))
            .curve(dev.salesops.metrics.appraisal.LinearCurve.of(BigDecimal.ZERO, new BigDecimal("2"))).build())
        .build();
    dev.salesops.metrics.appraisal.Appraisal a = scheme.appraise(dev.salesops.core.model.UserId.of("rep-1"), q2,
        dev.salesops.metrics.appraisal.AppraisalInput.builder().add("revenue", q2, "250000", "100000").build());
    assertThat(a.band()).isEqualTo("S");
    Payout p = CommissionPlans.example(USD).compute(usd("250000.00"), QUOTA, a);
    // 50000 × 0.05 + 50000 × 0.08 + 50000 × 0.10 × 1.5 + 50000 × 0.10 × 2 + 50000 above the 200 % cap × 0
    // = 2500 + 4000 + 7500 + 10000 + 0 = 24000; × S 1.2 = 28800
    assertThat(slices(p)).containsExactly(new BigDecimal("2500.00"), new BigDecimal("4000.00"), new BigDecimal("7500.00"),
        new BigDecimal("10000.00"), new BigDecimal("0.00"));
    assertThat(p.total()).isEqualTo(usd("28800.00"));
    assertThat(p.rating()).contains("S");
  }
}
