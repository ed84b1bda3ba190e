package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.joda.money.CurrencyUnit;

/** Issue 19: own numerics, reusable fitted parameters, errors, intervals, model choice and backtests. */
class ForecastingBeyondRTest {
  private static final YearMonth JAN = YearMonth.of(2020, 1);

  private static TimeSeries monthly(double... v) {
    return TimeSeries.of(Frequency.MONTHLY, JAN, v);
  }

  // ---- own quantile functions, against R 4.2.2 (qnorm, qt printed with 17 digits)

  @Test
  void quantilesMatchR() {
    double[] p = {0.975, 0.95, 0.995, 0.6, 1e-10};
    double[] q = {1.95996398454005361, 1.64485362695147153, 2.57582930354889994, 0.25334710313579978, -6.36134090240405570};
    for (int i = 0; i < p.length; i++) {
      assertThat(Distributions.normalQuantile(p[i])).isCloseTo(q[i], within(Math.abs(q[i]) * 1e-15));
    }
    int[] df = {1, 2, 3, 4, 5, 10, 30, 100, 1000};
    double[] t = {12.7062047361746941, 4.3026527297494619, 3.1824463052837078, 2.7764451051977934, 2.5705818356363137, 2.2281388519862739,
        2.0422724563012378, 1.9839715185235516, 1.9623390808264076};
    for (int i = 0; i < df.length; i++) {
      assertThat(Distributions.studentTQuantile(0.975, df[i])).as("df " + df[i]).isCloseTo(t[i], within(t[i] * 1e-12));
      assertThat(Distributions.studentTQuantile(0.025, df[i])).isCloseTo(-t[i], within(t[i] * 1e-12));
    }
    assertThat(Distributions.studentTQuantile(0.95, 57)).isCloseTo(1.6720288884609531, within(1e-12));
    assertThat(Distributions.studentTQuantile(0.95, 7)).isCloseTo(1.8945786050900062, within(1e-12));
  }

  // ---- item 2: fitted and accepted ranges agree

  /** Random positive seasonal series of 36–72 months. */
  private static double[] seasonalSeries(Random r) {
    int n = 36 + r.nextInt(37);
    double level = 100 + r.nextDouble() * 900;
    double slope = level * (r.nextDouble() * 0.02 - 0.005);
    double amp = r.nextDouble() * 0.3;
    double noise = 0.01 + r.nextDouble() * 0.1;
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = Math.max(1, (level + slope * t) * (1 + amp * Math.sin(2 * Math.PI * t / 12)) * (1 + noise * r.nextGaussian()));
    }
    return x;
  }

  @Test
  void fittedParametersArePassedBackAndGiveTheSameFit() {
    Property.forAll(1901L, 25, r -> {
      TimeSeries s = monthly(seasonalSeries(r));
      for (ExponentialSmoothing m : List.of(ExponentialSmoothing.simple(), ExponentialSmoothing.holt(), ExponentialSmoothing.holt().damped(),
          ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE), ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE))) {
        FittedModel fit = m.fit(s);
        Map<String, Double> p = fit.parameters();
        ExponentialSmoothing again = m.withAlpha(p.get("alpha"));
        if (p.containsKey("beta")) {
          again = again.withBeta(p.get("beta")).withDamping(p.get("phi"));
        }
        if (p.containsKey("gamma")) {
          again = again.withGamma(p.get("gamma"));
        }
        assertThat(again.fit(s).sse()).as(m.toString()).isCloseTo(fit.sse(), within(fit.sse() * 1e-12));
        for (Map.Entry<String, Double> e : p.entrySet()) {
          assertThat(e.getValue()).as(e.getKey()).isBetween(e.getKey().equals("phi") ? 0.8 : 0.0, e.getKey().equals("phi") && m.toString().contains("fitted") ? 0.98 : 1.0);
        }
      }
    });
    // a fit ending on alpha = 0 is accepted back: the level ignores the data and follows its start trend (2, +1 per period)
    assertThat(ExponentialSmoothing.holt().withAlpha(0).withBeta(0.5).fit(monthly(1, 2, 3, 5, 8)).coefficients()).containsEntry("a", 5.0);
  }

  // ---- item 1 (unit level): our optimum is at least R's on AirPassengers, and the search is never worse than its own start

  @Test
  void dampedFitFindsPhiWithinEtsBounds() {
    FittedModel m = ExponentialSmoothing.holt().damped().fit(Datasets.airPassengers());
    assertThat(m.method()).isEqualTo("Holt damped");
    assertThat(m.parameters().get("phi")).isBetween(0.8, 0.98);
    // fixing phi at the fitted value and re-fitting alpha and beta cannot do better than the joint fit
    FittedModel fixed = ExponentialSmoothing.holt().withDamping(m.parameters().get("phi")).fit(Datasets.airPassengers());
    assertThat(m.sse()).isLessThanOrEqualTo(fixed.sse() * (1 + 1e-6));
  }

  // ---- item 6: errors in the library's own words

  @Test
  void refusesNegativeValuesInAMultiplicativeFit() {
    double[] x = seasonalSeries(new Random(5));
    x[7] = -3;
    assertThatThrownBy(() -> ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).fit(monthly(x))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("series[7] must be positive for multiplicative Holt-Winters");
    // the automatic choice leaves the multiplicative candidate out instead
    assertThat(ModelSelection.of(monthly(x)).candidates()).extracting(ModelSelection.Candidate::method)
        .doesNotContain("Holt-Winters multiplicative");
  }

  @Test
  void aFitThatCannotConvergeSaysSo() {
    double[] x = new double[30];
    for (int i = 0; i < x.length; i++) {
      x[i] = (i % 2 == 0 ? 1 : -1) * 1e200;
    }
    assertThatThrownBy(() -> ExponentialSmoothing.holt().fit(monthly(x))).isInstanceOf(ForecastFitException.class)
        .hasMessageContaining("Holt cannot be fitted: the sum of squared errors is not finite");
    assertThatThrownBy(() -> ExponentialSmoothing.simple().fit(monthly(x))).isInstanceOf(ForecastFitException.class)
        .hasMessageContaining("simple exponential smoothing cannot be fitted");
  }

  @Test
  void pipelineRefusesAQuarterlyForecast() {
    TimeSeries q = TimeSeries.of(Frequency.QUARTERLY, JAN, 10, 12, 14, 15, 17, 18);
    Forecast f = LinearTrend.of().fit(q).forecast(2);
    assertThat(f.frequency()).isEqualTo(Frequency.QUARTERLY);
    PipelineForecast p = PipelineForecast.of(CurrencyUnit.USD, List.of());
    assertThatThrownBy(() -> p.alongside(f)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("forecast must be monthly to lie beside the pipeline's monthly figures");
    assertThat(p.alongside(LinearTrend.of().fit(monthly(1, 2, 3)).forecast(2))).hasSize(2);
  }

  // ---- item 4: intervals

  @Test
  void constantSeriesHasZeroWidthMultiplicativeIntervalsByDefault() {
    double[] x = new double[48];
    Arrays.fill(x, 500);
    TimeSeries s = monthly(x);
    for (ExponentialSmoothing m : List.of(ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE),
        ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).withParameters(0.3, 0.1, 0.2))) {
      Forecast f = m.fit(s).forecast(24, 0.95);
      for (ForecastPoint p : f.points()) {
        assertThat(p.mean()).isCloseTo(500, within(1e-9));
        assertThat(p.upper().getAsDouble() - p.lower().getAsDouble()).as("h=" + p.step()).isCloseTo(0, within(1e-6));
      }
    }
  }

  @Test
  void multiplicativeIntervalFollowsTheStatedFormula() {
    FittedModel m = ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).withParameters(0.3, 0.1, 0.2).fit(Datasets.airPassengers());
    double[] res = m.residuals().values().stream().mapToDouble(Double::doubleValue).toArray();
    double sigma = Math.sqrt(FittedModel.sampleVariance(res));
    double z = 1.959963984540054;
    Forecast f = m.forecast(13, 0.95);
    double a = m.coefficients().get("a");
    double b = m.coefficients().get("b");
    double s1 = m.coefficients().get("s1");
    double s2 = m.coefficients().get("s2");
    // h = 1: v = 1
    assertThat(f.points().get(0).upper().getAsDouble() - f.points().get(0).mean()).isCloseTo(z * sigma, within(1e-9));
    // h = 2: v = 1 + (α(1 + β)·s2/s1)²
    double w2 = 0.3 * 1.1 * s2 / s1;
    assertThat(f.points().get(1).upper().getAsDouble() - f.points().get(1).mean()).isCloseTo(z * sigma * Math.sqrt(1 + w2 * w2), within(1e-9));
    // h = 13: j = 12 hits the same season: + γ(1 − α)·L(13)/L(1)
    double v = 1;
    for (int j = 1; j <= 12; j++) {
      int i = 13 - j;
      double si = m.coefficients().get("s" + (1 + (i - 1) % 12));
      double w = 0.3 * (1 + 0.1 * j) * s1 / si + (j == 12 ? 0.2 * 0.7 * (a + 13 * b) / (a + b) : 0);
      v += w * w;
    }
    assertThat(f.points().get(12).upper().getAsDouble() - f.points().get(12).mean()).isCloseTo(z * sigma * Math.sqrt(v), within(1e-9));
    // R's formula gives a different, wider interval at h = 1 (it divides by the trend b: ψ(0) · s1 / b)
    Forecast r = ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).withParameters(0.3, 0.1, 0.2).withIntervals(IntervalFormula.R_COMPATIBLE)
        .fit(Datasets.airPassengers()).forecast(1, 0.95);
    assertThat(r.points().get(0).upper().getAsDouble()).isCloseTo(469.500368474084, within(1e-6));
  }

  /**
   * Simulates the additive-error multiplicative Holt-Winters model exactly as the filter runs it (x = (l + b)·s + ε,
   * then R's updates), fits the known parameters to the first 72 months and counts how often months 73, 78
   * and 84 fall within the 95 % interval.
   */
  @Test
  void intervalsCoverAsStatedInSimulation() {
    for (Seasonality type : List.of(Seasonality.MULTIPLICATIVE, Seasonality.ADDITIVE)) {
      Random r = new Random(1919);
      int trials = 400;
      int[] steps = {1, 6, 12};
      int[] inside = new int[steps.length];
      int[] insideR = new int[steps.length];
      double alpha = 0.3;
      double beta = 0.1;
      double gamma = 0.2;
      for (int k = 0; k < trials; k++) {
        double[] x = simulate(r, type, 84, alpha, beta, gamma, 0.03);
        TimeSeries s = monthly(Arrays.copyOf(x, 72));
        ExponentialSmoothing m = ExponentialSmoothing.holtWinters(type).withParameters(alpha, beta, gamma);
        Forecast f = m.fit(s).forecast(12, 0.95);
        Forecast fr = m.withIntervals(IntervalFormula.R_COMPATIBLE).fit(s).forecast(12, 0.95);
        for (int i = 0; i < steps.length; i++) {
          double a = x[71 + steps[i]];
          ForecastPoint p = f.points().get(steps[i] - 1);
          inside[i] += a >= p.lower().getAsDouble() && a <= p.upper().getAsDouble() ? 1 : 0;
          ForecastPoint q = fr.points().get(steps[i] - 1);
          insideR[i] += a >= q.lower().getAsDouble() && a <= q.upper().getAsDouble() ? 1 : 0;
        }
      }
      for (int i = 0; i < steps.length; i++) {
        assertThat(inside[i] / (double) trials).as(type + " h=" + steps[i] + " (seed 1919)").isBetween(0.91, 0.985);
      }
      if (type == Seasonality.ADDITIVE) {
        assertThat(insideR).containsExactly(inside);
      }
    }
  }

  private static double[] simulate(Random r, Seasonality type, int n, double alpha, double beta, double gamma, double noise) {
    boolean mult = type == Seasonality.MULTIPLICATIVE;
    double l = 1000;
    double b = 5;
    double[] s = new double[12];
    for (int j = 0; j < 12; j++) {
      double season = 0.2 * Math.sin(2 * Math.PI * j / 12);
      s[j] = mult ? 1 + season : 1000 * season;
    }
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      double e = noise * 1000 * r.nextGaussian();
      double st = s[t % 12];
      x[t] = mult ? (l + b) * st + e : l + b + st + e;
      double ln = alpha * (mult ? x[t] / st : x[t] - st) + (1 - alpha) * (l + b);
      b = beta * (ln - l) + (1 - beta) * b;
      s[t % 12] = gamma * (mult ? x[t] / ln : x[t] - ln) + (1 - gamma) * st;
      l = ln;
    }
    return x;
  }

  // ---- item 3: model choice by AICc

  private static double[] generate(String model, Random r, int n) {
    double[] x = new double[n];
    double l = 1000;
    double b = 0;
    double phi = 1;
    double alpha = 0.3;
    double beta = 0;
    double sigma = 20;
    switch (model) {
      case "holt":
        b = 15;
        alpha = 0.4;
        beta = 0.1;
        break;
      case "damped":
        b = 30;
        phi = 0.92;
        alpha = 0.3;
        beta = 0.1;
        sigma = 5;
        break;
      default:
        break;
    }
    if (model.startsWith("hw")) {
      return simulate(r, model.equals("hw-mult") ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE, n, 0.3, 0.05, 0.2, 0.02);
    }
    for (int t = 0; t < n; t++) {
      double xhat = l + phi * b;
      x[t] = xhat + sigma * r.nextGaussian();
      double ln = alpha * x[t] + (1 - alpha) * xhat;
      b = beta * (ln - l) + (1 - beta) * phi * b;
      l = ln;
    }
    return x;
  }

  @Test
  void automaticChoicePicksTheGeneratingFamily() {
    Map<String, List<String>> accepted = Map.of(
        "ses", List.of("simple exponential smoothing"),
        "holt", List.of("Holt", "Holt damped"),
        "damped", List.of("Holt damped"),
        "hw-add", List.of("Holt-Winters additive"),
        "hw-mult", List.of("Holt-Winters multiplicative"));
    for (String model : List.of("ses", "holt", "damped", "hw-add", "hw-mult")) {
      Random r = new Random(19_000 + model.hashCode());
      int right = 0;
      List<String> picked = new ArrayList<>();
      for (int k = 0; k < 50; k++) {
        ModelSelection sel = ModelSelection.of(monthly(generate(model, r, 96)));
        picked.add(sel.chosen().method());
        right += accepted.get(model).contains(sel.chosen().method()) ? 1 : 0;
      }
      assertThat(right).as(model + " picked " + picked).isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void selectionTableStatesItsCriteria() {
    ModelSelection sel = ModelSelection.of(Datasets.airPassengers());
    assertThat(sel.candidates()).extracting(ModelSelection.Candidate::method).containsExactly("simple exponential smoothing", "Holt", "Holt damped",
        "Holt-Winters additive", "Holt-Winters multiplicative");
    assertThat(sel.chosen().method()).isEqualTo("Holt-Winters multiplicative");
    for (ModelSelection.Candidate c : sel.candidates()) {
      int n = 144 - 12;
      assertThat(c.observations()).isEqualTo(n);
      double ll = -0.5 * n * (Math.log(2 * Math.PI * c.sse() / n) + 1);
      assertThat(c.logLikelihood()).isCloseTo(ll, within(1e-9));
      int k = c.parameterCount();
      assertThat(c.aicc()).isCloseTo(-2 * ll + 2 * k + 2.0 * k * (k + 1) / (n - k - 1), within(1e-9));
      assertThat(c.aicc()).isGreaterThanOrEqualTo(sel.chosen().aicc());
    }
    assertThat(sel.candidates().get(0).parameterCount()).isEqualTo(3); // alpha, level, sigma
    assertThat(sel.candidates().get(2).parameterCount()).isEqualTo(6); // alpha, beta, phi, level, trend, sigma
    assertThat(sel.candidates().get(4).parameterCount()).isEqualTo(3 + 1 + 1 + 11 + 1);
    // short series: no seasonal candidate, scored from period 3
    ModelSelection shortSel = ModelSelection.of(monthly(10, 12, 13, 15, 16, 18, 21, 22, 24, 25));
    assertThat(shortSel.candidates()).extracting(ModelSelection.Candidate::observations).containsOnly(8);
    assertThatThrownBy(() -> ModelSelection.of(monthly(1, 2, 3, 4, 5, 6))).hasMessageContaining("at least 7 periods");
    assertThat(ModelSelection.method().fit(Datasets.airPassengers()).method()).isEqualTo("Holt-Winters multiplicative");
  }

  // ---- item 5: rolling-origin backtest

  @Test
  void backtestWorkedExample() {
    // naive forecast (moving average of 1) on 1, 2, ..., 10: every h-step error is h; the naive scale is 1
    Backtest bt = Backtest.rollingOrigin(MovingAverage.of(1), monthly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5, 2, 0.9);
    assertThat(bt.origins()).isEqualTo(5);
    Backtest.HorizonAccuracy h1 = bt.byHorizon().get(0);
    Backtest.HorizonAccuracy h2 = bt.byHorizon().get(1);
    assertThat(h1.count()).isEqualTo(5);
    assertThat(h2.count()).isEqualTo(4);
    assertThat(h1.mae()).hasValue(1.0);
    assertThat(h1.rmse()).hasValue(1.0);
    assertThat(h2.mae()).hasValue(2.0);
    assertThat(h1.mase()).hasValue(1.0);
    assertThat(h2.mase()).hasValue(2.0);
    // MAPE at h = 1: actuals 6..10, errors 1
    assertThat(h1.mape().getAsDouble()).isCloseTo(100 * (1 / 6.0 + 1 / 7.0 + 1 / 8.0 + 1 / 9.0 + 1 / 10.0) / 5, within(1e-12));
    assertThat(h1.coverage()).isEmpty();
    assertThatThrownBy(() -> Backtest.rollingOrigin(MovingAverage.of(1), monthly(1, 2, 3), 3, 1, 0.9)).hasMessageContaining("initial must be within [2, 2]");
  }

  @Test
  void backtestCoverageOfHoltWintersIsNearItsLevel() {
    double[] x = simulate(new Random(77), Seasonality.ADDITIVE, 120, 0.3, 0.05, 0.2, 0.02);
    Backtest bt = Backtest.rollingOrigin(ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(0.3, 0.05, 0.2), monthly(x), 48, 3, 0.95);
    assertThat(bt.origins()).isEqualTo(72);
    assertThat(bt.method()).isEqualTo("Holt-Winters additive");
    assertThat(bt.byHorizon().get(0).coverage().getAsDouble()).isBetween(0.88, 1.0);
    assertThat(bt.byHorizon().get(0).mase().getAsDouble()).isLessThan(1.0);
  }
}
