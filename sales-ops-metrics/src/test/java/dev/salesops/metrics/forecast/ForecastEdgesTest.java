package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.validation.ValidationException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of the simpler methods and of the tables built on them: rolling-origin backtest and model choice by hand,
 * the linear trend's and decomposition's results against R 4.x ({@code lm}/{@code predict}, {@code decompose},
 * {@code HoltWinters} on a series of frequency 3, printed with {@code %.17g}), and the sizes each method accepts.
 */
class ForecastEdgesTest {
  private static final YearMonth JAN = YearMonth.of(2025, 1);

  private static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
  }

  // ---------------------------------------------------------------- backtest

  @Test
  void rollingOriginWithTheNaiveMethodByHand() {
    // y = 1, 2, 4, 7, 11; naive (moving average of 1) from origin 2, two steps:
    // o=2: forecast 2 for y[2]=4 and y[3]=7, MASE scale q = |2−1| / 1 = 1
    // o=3: forecast 4 for 7 and 11, q = (1 + 2) / 2 = 1.5
    // o=4: forecast 7 for 11 (one step left), q = (1 + 2 + 3) / 3 = 2
    // h=1: errors 2, 3, 4: MAE 3, MASE (2/1 + 3/1.5 + 4/2) / 3 = 2; h=2: errors 5, 7: MAE 6, MASE (5 + 7/1.5) / 2
    TimeSeries y = TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 4, 7, 11);
    Backtest b = Backtest.rollingOrigin(MovingAverage.of(1), y, 2, 2, 0.9);
    assertThat(b.origins()).isEqualTo(3);
    assertThat(b.method()).isEqualTo("moving average");
    assertThat(b.level()).isEqualTo(0.9);
    assertThat(b.byHorizon()).hasSize(2);
    Backtest.HorizonAccuracy h1 = b.byHorizon().get(0);
    assertThat(h1.step()).isEqualTo(1);
    assertThat(h1.count()).isEqualTo(3);
    close(h1.mae().getAsDouble(), 3);
    close(h1.rmse().getAsDouble(), Math.sqrt((4 + 9 + 16) / 3.0));
    close(h1.mape().getAsDouble(), 100 * (2 / 4.0 + 3 / 7.0 + 4 / 11.0) / 3);
    close(h1.mase().getAsDouble(), 2);
    assertThat(h1.coverage()).as("a moving average has no interval").isEmpty();
    Backtest.HorizonAccuracy h2 = b.byHorizon().get(1);
    assertThat(h2.step()).isEqualTo(2);
    assertThat(h2.count()).isEqualTo(2);
    close(h2.mae().getAsDouble(), 6);
    close(h2.mase().getAsDouble(), (5 + 7 / 1.5) / 2);
    assertThat(h2.smape()).isPresent();
    assertThat(b.toString()).isEqualTo("Backtest[moving average, 3 origins, 2 steps]");
    assertThat(h1.toString()).startsWith("HorizonAccuracy[h=1, Accuracy[n=3");
  }

  @Test
  void rollingOriginScalesBySeasonalDifferencesOnlyAfterAFullYear() {
    // quarterly: at origin 4 (= periods per year) the scale is the one-step one, (1 + 1 + 1) / 3 = 1; at origin 5
    // the seasonal one, |y[4] − y[0]| / 1 = 8
    TimeSeries y = TimeSeries.of(Frequency.QUARTERLY, JAN, 1, 2, 3, 4, 9, 30);
    Backtest b = Backtest.rollingOrigin(MovingAverage.of(1), y, 4, 1, 0.9);
    assertThat(b.origins()).isEqualTo(2);
    // errors: origin 4 forecasts 4 for 9 (5), origin 5 forecasts 9 for 30 (21): MASE (5/1 + 21/8) / 2
    close(b.byHorizon().get(0).mase().getAsDouble(), (5 + 21 / 8.0) / 2);
  }

  @Test
  void rollingOriginCoverageAndAZeroScale() {
    // a linear trend on an exact line forecasts exactly; its interval (zero width) contains the actual
    TimeSeries line = TimeSeries.of(Frequency.MONTHLY, JAN, 3, 5, 7, 9, 11, 13);
    Backtest b = Backtest.rollingOrigin(LinearTrend.of(), line, 3, 1, 0.95);
    assertThat(b.byHorizon().get(0).coverage()).hasValue(1.0);
    close(b.byHorizon().get(0).mae().getAsDouble(), 0);
    // a constant training part has a zero scale: MASE undefined
    TimeSeries flat = TimeSeries.of(Frequency.MONTHLY, JAN, 5, 5, 5, 6);
    assertThat(Backtest.rollingOrigin(MovingAverage.of(1), flat, 2, 1, 0.9).byHorizon().get(0).mase()).isEmpty();
  }

  @Test
  void rollingOriginRefusals() {
    TimeSeries y = TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 4, 7, 11);
    assertThat(Backtest.rollingOrigin(MovingAverage.of(1), y, 4, 1, 0.9).origins()).isEqualTo(1);
    assertThatThrownBy(() -> Backtest.rollingOrigin(MovingAverage.of(1), y, 5, 1, 0.9)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be within [2, 4] (the series has 5 periods)");
    assertThatThrownBy(() -> Backtest.rollingOrigin(MovingAverage.of(1), y, 1, 1, 0.9)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be within [2, 4]");
    assertThatThrownBy(() -> Backtest.rollingOrigin(MovingAverage.of(1), y, 2, 0, 0.9)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("horizon");
    assertThatThrownBy(() -> Backtest.rollingOrigin(MovingAverage.of(1), y, 2, 1, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("level must be within (0, 1)");
    assertThatThrownBy(() -> Backtest.rollingOrigin(MovingAverage.of(1), y, 2, 1, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("level must be within (0, 1)");
  }

  // ---------------------------------------------------------------- model selection

  private static TimeSeries wiggly(Frequency fr, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 100 + 2 * i + 10 * Math.sin(i * 2.1) + ((i * 7919) % 13);
    }
    return TimeSeries.of(fr, JAN, v);
  }

  private static List<String> methods(ModelSelection s) {
    return s.candidates().stream().map(ModelSelection.Candidate::method).toList();
  }

  @Test
  void candidatesTheSeriesLengthAllowsWithoutSeason() {
    // k: simple 3, Holt 5, damped Holt 6; scored from period 3 (n = len − 2); a candidate needs n − k − 1 > 0
    assertThatThrownBy(() -> ModelSelection.of(wiggly(Frequency.MONTHLY, 6))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must have at least 7 periods");
    assertThat(methods(ModelSelection.of(wiggly(Frequency.MONTHLY, 7)))).containsExactly("simple exponential smoothing");
    assertThat(methods(ModelSelection.of(wiggly(Frequency.MONTHLY, 8)))).containsExactly("simple exponential smoothing");
    assertThat(methods(ModelSelection.of(wiggly(Frequency.MONTHLY, 9)))).containsExactly("simple exponential smoothing", "Holt");
    ModelSelection ten = ModelSelection.of(wiggly(Frequency.MONTHLY, 10));
    assertThat(methods(ten)).containsExactly("simple exponential smoothing", "Holt", "Holt damped");
    assertThat(ten.candidates()).allSatisfy(c -> assertThat(c.observations()).isEqualTo(8));
    assertThat(ten.candidates()).extracting(ModelSelection.Candidate::parameterCount).containsExactly(3, 5, 6);
  }

  @Test
  void seasonalCandidatesJoinOnceTheirCriterionIsDefined() {
    // quarterly Holt-Winters: k = 3 + (1 + 1 + 3) + 1 = 9, scored from period 5 (n = len − 4): needs len ≥ 15
    ModelSelection fourteen = ModelSelection.of(wiggly(Frequency.QUARTERLY, 14));
    assertThat(methods(fourteen)).containsExactly("simple exponential smoothing", "Holt", "Holt damped");
    assertThat(fourteen.candidates().get(0).observations()).isEqualTo(12);
    ModelSelection fifteen = ModelSelection.of(wiggly(Frequency.QUARTERLY, 15));
    assertThat(methods(fifteen)).containsExactly("simple exponential smoothing", "Holt", "Holt damped", "Holt-Winters additive",
        "Holt-Winters multiplicative");
    assertThat(fifteen.candidates()).allSatisfy(c -> assertThat(c.observations()).isEqualTo(11));
    assertThat(fifteen.candidates()).extracting(ModelSelection.Candidate::parameterCount).containsExactly(3, 5, 6, 9, 9);
    // a zero value rules the multiplicative model out
    double[] v = wiggly(Frequency.QUARTERLY, 15).toArray();
    v[7] = 0;
    assertThat(methods(ModelSelection.of(TimeSeries.of(Frequency.QUARTERLY, JAN, v)))).doesNotContain("Holt-Winters multiplicative")
        .contains("Holt-Winters additive");
  }

  @Test
  void criteriaFollowTheGaussianLikelihood() {
    ModelSelection s = ModelSelection.of(wiggly(Frequency.QUARTERLY, 15));
    for (ModelSelection.Candidate c : s.candidates()) {
      int n = c.observations();
      int k = c.parameterCount();
      double ll = -0.5 * n * (Math.log(2 * Math.PI * c.sse() / n) + 1);
      close(c.logLikelihood(), ll);
      close(c.aic(), -2 * ll + 2 * k);
      close(c.aicc(), -2 * ll + 2 * k + 2.0 * k * (k + 1) / (n - k - 1));
      close(c.bic(), -2 * ll + k * Math.log(n));
      assertThat(c.parameters()).isEqualTo(c.model().parameters());
      assertThat(c.toString()).isEqualTo("Candidate[" + c.method() + ", k=" + k + ", n=" + n + ", AICc=" + c.aicc() + "]");
    }
    ModelSelection.Candidate min = s.candidates().stream().min((a, b) -> Double.compare(a.aicc(), b.aicc())).orElseThrow();
    assertThat(s.chosen()).isSameAs(min);
    assertThat(s.best()).isSameAs(min.model());
    assertThat(s.toString()).isEqualTo("ModelSelection[chosen " + min.method() + " of 5 candidates]");
  }

  @Test
  void aTieGoesToTheSimplerCandidate() {
    // a constant series is fitted perfectly by every candidate: SSE 0, every AICc +∞, the first (simplest) wins
    double[] v = new double[16];
    Arrays.fill(v, 5);
    ModelSelection s = ModelSelection.of(TimeSeries.of(Frequency.QUARTERLY, JAN, v));
    assertThat(s.candidates()).hasSize(5);
    assertThat(s.chosen().method()).isEqualTo("simple exponential smoothing");
  }

  // ---------------------------------------------------------------- linear trend, moving average, fitted model

  @Test
  void linearTrendIntervalsAsR() {
    // R: t <- 1:3; y <- c(1, 3, 2); predict(lm(y ~ t), data.frame(t = 4:5), interval = "prediction", level = 0.9)
    FittedModel m = LinearTrend.of().fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 3, 2));
    Forecast f = m.forecast(2, 0.9);
    close(f.points().get(0).mean(), 2.9999999999999991);
    close(f.points().get(1).mean(), 3.4999999999999982);
    close(f.points().get(0).lower().getAsDouble(), -11.117977579855658);
    close(f.points().get(1).lower().getAsDouble(), -15.176328845741798);
    close(f.points().get(0).upper().getAsDouble(), 17.117977579855655);
    close(f.points().get(1).upper().getAsDouble(), 22.176328845741793);
    // two points: a line through them, no interval (no residual degree of freedom)
    FittedModel two = LinearTrend.of().fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 3));
    Forecast f2 = two.forecast(1, 0.9);
    close(f2.points().get(0).mean(), 5);
    assertThat(f2.points().get(0).lower()).isEmpty();
    assertThat(f2.points().get(0).upper()).isEmpty();
    assertThatThrownBy(() -> LinearTrend.of().fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least 2 periods");
    assertThat(LinearTrend.of().toString()).isEqualTo("LinearTrend");
  }

  @Test
  void movingAverageSizesAndTheFittedModelsViews() {
    TimeSeries y = TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 4, 7);
    MovingAverage ma = MovingAverage.of(4);
    assertThat(ma.window()).isEqualTo(4);
    assertThat(ma.toString()).isEqualTo("MovingAverage[4]");
    FittedModel all = ma.fit(y);
    assertThat(all.fitted()).isEmpty();
    assertThat(all.forecast(1).points().get(0).mean()).isEqualTo(3.5);
    assertThatThrownBy(() -> MovingAverage.of(5).fit(y)).isInstanceOf(ValidationException.class).hasMessageContaining("window = 5");
    FittedModel two = MovingAverage.of(2).fit(y);
    assertThat(two.series()).isEqualTo(y);
    assertThat(two.fitted()).containsExactly(java.util.Map.entry(JAN.plusMonths(2), 1.5), java.util.Map.entry(JAN.plusMonths(3), 3.0));
    assertThat(two.residuals()).containsExactly(java.util.Map.entry(JAN.plusMonths(2), 2.5), java.util.Map.entry(JAN.plusMonths(3), 4.0));
    assertThat(two.sse()).isEqualTo(2.5 * 2.5 + 16);
    assertThat(two.toString()).isEqualTo("FittedModel[moving average {window=2.0}, SSE=22.25]");
    assertThatThrownBy(() -> two.forecast(1, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("level must be within (0, 1)");
    assertThatThrownBy(() -> two.forecast(1, 0)).isInstanceOf(ValidationException.class).hasMessageContaining("level must be within (0, 1)");
    assertThat(two.forecast(1, Math.nextDown(1.0)).points()).hasSize(1);
    assertThat(two.forecast(1, Double.MIN_VALUE).points()).hasSize(1);
  }

  @Test
  void sampleVarianceAsR() {
    assertThat(FittedModel.sampleVariance(new double[] {3})).isNaN();
    assertThat(FittedModel.sampleVariance(new double[0])).isNaN();
    // var(c(1, 4)) = 4.5; var(c(2, 4, 4, 4, 5, 5, 7, 9)) = 32/7
    assertThat(FittedModel.sampleVariance(new double[] {1, 4})).isEqualTo(4.5);
    close(FittedModel.sampleVariance(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), 32.0 / 7);
  }

  @Test
  void studentTQuantileForOneDegreeOfFreedomAndItsDomain() {
    // R: qt(c(0.975, 0.1), 1); qt(0.975, 2)
    close(Distributions.studentTQuantile(0.975, 1), 12.706204736174694);
    close(Distributions.studentTQuantile(0.1, 1), -3.077683537175254);
    close(Distributions.studentTQuantile(0.975, 2), 4.3026527297494619);
    assertThat(Distributions.studentTQuantile(0.5, 1)).isZero();
    assertThatThrownBy(() -> Distributions.studentTQuantile(0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.studentTQuantile(1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.studentTQuantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- one fitted parameter on its bound

  @Test
  void oneFittedParameterReachesItsBoundExactly() {
    // a straight line: the level should follow at once, α = 1 (SSE 9 of the 9 unit steps; any α < 1 lags more)
    FittedModel line = ExponentialSmoothing.simple().fit(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    assertThat(line.parameters().get("alpha")).isEqualTo(1.0);
    close(line.sse(), 9);
    // ±1 around the start value 10: any α > 0 chases the last swing (to first order SSE = n − 1 + 2α·(n − 2)), α = 0
    FittedModel swing = ExponentialSmoothing.simple().fit(TimeSeries.of(Frequency.MONTHLY, JAN, 10, 11, 9, 11, 9, 11, 9, 11, 9));
    assertThat(swing.parameters().get("alpha")).isEqualTo(0.0);
    close(swing.sse(), 8);
    // damped Holt with α and β given on an exact line: the least damping allowed, φ = 0.98 (the upper bound of ets)
    FittedModel damped = ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.5).damped()
        .fit(TimeSeries.of(Frequency.MONTHLY, JAN, 3, 5, 7, 9, 11, 13, 15, 17));
    assertThat(damped.parameters().get("phi")).isCloseTo(0.98, within(1e-15)).isLessThanOrEqualTo(0.98);
  }

  // ---------------------------------------------------------------- decomposition

  @Test
  void seasonalIndicesOfAQuarterlySeriesStartingInTheSecondQuarterAsR() {
    // R: decompose(ts(c(10, 14, 8, 25, 16, 22, 14, 35), frequency = 4, start = c(2001, 2)), type)$figure, which
    // lists Q2, Q3, Q4, Q1
    TimeSeries q = TimeSeries.of(Frequency.QUARTERLY, YearMonth.of(2001, 4), 10, 14, 8, 25, 16, 22, 14, 35);
    SeasonalIndices add = SeasonalIndices.of(q, Seasonality.ADDITIVE);
    double[] ra = {8.1875, -2.5625, 1.4375, -7.0625};
    for (int i = 0; i < 4; i++) {
      close(add.byPosition().get(i), ra[i]);
    }
    close(add.indexOf(YearMonth.of(2030, 5)), -2.5625);
    close(add.indexOf(YearMonth.of(2030, 12)), -7.0625);
    assertThat(add.frequency()).isEqualTo(Frequency.QUARTERLY);
    assertThat(add.type()).isEqualTo(Seasonality.ADDITIVE);
    assertThat(add.toString()).isEqualTo("SeasonalIndices[ADDITIVE " + add.byPosition() + "]");
    SeasonalIndices mult = SeasonalIndices.of(q, Seasonality.MULTIPLICATIVE);
    double[] r = {1.5061277657019858, 0.87273998099055616, 1.0829425983632817, 0.53818965494417625};
    for (int i = 0; i < 4; i++) {
      close(mult.byPosition().get(i), r[i]);
    }
    // two full years are the minimum
    assertThatThrownBy(() -> SeasonalIndices.of(q.head(7), Seasonality.ADDITIVE)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least 2 full seasonal cycles of 4");
    assertThatThrownBy(() -> SeasonalIndices.of(q, Seasonality.NONE)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> SeasonalIndices.of(Frequency.QUARTERLY, Seasonality.ADDITIVE, List.of(1.0, 2.0, Double.NaN, 0.0)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("byPosition[2]");
    assertThatThrownBy(() -> SeasonalIndices.of(Frequency.QUARTERLY, Seasonality.ADDITIVE, List.of(1.0, 2.0, 3.0)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must have 4 values");
    assertThat(SeasonalIndices.of(Frequency.QUARTERLY, Seasonality.ADDITIVE, List.of(1.0, 2.0, 3.0, 4.0)).indexOf(YearMonth.of(2030, 9)))
        .isEqualTo(3.0);
  }

  @Test
  void holtWintersWithAnOddPeriodAsR() {
    // R: m <- HoltWinters(ts(x, frequency = 3), alpha = 0.3, beta = 0.1, gamma = 0.2); coef(m); m$SSE; predict(m, 4)
    TimeSeries x = TimeSeries.of(Frequency.MONTHLY, JAN, 12, 15, 9, 14, 18, 11, 16, 21, 13, 19, 24, 15, 22, 27, 18);
    FittedModel m = ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(0.3, 0.1, 0.2).withPeriod(3).fit(x);
    double[] coef = {22.871248600225488, 0.90125607616574366, 0.66514929371005249, 4.0065280729540618, -4.1991490112239713};
    List<Double> c = List.copyOf(m.coefficients().values());
    assertThat(c).hasSize(5);
    for (int i = 0; i < 5; i++) {
      close(c.get(i), coef[i]);
    }
    close(m.sse(), 14.271973262065575);
    double[] pred = {24.437653970101284, 28.680288825511038, 21.375867817498751, 27.141422198598516};
    Forecast f = m.forecast(4);
    for (int h = 0; h < 4; h++) {
      close(f.points().get(h).mean(), pred[h]);
    }
  }
}
