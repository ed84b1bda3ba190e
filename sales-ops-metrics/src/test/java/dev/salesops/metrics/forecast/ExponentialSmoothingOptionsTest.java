package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The options of exponential smoothing at their edges: period, start periods, trend, damping, and the shortest series. */
class ExponentialSmoothingOptionsTest {
  private static final YearMonth JAN = YearMonth.of(2024, 1);

  private static TimeSeries quarterlyLike(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 100 + 2 * i + (i % 4 == 0 ? 15 : i % 4 == 2 ? -10 : 0);
    }
    return TimeSeries.of(Frequency.MONTHLY, JAN, x);
  }

  @Test
  void periodAndStartPeriodsChangeTheSeasonalLayout() {
    ExponentialSmoothing hw = ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(0.3, 0.1, 0.2);
    FittedModel four = hw.withPeriod(4).fit(quarterlyLike(12));
    assertThat(four.coefficients()).containsKeys("a", "b", "s1", "s2", "s3", "s4").doesNotContainKey("s5");
    assertThat(four.states()).hasSize(12 - 4).first().satisfies(s -> assertThat(s.period()).isEqualTo(JAN.plusMonths(4)));
    FittedModel two = hw.withPeriod(2).fit(quarterlyLike(12));
    assertThat(two.coefficients()).containsKeys("s1", "s2").doesNotContainKey("s3");
    assertThat(two.states()).hasSize(10);
    assertThatThrownBy(() -> hw.withPeriod(1)).isInstanceOf(ValidationException.class).hasMessageContaining("period must be at least 2");
    // three cycles decomposed need 12 periods for a cycle of 4; 11 is refused naming both
    assertThat(hw.withPeriod(4).withStartPeriods(3).fit(quarterlyLike(12)).states()).hasSize(8);
    assertThatThrownBy(() -> hw.withPeriod(4).withStartPeriods(3).fit(quarterlyLike(11))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must have at least 12 periods (3 cycles of 4)");
    assertThatThrownBy(() -> hw.withStartPeriods(1)).isInstanceOf(ValidationException.class).hasMessageContaining("startPeriods must be at least 2");
    assertThat(hw.withPeriod(4).withStartPeriods(2).fit(quarterlyLike(8)).states()).hasSize(4);
    assertThatThrownBy(() -> hw.withPeriod(4).fit(quarterlyLike(7))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must have at least 8 periods (2 cycles of 4)");
  }

  @Test
  void withoutTrendAndDampingEdges() {
    FittedModel noTrend = ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withoutTrend().withAlpha(0.3).withGamma(0.2).withPeriod(4)
        .fit(quarterlyLike(12));
    assertThat(noTrend.method()).isEqualTo("Holt-Winters additive without trend");
    assertThat(noTrend.parameters()).containsOnlyKeys("alpha", "gamma");
    assertThat(noTrend.coefficients()).doesNotContainKey("b");
    assertThat(noTrend.states()).allSatisfy(s -> assertThat(s.trend()).isEmpty());
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withDamping(0.9)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("phi needs a model with trend");
    assertThatThrownBy(() -> ExponentialSmoothing.holt().withDamping(0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("phi must be within (0, 1]");
    assertThatThrownBy(() -> ExponentialSmoothing.holt().withDamping(1.0000001)).isInstanceOf(ValidationException.class);
    assertThat(ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).withDamping(1).fit(quarterlyLike(6)).method()).isEqualTo("Holt");
    assertThat(ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).withDamping(0.5).fit(quarterlyLike(6)).method()).isEqualTo("Holt damped");
  }

  @Test
  void theShortestSeriesEachMethodFits() {
    assertThat(ExponentialSmoothing.simple().withAlpha(0.5).fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2)).states()).hasSize(1);
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withAlpha(0.5).fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must have at least 2 periods");
    assertThat(ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 4)).states()).hasSize(1);
    assertThatThrownBy(() -> ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must have at least 3 periods");
    FittedModel holt = ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).fit(TimeSeries.of(Frequency.MONTHLY, JAN, 10, 12, 15, 19));
    assertThat(holt.states().get(0).period()).isEqualTo(JAN.plusMonths(2));
    assertThat(holt.states().get(0).xhat()).isEqualTo(14.0); // level 12 + trend 2
  }
}
