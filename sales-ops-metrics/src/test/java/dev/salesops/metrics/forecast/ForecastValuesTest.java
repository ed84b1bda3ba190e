package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The small value types of the forecast package and the one-call monthly forecast's stated rule at its edges. */
class ForecastValuesTest {
  private static final YearMonth JAN = YearMonth.of(2025, 1);

  @Test
  void forecastPointsAreValues() {
    ForecastPoint a = new ForecastPoint(JAN, 1, 10, 8.0, 12.0);
    assertThat(a).isEqualTo(new ForecastPoint(JAN, 1, 10, 8.0, 12.0)).hasSameHashCodeAs(new ForecastPoint(JAN, 1, 10, 8.0, 12.0))
        .isNotEqualTo(new ForecastPoint(JAN.plusMonths(1), 1, 10, 8.0, 12.0))
        .isNotEqualTo(new ForecastPoint(JAN, 2, 10, 8.0, 12.0))
        .isNotEqualTo(new ForecastPoint(JAN, 1, 11, 8.0, 12.0))
        .isNotEqualTo(new ForecastPoint(JAN, 1, 10, 7.0, 12.0))
        .isNotEqualTo(new ForecastPoint(JAN, 1, 10, 8.0, 13.0))
        .isNotEqualTo(new ForecastPoint(JAN, 1, 10, null, null))
        .isNotEqualTo("point");
    assertThat(a.toString()).isEqualTo("ForecastPoint[period=2025-01, step=1, mean=10.0, lower=OptionalDouble[8.0], upper=OptionalDouble[12.0]]");
    assertThat(new ForecastPoint(JAN, 1, 10, null, null).toString()).endsWith("lower=OptionalDouble.empty, upper=OptionalDouble.empty]");
    assertThat(a.step()).isEqualTo(1);
    assertThat(a.lower()).hasValue(8.0);
    assertThat(a.upper()).hasValue(12.0);
  }

  @Test
  void aForecastFindsItsPeriods() {
    Forecast f = new Forecast("hand", Map.of("alpha", 0.5), List.of(new ForecastPoint(JAN, 1, 10, null, null),
        new ForecastPoint(JAN.plusMonths(1), 2, 11, null, null)), OptionalDouble.of(0.8), Frequency.MONTHLY);
    assertThat(f.mean(JAN)).hasValue(10.0);
    assertThat(f.mean(JAN.plusMonths(1))).hasValue(11.0);
    assertThat(f.mean(JAN.plusMonths(2))).isEmpty();
    assertThat(f.method()).isEqualTo("hand");
    assertThat(f.parameters()).containsExactly(Map.entry("alpha", 0.5));
    assertThat(f.level()).hasValue(0.8);
    assertThat(f.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(f.toString()).isEqualTo("Forecast[hand {alpha=0.5}, 2 periods]");
  }

  @Test
  void periodsOfAFrequency() {
    assertThat(Frequency.QUARTERLY.periodOf(YearMonth.of(2025, 3))).isEqualTo(JAN);
    assertThat(Frequency.QUARTERLY.periodOf(YearMonth.of(2025, 4))).isEqualTo(YearMonth.of(2025, 4));
    assertThat(Frequency.QUARTERLY.periodOf(YearMonth.of(2025, 12))).isEqualTo(YearMonth.of(2025, 10));
    assertThat(Frequency.MONTHLY.periodOf(YearMonth.of(2025, 12))).isEqualTo(YearMonth.of(2025, 12));
    assertThat(Frequency.QUARTERLY.months()).isEqualTo(3);
    assertThat(Frequency.QUARTERLY.periodsPerYear()).isEqualTo(4);
    assertThat(Frequency.MONTHLY.months()).isEqualTo(1);
    assertThat(Frequency.MONTHLY.periodsPerYear()).isEqualTo(12);
  }

  private static TimeSeries monthly(int n, double value) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = value + (i % 12) + 0.5 * i;
    }
    return TimeSeries.of(Frequency.MONTHLY, JAN, v);
  }

  @Test
  void theMonthlyRuleAtItsEdges() {
    assertThat(MonthlyForecast.choose(monthly(24, 10)).toString()).startsWith("ExponentialSmoothing[Holt-Winters multiplicative,");
    double[] withZero = monthly(24, 10).toArray();
    withZero[5] = 0;
    assertThat(MonthlyForecast.choose(TimeSeries.of(Frequency.MONTHLY, JAN, withZero)).toString())
        .startsWith("ExponentialSmoothing[Holt-Winters additive,");
    assertThat(MonthlyForecast.choose(monthly(23, 10)).toString()).startsWith("ExponentialSmoothing[Holt,");
    assertThat(MonthlyForecast.choose(monthly(3, 10)).toString()).startsWith("ExponentialSmoothing[Holt,");
    assertThat(MonthlyForecast.choose(monthly(2, 10)).toString()).startsWith("ExponentialSmoothing[simple exponential smoothing,");
    assertThatThrownBy(() -> MonthlyForecast.choose(monthly(1, 10))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must have at least 2 periods to forecast");
    // a quarterly series: two seasons are 8 quarters
    assertThat(MonthlyForecast.choose(TimeSeries.of(Frequency.QUARTERLY, JAN, 5, 6, 7, 8, 6, 7, 8, 9)).toString())
        .startsWith("ExponentialSmoothing[Holt-Winters multiplicative,");
  }

  @Test
  void theMonthlyCallFillsMissingMonthsWithZero() {
    TreeMap<YearMonth, BigDecimal> h = new TreeMap<>();
    h.put(JAN, BigDecimal.ONE);
    h.put(JAN.plusMonths(2), new BigDecimal("3"));
    Forecast f = MonthlyForecast.of(h, 2, 0.9);
    assertThat(f.method()).isEqualTo("Holt");
    assertThat(f.points()).extracting(ForecastPoint::period).containsExactly(JAN.plusMonths(3), JAN.plusMonths(4));
    assertThat(f.level()).hasValue(0.9);
    assertThatThrownBy(() -> MonthlyForecast.of(new TreeMap<>(), 2, 0.9)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("history must not be empty");
  }

  @Test
  void openDealsAreValidated() {
    Money usd = Money.of(CurrencyUnit.USD, 100);
    LocalDate d = LocalDate.of(2026, 1, 20);
    assertThat(new OpenDeal(Money.zero(CurrencyUnit.USD), BigDecimal.ZERO, d, "COMMIT").probability()).isZero();
    assertThat(new OpenDeal(usd, BigDecimal.ONE, d, "C".repeat(64)).category()).hasSize(64);
    assertThatThrownBy(() -> new OpenDeal(Money.of(CurrencyUnit.USD, -1), BigDecimal.ONE, d, "COMMIT")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount must not be negative");
    assertThatThrownBy(() -> new OpenDeal(usd, new BigDecimal("1.01"), d, "COMMIT")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("probability");
    assertThatThrownBy(() -> new OpenDeal(usd, new BigDecimal("-0.01"), d, "COMMIT")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("probability");
    assertThatThrownBy(() -> new OpenDeal(usd, BigDecimal.ONE, d, "C".repeat(65))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("category");
  }

  @Test
  void smoothingNamesAndSettings() {
    assertThat(ExponentialSmoothing.holt().damped().toString())
        .isEqualTo("ExponentialSmoothing[Holt damped, alpha=null, beta=null, gamma=null, phi=fitted, intervals=LINEARISED]");
    assertThat(ExponentialSmoothing.holt().withDamping(0.9).withAlpha(0.2).toString())
        .isEqualTo("ExponentialSmoothing[Holt damped, alpha=0.2, beta=null, gamma=null, phi=0.9, intervals=LINEARISED]");
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).withoutTrend().withIntervals(IntervalFormula.R_COMPATIBLE)
        .toString()).isEqualTo("ExponentialSmoothing[Holt-Winters multiplicative without trend, alpha=null, beta=null, gamma=null, phi=1.0,"
        + " intervals=R_COMPATIBLE]");
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).damped().toString()).startsWith("ExponentialSmoothing[Holt-Winters additive damped,");
    assertThat(ExponentialSmoothing.simple().toString()).startsWith("ExponentialSmoothing[simple exponential smoothing,");
    assertThatThrownBy(() -> ExponentialSmoothing.simple().damped()).isInstanceOf(ValidationException.class).hasMessageContaining("phi needs a model with trend");
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withBeta(0.1)).isInstanceOf(ValidationException.class).hasMessageContaining("beta needs a model with trend");
    assertThatThrownBy(() -> ExponentialSmoothing.holt().withGamma(0.1)).isInstanceOf(ValidationException.class).hasMessageContaining("gamma needs a seasonal model");
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withAlpha(1.0000001)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("alpha must be within [0, 1]");
    assertThatThrownBy(() -> ExponentialSmoothing.simple().withAlpha(-0.0000001)).isInstanceOf(ValidationException.class);
    assertThat(ExponentialSmoothing.simple().withAlpha(0).withAlpha(1).toString()).contains("alpha=1.0");
    assertThat(ExponentialSmoothing.holt().withDamping(Double.MIN_VALUE).toString()).contains("phi=4.9E-324");
    // the free parameter count and the start values a model choice counts
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).damped().freeParameters()).isEqualTo(4);
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(0.1, 0.1, 0.1).freeParameters()).isZero();
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).initialStates(12)).isEqualTo(13);
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withoutTrend().initialStates(4)).isEqualTo(4);
    assertThat(ExponentialSmoothing.simple().firstFitted(12)).isEqualTo(1);
    assertThat(ExponentialSmoothing.holt().firstFitted(12)).isEqualTo(2);
    assertThat(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withoutTrend().firstFitted(4)).isEqualTo(4);
    assertThat(Arrays.asList(IntervalFormula.values())).containsExactly(IntervalFormula.LINEARISED, IntervalFormula.R_COMPATIBLE);
  }

  @Test
  void theCriterionSpanAndTheStatesPeriods() {
    TimeSeries x = TimeSeries.of(Frequency.MONTHLY, JAN, 10, 12, 15, 19, 18, 22, 25);
    ExponentialSmoothing holt = ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.3);
    ExponentialSmoothing.Fit own = holt.fit(x, 0);
    FittedModel m = own.model();
    // from the method's own start (period 3) the criterion is the model's SSE over its 5 fitted periods
    assertThat(own.criterionSse()).isEqualTo(m.sse());
    assertThat(own.criterionCount()).isEqualTo(5);
    // from period 5 on: the last three residuals only
    ExponentialSmoothing.Fit later = holt.fit(x, 4);
    double tail = m.residuals().tailMap(JAN.plusMonths(4)).values().stream().mapToDouble(r -> r * r).sum();
    assertThat(later.criterionSse()).isCloseTo(tail, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(later.criterionCount()).isEqualTo(3);
    assertThat(m.states()).extracting(FittedModel.State::period).containsExactly(JAN.plusMonths(2), JAN.plusMonths(3), JAN.plusMonths(4),
        JAN.plusMonths(5), JAN.plusMonths(6));
  }

  @Test
  void aConstantSeriesWithoutTrendHasNoRCompatibleMultiplicativeInterval() {
    double[] v = new double[24];
    Arrays.fill(v, 5);
    TimeSeries x = TimeSeries.of(Frequency.MONTHLY, JAN, v);
    ExponentialSmoothing hw = ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).withoutTrend().withAlpha(0.3).withGamma(0.2);
    ForecastPoint linearised = hw.fit(x).forecast(1, 0.95).points().get(0);
    assertThat(linearised.mean()).isCloseTo(5.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(linearised.lower()).hasValue(linearised.mean());
    assertThat(linearised.upper()).hasValue(linearised.mean());
    // R's formula indexes past its coefficient vector without a trend (R gives NA): no interval, even with zero residuals
    // (at h = f = 12, where it needs c[2 + 12] of a vector of 1 + 12)
    List<ForecastPoint> rs = hw.withIntervals(IntervalFormula.R_COMPATIBLE).fit(x).forecast(12, 0.95).points();
    assertThat(rs.get(0).lower()).hasValue(rs.get(0).mean());
    ForecastPoint r = rs.get(11);
    assertThat(r.mean()).isCloseTo(5.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.lower()).isEmpty();
    assertThat(r.upper()).isEmpty();
  }

  @Test
  void statesAndPipelineRowsAreValues() {
    FittedModel.State a = new FittedModel.State(JAN, 10, 9, 1.0, 0.5);
    assertThat(a).isEqualTo(new FittedModel.State(JAN, 10, 9, 1.0, 0.5)).hasSameHashCodeAs(new FittedModel.State(JAN, 10, 9, 1.0, 0.5))
        .isNotEqualTo(new FittedModel.State(JAN.plusMonths(1), 10, 9, 1.0, 0.5))
        .isNotEqualTo(new FittedModel.State(JAN, 11, 9, 1.0, 0.5))
        .isNotEqualTo(new FittedModel.State(JAN, 10, 8, 1.0, 0.5))
        .isNotEqualTo(new FittedModel.State(JAN, 10, 9, 2.0, 0.5))
        .isNotEqualTo(new FittedModel.State(JAN, 10, 9, 1.0, null))
        .isNotEqualTo("state");
    assertThat(a.hashCode()).isNotEqualTo(new FittedModel.State(JAN, 10, 9, 1.0, null).hashCode());
    assertThat(a.toString()).isEqualTo("State[period=2025-01, xhat=10.0, level=9.0, trend=OptionalDouble[1.0], season=OptionalDouble[0.5]]");
    assertThat(new FittedModel.State(JAN, 10, 9, null, null).toString()).endsWith("trend=OptionalDouble.empty, season=OptionalDouble.empty]");
    Money usd = Money.of(CurrencyUnit.USD, 100);
    PipelineForecast.Row r = new PipelineForecast.Row(JAN, 12.5, usd);
    assertThat(r).isEqualTo(new PipelineForecast.Row(JAN, 12.5, usd)).hasSameHashCodeAs(new PipelineForecast.Row(JAN, 12.5, usd))
        .isNotEqualTo(new PipelineForecast.Row(JAN.plusMonths(1), 12.5, usd))
        .isNotEqualTo(new PipelineForecast.Row(JAN, null, usd))
        .isNotEqualTo(new PipelineForecast.Row(JAN, 12.5, Money.of(CurrencyUnit.USD, 101)))
        .isNotEqualTo("row");
    assertThat(r.hashCode()).isNotEqualTo(new PipelineForecast.Row(JAN, null, usd).hashCode());
    assertThat(r.toString()).isEqualTo("Row[period=2025-01, timeSeriesForecast=OptionalDouble[12.5], pipeline=USD 100.00]");
    PipelineForecast p = PipelineForecast.of(CurrencyUnit.EUR, List.of(
        new OpenDeal(Money.of(CurrencyUnit.EUR, 1000), new BigDecimal("0.5"), LocalDate.of(2026, 1, 20), "COMMIT"),
        new OpenDeal(Money.of(CurrencyUnit.EUR, 10), new BigDecimal("0.1"), LocalDate.of(2026, 2, 3), "PIPELINE")));
    assertThat(p.currency()).isEqualTo(CurrencyUnit.EUR);
    assertThat(p.toString()).isEqualTo("PipelineForecast[EUR 501.00 over 2 months]");
    assertThat(new ForecastPoint(JAN, 1, 10, 8.0, 12.0).hashCode()).isNotEqualTo(new ForecastPoint(JAN, 2, 10, 8.0, 12.0).hashCode());
    assertThat(ModelSelection.method().toString()).isEqualTo("automatic exponential smoothing (AICc)");
  }
}
