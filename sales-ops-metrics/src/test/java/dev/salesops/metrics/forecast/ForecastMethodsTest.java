package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed worked examples, R references for the linear trend, and the constant-series property. */
class ForecastMethodsTest {
  private static final YearMonth JAN = YearMonth.of(2026, 1);

  private static TimeSeries monthly(double... v) {
    return TimeSeries.of(Frequency.MONTHLY, JAN, v);
  }

  @Test
  void movingAverageWorkedExample() {
    FittedModel m = MovingAverage.of(3).fit(monthly(1, 2, 3, 4, 5, 6));
    // fitted: mean(1,2,3)=2 for Apr, 3 for May, 4 for Jun; errors 2,2,2 -> SSE 12
    assertThat(m.fitted()).containsExactly(java.util.Map.entry(YearMonth.of(2026, 4), 2.0), java.util.Map.entry(YearMonth.of(2026, 5), 3.0),
        java.util.Map.entry(YearMonth.of(2026, 6), 4.0));
    assertThat(m.sse()).isEqualTo(12.0);
    Forecast f = m.forecast(2, 0.95);
    assertThat(f.points()).extracting(ForecastPoint::mean).containsExactly(5.0, 5.0);
    assertThat(f.points().get(0).period()).isEqualTo(YearMonth.of(2026, 7));
    assertThat(f.points().get(0).upper()).isEmpty();
  }

  @Test
  void linearTrendMatchesHandAndR() {
    // y = 3,5,4,8,9,12 at t = 1..6: slope = Σ(t−3.5)(y−6.8333)/17.5 = 30.5/17.5 = 1.742857..., intercept = 6.8333 − 3.5·slope
    FittedModel m = LinearTrend.of().fit(monthly(3, 5, 4, 8, 9, 12));
    assertThat(m.coefficients().get("slope")).isCloseTo(30.5 / 17.5, within(1e-12));
    assertThat(m.coefficients().get("intercept")).isCloseTo(0.733333333333335, within(1e-12));
    Forecast f = m.forecast(2, 0.95);
    // R: predict(lm(y ~ t), data.frame(t = 7:8), interval = "prediction")
    assertThat(f.points().get(0).mean()).isCloseTo(12.9333333333333, within(1e-9));
    assertThat(f.points().get(0).lower().getAsDouble()).isCloseTo(8.41455578791620, within(1e-9));
    assertThat(f.points().get(1).upper().getAsDouble()).isCloseTo(19.7180163132745, within(1e-9));
  }

  @Test
  void simpleExponentialSmoothingWorkedExample() {
    // alpha 0.5, x = 10, 12, 11: l0 = 10; x̂ = 10, l = 11; x̂ = 11, l = 11; SSE = 4 + 0
    FittedModel m = ExponentialSmoothing.simple().withAlpha(0.5).fit(monthly(10, 12, 11));
    assertThat(m.sse()).isEqualTo(4.0);
    assertThat(m.coefficients()).containsEntry("a", 11.0).doesNotContainKey("b");
    assertThat(m.forecast(3).points()).extracting(ForecastPoint::mean).containsExactly(11.0, 11.0, 11.0);
  }

  @Test
  void holtWorkedExample() {
    // alpha = beta = 0.5, x = 10, 12, 15, 19: l = 12, b = 2; x̂ = 14, l = 14.5, b = 2.25; x̂ = 16.75, l = 17.875, b = 2.8125
    FittedModel m = ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).fit(monthly(10, 12, 15, 19));
    assertThat(m.fitted().values()).containsExactly(14.0, 16.75);
    assertThat(m.sse()).isEqualTo(1 + 2.25 * 2.25);
    assertThat(m.forecast(2).points()).extracting(ForecastPoint::mean).containsExactly(20.6875, 23.5);
  }

  @Test
  void dampedHoltWorkedExample() {
    // phi 0.9: x̂ = 12 + 1.8 = 13.8, l = 14.4, b = 0.5·2.4 + 0.5·1.8 = 2.1; x̂ = 14.4 + 1.89 = 16.29, l = 17.645,
    // b = 0.5·3.245 + 0.5·1.89 = 2.5675; forecast(2) = 17.645 + (0.9 + 0.81)·2.5675
    FittedModel m = ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).withDamping(0.9).fit(monthly(10, 12, 15, 19));
    assertThat(m.method()).isEqualTo("Holt damped");
    assertThat(m.fitted().values()).containsExactly(13.8, 16.29);
    assertThat(m.coefficients().get("a")).isCloseTo(17.645, within(1e-12));
    assertThat(m.coefficients().get("b")).isCloseTo(2.5675, within(1e-12));
    assertThat(m.forecast(2).points().get(1).mean()).isCloseTo(17.645 + 1.71 * 2.5675, within(1e-12));
  }

  @Test
  void seasonalIndicesMatchRsDecompose() {
    SeasonalIndices mult = SeasonalIndices.of(Datasets.airPassengers(), Seasonality.MULTIPLICATIVE);
    double[] r = {0.910230367372201, 0.883625320694376, 1.007366287603545, 0.975906012322847, 0.981378027495129, 1.112775826679273,
        1.226555542931201, 1.219910969445625, 1.060491932646818, 0.921757240410498, 0.801178082413474, 0.898824389985011};
    for (int i = 0; i < 12; i++) {
      assertThat(mult.byPosition().get(i)).isCloseTo(r[i], within(1e-12));
    }
    SeasonalIndices add = SeasonalIndices.of(Datasets.airPassengers(), Seasonality.ADDITIVE);
    assertThat(add.indexOf(YearMonth.of(2030, 7))).isCloseTo(63.83080808080809, within(1e-10));
    // a series starting in July maps positions to calendar months
    double[] x = new double[36];
    for (int i = 0; i < 36; i++) {
      x[i] = 100 + ((i + 6) % 12 == 0 ? 50 : 0); // every January +50
    }
    SeasonalIndices jul = SeasonalIndices.of(TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2020, 7), x), Seasonality.ADDITIVE);
    assertThat(jul.indexOf(YearMonth.of(2024, 1))).isGreaterThan(40);
  }

  @Test
  void forecastsOfAConstantSeriesAreThatConstant() {
    Property.forAll(8101L, 40, random -> {
      double c = Math.round((random.nextDouble() * 1e6 + 1) * 100) / 100.0;
      int n = 24 + random.nextInt(40);
      double[] x = new double[n];
      java.util.Arrays.fill(x, c);
      TimeSeries s = monthly(x);
      List<ForecastMethod> methods = List.of(MovingAverage.of(1 + random.nextInt(6)), LinearTrend.of(), ExponentialSmoothing.simple(),
          ExponentialSmoothing.holt(), ExponentialSmoothing.holt().withDamping(0.9).withAlpha(0.3).withBeta(0.2),
          ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE), ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE),
          ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(random.nextDouble() * 0.9 + 0.05, random.nextDouble(),
              random.nextDouble()));
      for (ForecastMethod m : methods) {
        Forecast f = m.fit(s).forecast(13);
        for (ForecastPoint p : f.points()) {
          assertThat(p.mean()).as(m + " c=" + c).isCloseTo(c, within(Math.abs(c) * 1e-9));
        }
      }
    });
  }

  @Test
  void refusesGapsShortSeriesAndZerosForMultiplicative() {
    TimeSeries gappy = TimeSeries.of(Frequency.MONTHLY, java.util.Map.of(JAN, java.math.BigDecimal.ONE, JAN.plusMonths(2), java.math.BigDecimal.TEN),
        JAN, JAN.plusMonths(2), Missing.GAP);
    assertThatThrownBy(() -> ExponentialSmoothing.simple().fit(gappy)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("series must not have gaps").hasMessageContaining("2026-02");
    assertThatThrownBy(() -> ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).fit(monthly(new double[20])))
        .hasMessageContaining("at least 24 periods");
    double[] z = new double[24];
    java.util.Arrays.fill(z, 5);
    z[3] = 0;
    assertThatThrownBy(() -> ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).fit(monthly(z)))
        .hasMessageContaining("series[3] must be non-zero");
    // alpha 0 is a value a fit can return (R's bounds [0, 1] are inclusive), so it is accepted when given
    assertThat(ExponentialSmoothing.simple().withAlpha(0).fit(monthly(10, 12, 11)).coefficients()).containsEntry("a", 10.0);
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withAlpha(-0.1)).hasMessageContaining("alpha must be within [0, 1]: -0.1");
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withBeta(0.1)).hasMessageContaining("needs a model with trend");
    assertThatThrownBy(() -> MovingAverage.of(0)).hasMessageContaining("window must be positive");
  }

  @Test
  void monthlyFacadeChoosesByStatedRule() {
    assertThat(MonthlyForecast.choose(Datasets.airPassengers()).toString()).contains("multiplicative");
    assertThat(MonthlyForecast.choose(monthly(1, 2, 3)).toString()).contains("[Holt,").doesNotContain("Winters");
    assertThat(MonthlyForecast.choose(monthly(1, 2)).toString()).contains("simple");
    java.util.TreeMap<YearMonth, java.math.BigDecimal> h = new java.util.TreeMap<>();
    for (int i = 0; i < 30; i++) {
      h.put(JAN.plusMonths(i), java.math.BigDecimal.valueOf(100 + i + (i % 12 == 11 ? 40 : 0)));
    }
    Forecast f = MonthlyForecast.of(h, 6, 0.9);
    assertThat(f.points()).hasSize(6);
    assertThat(f.points().get(0).period()).isEqualTo(JAN.plusMonths(30));
    assertThat(f.level()).hasValue(0.9);
    assertThat(f.points().get(0).lower()).isPresent();
  }
}
