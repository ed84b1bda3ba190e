package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.UserId;
import dev.salesops.core.testing.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties: scores are monotone in achievement (reversed in the actual for lower-is-better indicators). */
class MonotonicityPropertyTest {

  static BigDecimal fraction(Random r, int maxHundredths) {
    return BigDecimal.valueOf(r.nextInt(maxHundredths + 1), 2);
  }

  /** A random valid curve of any type. */
  static ScoringCurve randomCurve(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return LinearCurve.of(fraction(r, 100), BigDecimal.ONE.add(fraction(r, 100)));
      case 1: {
        BigDecimal threshold = BigDecimal.valueOf(1 + r.nextInt(99), 2);
        BigDecimal ts = fraction(r, 100);
        BigDecimal tg = ts.add(fraction(r, 100));
        BigDecimal stretch = BigDecimal.ONE.add(BigDecimal.valueOf(1 + r.nextInt(100), 2));
        return new ThresholdCurve(threshold, ts, tg, stretch, tg.add(fraction(r, 100)));
      }
      default: {
        int n = 1 + r.nextInt(4);
        List<BigDecimal> bounds = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        BigDecimal b = fraction(r, 80);
        BigDecimal s = fraction(r, 30);
        scores.add(s);
        for (int i = 0; i < n; i++) {
          bounds.add(b);
          b = b.add(BigDecimal.valueOf(1 + r.nextInt(40), 2));
          s = s.add(fraction(r, 40));
          scores.add(s);
        }
        return new BandedCurve(bounds, scores, r.nextBoolean() ? BoundaryRule.LOWER_TIER : BoundaryRule.UPPER_TIER);
      }
    }
  }

  @Test
  void everyCurveIsMonotoneAndNonNegative() {
    Property.forAll(21L, 2000, r -> {
      ScoringCurve c = randomCurve(r);
      BigDecimal a1 = BigDecimal.valueOf(r.nextInt(30001) - 5000, 4); // -0.5 .. 2.5
      BigDecimal a2 = a1.add(BigDecimal.valueOf(r.nextInt(5001), 4));
      assertThat(c.score(a1)).as("%s at %s", c, a1).isLessThanOrEqualTo(c.score(a2));
      assertThat(c.score(a1).signum()).isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void appraisalScoreIsMonotoneInTheActualInTheIndicatorsDirection() {
    Property.forAll(22L, 500, r -> {
      Direction direction = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
      AppraisalScheme scheme = AppraisalScheme.builder().name("one")
          .policy(AppraisalPolicy.of(Map.of(IndicatorType.RESULT, AppraisalPolicy.TypeRule.of("1", "1", PeriodKind.MONTH))))
          .addIndicators(Indicator.builder().name("x").type(IndicatorType.RESULT).weight(BigDecimal.ONE).period(PeriodKind.MONTH)
              .direction(direction).source(IndicatorSource.kpi("x")).curve(randomCurve(r)).build())
          .period(PeriodKind.QUARTER).build();
      CalendarPeriod q = CalendarPeriod.quarter(2026, 1 + r.nextInt(4));
      List<CalendarPeriod> months = q.periodsOf(PeriodKind.MONTH, WeekRule.THURSDAY);
      int target = 1 + r.nextInt(1000);
      int[] actuals = new int[3];
      int bump = r.nextInt(3);
      AppraisalInput.Builder lo = AppraisalInput.builder();
      AppraisalInput.Builder hi = AppraisalInput.builder();
      for (int m = 0; m < 3; m++) {
        actuals[m] = r.nextInt(2 * target + 1);
        lo.add("x", months.get(m), BigDecimal.valueOf(actuals[m]), BigDecimal.valueOf(target));
        hi.add("x", months.get(m), BigDecimal.valueOf(actuals[m] + (m == bump ? r.nextInt(target + 1) : 0)), BigDecimal.valueOf(target));
      }
      BigDecimal low = scheme.appraise(UserId.of("u"), q, lo.build()).total();
      BigDecimal high = scheme.appraise(UserId.of("u"), q, hi.build()).total();
      if (direction == Direction.HIGHER_IS_BETTER) {
        assertThat(low).isLessThanOrEqualTo(high);
      } else {
        assertThat(low).isGreaterThanOrEqualTo(high);
      }
    });
  }

  @Test
  void lowerIsBetterIsTheMirrorImageAboutTarget() {
    // an actual x below target under LOWER_IS_BETTER scores what an actual x above target scores under HIGHER_IS_BETTER
    Property.forAll(23L, 500, r -> {
      ScoringCurve c = randomCurve(r);
      CalendarPeriod q = CalendarPeriod.quarter(2026, 2);
      int target = 1 + r.nextInt(1000);
      int x = r.nextInt(target + 1);
      BigDecimal higher = oneIndicator(Direction.HIGHER_IS_BETTER, c).appraise(UserId.of("u"), q,
          AppraisalInput.builder().add("x", q, BigDecimal.valueOf(target + x), BigDecimal.valueOf(target)).build()).total();
      BigDecimal lower = oneIndicator(Direction.LOWER_IS_BETTER, c).appraise(UserId.of("u"), q,
          AppraisalInput.builder().add("x", q, BigDecimal.valueOf(target - x), BigDecimal.valueOf(target)).build()).total();
      assertThat(lower).as("target %s, x %s, %s", target, x, c).isEqualByComparingTo(higher);
    });
  }

  static AppraisalScheme oneIndicator(Direction direction, ScoringCurve curve) {
    return AppraisalScheme.builder().name("one")
        .policy(AppraisalPolicy.of(Map.of(IndicatorType.RESULT, AppraisalPolicy.TypeRule.of("1", "1", PeriodKind.QUARTER))))
        .addIndicators(Indicator.builder().name("x").type(IndicatorType.RESULT).weight(BigDecimal.ONE).period(PeriodKind.QUARTER)
            .direction(direction).source(IndicatorSource.kpi("x")).curve(curve).build())
        .build();
  }
}
