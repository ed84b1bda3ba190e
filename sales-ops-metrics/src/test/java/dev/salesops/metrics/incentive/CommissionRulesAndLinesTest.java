package dev.salesops.metrics.incentive;

import static dev.salesops.metrics.incentive.CommissionPlanTest.QUOTA;
import static dev.salesops.metrics.incentive.CommissionPlanTest.USD;
import static dev.salesops.metrics.incentive.CommissionPlanTest.plan;
import static dev.salesops.metrics.incentive.CommissionPlanTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The documented bounds of commission plans, tiers and accelerators, each on and just beyond its edge, and the
 * calculation lines a rep reads ({@link Payout#explain()}).
 */
class CommissionRulesAndLinesTest {
  /** 30 decimal places: the most a plan decimal may have. */
  static final String THIRTY_PLACES = "0." + "0".repeat(29) + "1";

  static List<String> problems(ThrowingSupplier<?> build) {
    ValidationException e = catchThrowableOfType(build::get, ValidationException.class);
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::message).toList();
  }

  static CommissionPlan.Builder flat() {
    return CommissionPlan.builder().name("p").currency(USD).method(CommissionMethod.FLAT).addTiers(RateTier.of("0", "0.05"));
  }

  @Test
  void rateTierBoundsAreInclusive() {
    assertThatCode(() -> RateTier.of("0", "0")).doesNotThrowAnyException();
    assertThatCode(() -> RateTier.of("100", "1")).doesNotThrowAnyException();
    assertThat(problems(() -> RateTier.of("-0.01", "1.01"))).containsExactly("from must be within [0, 100]: -0.01", "rate must be within [0, 1]: 1.01");
    assertThat(problems(() -> RateTier.of("100.01", "-0.5"))).containsExactly("from must be within [0, 100]: 100.01", "rate must be within [0, 1]: -0.5");
  }

  @Test
  void acceleratorBoundsAreInclusive() {
    assertThatCode(() -> Accelerator.of("1", "1")).doesNotThrowAnyException();
    assertThatCode(() -> Accelerator.of("100", "10")).doesNotThrowAnyException();
    assertThat(problems(() -> Accelerator.of("100.5", "10.5"))).containsExactly(
        "from must be within [1, 100] (accelerators apply above quota): 100.5", "multiplier must be within [1, 10]: 10.5");
  }

  @Test
  void decimalsHaveAtMostThirtyPlacesAndAnExponentOfAtMostThirty() {
    assertThatCode(() -> RateTier.of("0", THIRTY_PLACES)).doesNotThrowAnyException();
    assertThat(problems(() -> RateTier.of("0", THIRTY_PLACES + "1"))).containsExactly(
        "rate must have at most 30 decimal places and an exponent of at most 30: 0." + "0".repeat(29) + "11");
    // out of scale and out of range: the scale alone is reported, the range is not checked
    assertThat(problems(() -> RateTier.of("200." + "0".repeat(31), "2." + "0".repeat(31)))).hasSize(2)
        .allSatisfy(m -> assertThat(m).contains("must have at most 30 decimal places"));
    // an exponent of 30 (a zero written 0E+30) is accepted, 31 is not
    assertThatCode(() -> RateTier.of("0E+30", "0.1")).doesNotThrowAnyException();
    assertThat(problems(() -> RateTier.of("0E+31", "0.1"))).singleElement().asString()
        .startsWith("from must have at most 30 decimal places and an exponent of at most 30");
    assertThat(problems(() -> Accelerator.of("1", "1." + "0".repeat(31)))).singleElement().asString()
        .startsWith("multiplier must have at most 30 decimal places");
    assertThat(problems(() -> flat().attainmentCap(new BigDecimal("200." + "0".repeat(31))).build())).singleElement().asString()
        .startsWith("attainmentCap must have at most 30 decimal places");
    assertThat(problems(() -> flat().ratingMultipliers(Map.of("S", new BigDecimal("20." + "0".repeat(31)))).build())).singleElement().asString()
        .startsWith("ratingMultipliers.S must have at most 30 decimal places");
  }

  @Test
  void aNameHasOneTo128CharactersWithoutControlCharacters() {
    assertThat(flat().name("x".repeat(128)).build().name()).hasSize(128);
    assertThat(problems(() -> flat().name("x".repeat(129)).build()))
        .containsExactly("name must be 1 to 128 characters without control characters: 129 characters");
    assertThat(problems(() -> flat().name(" ").build())).containsExactly("name must be 1 to 128 characters without control characters: \" \"");
    assertThat(problems(() -> flat().name("a\tb").build())).containsExactly("name must be 1 to 128 characters without control characters: \"a\tb\"");
    // a name of 128 characters is shown as written, a longer one by its length only
    String tabbed = "a\t" + "x".repeat(126);
    assertThat(problems(() -> flat().name(tabbed).build())).singleElement().asString()
        .startsWith("name must be 1 to 128 characters without control characters: \"a\txxx").doesNotContain("128 characters\"").doesNotEndWith(" characters");
  }

  @Test
  void acceleratorStartsStrictlyIncreaseTheirMultipliersDoNotDecrease() {
    assertThat(problems(() -> plan(CommissionMethod.TIERED_MARGINAL).addAccelerators(Accelerator.of("1.5", "2"), Accelerator.of("1.5", "3")).build()))
        .containsExactly("accelerators[1].from must be greater than the previous accelerator's 1.5: 1.5");
    // equal multipliers: the second accelerator changes nothing, but is allowed
    CommissionPlan same = plan(CommissionMethod.TIERED_MARGINAL).addAccelerators(Accelerator.of("1", "1.5"), Accelerator.of("1.1", "1.5")).build();
    // 2500 + 4000 + 20000 × 0.10 × 1.5 = 9500
    assertThat(same.compute(usd("120000.00"), QUOTA).total()).isEqualTo(usd("9500.00"));
    // equal tier rates, likewise
    assertThatCode(() -> CommissionPlan.builder().name("p").currency(USD).method(CommissionMethod.TIERED_MARGINAL)
        .addTiers(RateTier.of("0", "0.05"), RateTier.of("0.5", "0.05")).build()).doesNotThrowAnyException();
  }

  @Test
  void theAttainmentCapIsWithinZeroExcludedAndHundredIncluded() {
    assertThat(flat().attainmentCap(new BigDecimal("100")).build().attainmentCap()).contains(new BigDecimal("100"));
    assertThat(flat().attainmentCap(new BigDecimal("0.0001")).build().attainmentCap()).contains(new BigDecimal("0.0001"));
    assertThat(problems(() -> flat().attainmentCap(BigDecimal.ZERO).build())).containsExactly("attainmentCap must be within (0, 100]: 0");
    assertThat(problems(() -> flat().attainmentCap(new BigDecimal("-1")).build())).containsExactly("attainmentCap must be within (0, 100]: -1");
    assertThat(problems(() -> flat().attainmentCap(new BigDecimal("100.01")).build())).containsExactly("attainmentCap must be within (0, 100]: 100.01");
  }

  @Test
  void ratingMultipliersAreWithinZeroAndTen() {
    assertThat(flat().ratingMultipliers(Map.of("D", BigDecimal.ZERO, "S", BigDecimal.TEN)).build().ratingMultipliers())
        .containsOnlyKeys("D", "S");
    assertThat(problems(() -> flat().ratingMultipliers(Map.of("C", new BigDecimal("-0.1"))).build()))
        .containsExactly("ratingMultipliers.C must be within [0, 10]: -0.1");
    assertThat(problems(() -> flat().ratingMultipliers(Map.of("S", new BigDecimal("10.01"))).build()))
        .containsExactly("ratingMultipliers.S must be within [0, 10]: 10.01");
  }

  @Test
  void aPayoutExactlyAtTheCapIsNotCapped() {
    // 2500 + 4000 + 2000 = 8500, the cap itself: no CAP line
    Payout p = plan(CommissionMethod.TIERED_MARGINAL).payoutCap(usd("8500.00")).build().compute(usd("120000.00"), QUOTA);
    assertThat(p.total()).isEqualTo(usd("8500.00"));
    assertThat(p.lines()).extracting(PayoutLine::kind).doesNotContain(PayoutLine.Kind.CAP);
  }

  @Test
  void linesShowTheRoundingOfEachLineOnlyWhereItRounds() {
    // flat 3.33 % of 100.12 = 3.333996; rating A × 1.1 (worked by hand, as in CommissionPlanTest)
    CommissionPlan.Builder b = CommissionPlan.builder().name("r").currency(USD).method(CommissionMethod.FLAT)
        .addTiers(RateTier.of("0", "0.0333")).ratingMultipliers(Map.of("A", new BigDecimal("1.1"), "S", new BigDecimal("1.2")));
    Payout perLine = b.rounding(Rounding.PER_LINE).build().compute(usd("100.12"), usd("100.00"), "A");
    assertThat(perLine.lines()).extracting(PayoutLine::description).containsExactly(
        "0..100.12 (0%..100.12% of quota) = 100.12 × rate 0.0333 (tier 1) = 3.333996 → 3.33 (HALF_UP)",
        "Σ slices = 3.33",
        "3.33 × rating A multiplier 1.1 = 3.663 → 3.66",
        "payout USD 3.66");
    Payout onTotal = b.rounding(Rounding.ON_TOTAL).build().compute(usd("100.12"), usd("100.00"), "A");
    assertThat(onTotal.lines()).extracting(PayoutLine::description).containsExactly(
        "0..100.12 (0%..100.12% of quota) = 100.12 × rate 0.0333 (tier 1) = 3.333996",
        "Σ slices = 3.333996",
        "3.333996 × rating A multiplier 1.1 = 3.6673956",
        "3.6673956 rounded HALF_UP to 2 decimals = 3.67 (+0.0026044)",
        "payout USD 3.67");
    // exact lines show no rounding: 100.00 × 0.0333 = 3.33; × 1.2 = 3.996 → 4.00 per line
    Payout exact = b.rounding(Rounding.PER_LINE).build().compute(usd("100.00"), usd("100.00"), "S");
    assertThat(exact.lines()).extracting(PayoutLine::description).containsExactly(
        "0..100 (0%..100% of quota) = 100 × rate 0.0333 (tier 1) = 3.33",
        "Σ slices = 3.33",
        "3.33 × rating S multiplier 1.2 = 3.996 → 4",
        "payout USD 4.00");
    // rounded down on the total: the adjustment is negative, without a sign of its own
    Payout down = b.rounding(Rounding.ON_TOTAL).build().compute(usd("100.00"), usd("100.00"), "A");
    // 3.33 × 1.1 = 3.663 -> 3.66
    assertThat(down.lines()).extracting(PayoutLine::description).contains("3.663 rounded HALF_UP to 2 decimals = 3.66 (-0.003)");
  }

  @Test
  void explainHeadsTheLinesWithThePlanAmountsAttainmentAndRating() {
    CommissionPlan rated = flat().ratingMultipliers(Map.of("A", new BigDecimal("1.1"))).build();
    Payout p = rated.compute(usd("200.00"), usd("100.00"), "A");
    // 200 × 0.05 = 10; × 1.1 = 11
    assertThat(p.explain()).isEqualTo("plan p: credited USD 200.00 / quota USD 100.00 = attainment " + p.attainment().value().orElseThrow().toPlainString()
        + ", rating A\n  SLICE: 0..200 (0%..200% of quota) = 200 × rate 0.05 (tier 1) = 10"
        + "\n  SUBTOTAL: Σ slices = 10"
        + "\n  RATING_MULTIPLIER: 10 × rating A multiplier 1.1 = 11"
        + "\n  TOTAL: payout USD 11.00");
    assertThat(p.attainment()).isEqualTo(Ratio.of(new BigDecimal("200.00"), new BigDecimal("100.00")));
    assertThat(p.plan()).isEqualTo("p");
    assertThat(p.credited()).isEqualTo(usd("200.00"));
    assertThat(p.quota()).isEqualTo(usd("100.00"));
    assertThat(p.rating()).contains("A");
    assertThat(flat().build().compute(usd("200.00"), usd("100.00")).explain()).doesNotContain("rating");
  }

  @Test
  void payoutsAndLinesAreValuesWithARecordLikeText() {
    Ratio half = Ratio.of(BigDecimal.ONE, new BigDecimal("2"));
    List<PayoutLine> lines = List.of(new PayoutLine(PayoutLine.Kind.TOTAL, "payout USD 0.05", new BigDecimal("0.05")));
    Money one = usd("1.00");
    Money two = usd("2.00");
    Money total = usd("0.05");
    Payout p = new Payout("p", one, two, half, "A", lines, total);
    new EqualsTester()
        .addEqualityGroup(p, new Payout("p", one, two, half, "A", lines, total))
        .addEqualityGroup(new Payout("q", one, two, half, "A", lines, total))
        .addEqualityGroup(new Payout("p", usd("1.50"), two, half, "A", lines, total))
        .addEqualityGroup(new Payout("p", one, usd("3.00"), half, "A", lines, total))
        .addEqualityGroup(new Payout("p", one, two, Ratio.of(1, 3), "A", lines, total))
        .addEqualityGroup(new Payout("p", one, two, half, "B", lines, total))
        .addEqualityGroup(new Payout("p", one, two, half, null, lines, total))
        .addEqualityGroup(new Payout("p", one, two, half, "A", List.of(), total))
        .addEqualityGroup(new Payout("p", one, two, half, "A", lines, usd("0.06")))
        .testEquals();
    // hash codes tell different payouts apart (not one constant)
    assertThat(java.util.stream.Stream.of(p, new Payout("q", one, two, half, "A", lines, total), new Payout("p", one, two, half, null, lines, total))
        .map(Payout::hashCode).distinct()).hasSizeGreaterThan(1);
    assertThat(p.toString()).isEqualTo("Payout[plan=p, credited=USD 1.00, quota=USD 2.00, attainment=" + half
        + ", rating=Optional[A], lines=[TOTAL payout USD 0.05], total=USD 0.05]");
    assertThat(new Payout("p", one, two, half, null, lines, total).toString()).contains(", rating=Optional.empty, ");
    assertThat(lines.get(0)).hasToString("TOTAL payout USD 0.05");
  }
}
