package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Exponential smoothing: simple (level only), Holt's linear trend (optionally damped) and Holt-Winters with
 * additive or multiplicative seasonality — the same model family, start values, update equations, objective
 * and (by default for additive models, on request for all) prediction intervals as R's {@code stats::HoltWinters} /
 * {@code predict.HoltWinters}.
 *
 * <h2>Equations (R's HoltWinters.c)</h2>
 * With level {@code l}, trend {@code b}, seasonal terms {@code s} of period {@code f} and damping {@code φ}
 * ({@code φ = 1}, i.e. no damping, is R's model):
 * <pre>
 *   x̂[t]  = (l[t-1] + φ·b[t-1]) + s[t-f]                      (additive; × s[t-f] when multiplicative)
 *   l[t]  = α·(x[t] − s[t-f]) + (1−α)·(l[t-1] + φ·b[t-1])      (x[t] / s[t-f] when multiplicative)
 *   b[t]  = β·(l[t] − l[t-1]) + (1−β)·φ·b[t-1]
 *   s[t]  = γ·(x[t] − l[t]) + (1−γ)·s[t-f]                      (x[t] / l[t] when multiplicative)
 *   forecast(h) = l[n] + (φ + φ² + … + φ^h)·b[n]  (+ or ×)  s[n − f + 1 + (h−1) mod f]
 * </pre>
 *
 * <h2>Start values (as R)</h2>
 * <ul>
 *   <li>simple: {@code l = x[1]}, fitting from period 2;</li>
 *   <li>Holt: {@code l = x[2]}, {@code b = x[2] − x[1]}, fitting from period 3;</li>
 *   <li>Holt-Winters: R's {@code decompose()} of the first {@code startPeriods} (default 2) cycles gives the
 *   seasonal start (its normalised figure); a least-squares line through that decomposition's (defined) trend
 *   values against 1, 2, … gives {@code l} (intercept) and {@code b} (slope); fitting starts at period f + 1.</li>
 * </ul>
 *
 * <h2>Parameter ranges</h2>
 * α, β and γ are within [0, 1] <em>inclusive</em>, both when given ({@link #withAlpha} etc.) and when fitted —
 * R's {@code optim} bounds {@code lower = 0, upper = 1}, so a fitted value can always be passed back. (R itself
 * refuses a <em>given</em> {@code alpha = 0} although its fit can return 0; we accept it: the level then stays
 * at its start value.) A damped trend's φ is given in (0, 1] ({@link #withDamping}) or fitted within
 * [0.8, 0.98] ({@link #damped()}), the bounds of R's {@code forecast::ets}.
 *
 * <h2>Parameter fitting</h2>
 * Parameters not given are chosen to minimise the SSE of the one-step-ahead errors over the fitted part
 * (exactly R's objective) within their bounds, with own code ({@code Optimizer}, no library):
 * <ul>
 *   <li>one free parameter: Brent's {@code fmin} on the whole interval (R's {@code optimize}, but tolerance
 *   1e-10 instead of R's 1.2e-4), again on the bracket around the best point of a 21-point grid, and the
 *   grid's points themselves (bounds included); the lowest SSE wins;</li>
 *   <li>two to four: a projected quasi-Newton search within the box (R uses L-BFGS-B; ours is a BFGS with
 *   an active set on the bounds, see {@code Optimizer}) run from R's start {@code (α, β, γ) = (0.3, 0.1, 0.1)}
 *   (φ from 0.98) <em>and</em> from the two best points of a coarse grid over the box (α 0.02/0.15/0.4/0.7/1,
 *   β 0/0.1/0.4/1, γ 0/0.15/0.5/1, φ 0.8/0.9/0.98); the lowest SSE wins. R's L-BFGS-B often ends on a bound
 *   (β = 1 with a small α is common) that a single local search from R's start can miss, so the search also
 *   starts from the best point of a small grid on that face (α 0.02–0.35, γ 0.1–0.8); the multi-start
 *   makes our optimum at least as good as R's on every series of the benchmark (see
 *   {@code benchmarks/forecast-vs-r.sh} and docs/ARCHITECTURE.md).</li>
 * </ul>
 * A fit whose SSE is not finite at any point tried, or whose search does not converge, throws
 * {@link ForecastFitException}. Given the same parameters the results are R's up to floating-point rounding.
 *
 * <h2>Prediction intervals</h2>
 * {@code x̂ ± qnorm((1+level)/2) · sqrt(σ² · v(h))}, with {@code σ² = var(residuals)} (sample variance, n − 1,
 * around the residuals' mean, as R), {@code S_j = φ + … + φ^j} ({@code = j} undamped) and
 * {@code ψ(j) = α(1 + β·S_j) + [j mod f = 0]·γ(1 − α)} ({@code β = 0} without trend, {@code γ = 0} without season).
 * <ul>
 *   <li>additive or no season (both formulas): {@code v(h) = 1 + Σ_{j=1}^{h−1} ψ(j)²} — R's formula, exact for
 *   this model (Hyndman, Koehler, Ord &amp; Snyder 2008, <i>Forecasting with Exponential Smoothing</i>, ch. 6, class 1);</li>
 *   <li>multiplicative, {@link IntervalFormula#LINEARISED} (default): a shock ε at period n + i (i = h − j) moves the level by
 *   {@code αε/s(i)} and the trend by {@code αβε/s(i)}, and, when {@code j mod f = 0}, the seasonal term of
 *   period n + h by {@code γ(1−α)ε/L(i)}; to first order
 *   {@code v(h) = 1 + Σ_{j=1}^{h−1} [α(1 + β·S_j)·s(h)/s(i) + [j mod f = 0]·γ(1 − α)·L(h)/L(i)]²}, where
 *   {@code s(k)} is the final seasonal factor used for period n + k and {@code L(k) = l[n] + S_k·b[n]} the
 *   forecast level. This is our own derivation (a delta-method approximation, not the exact class 3 variance
 *   of Hyndman et al. 2008 §6.4, which R's {@code forecast::ets} replaces by simulation); a seeded
 *   simulation test checks its coverage. All residuals zero (a constant series) give a zero-width interval.</li>
 *   <li>multiplicative, {@link IntervalFormula#R_COMPATIBLE}: R's formula
 *   {@code v(h) = Σ_{j=0}^{h−1} (ψ(j)·c[2+r] / c[2 + (r−j) mod f])²}, {@code r = 1 + (h−1) mod f}, over R's
 *   coefficient vector {@code c = (a, b, s1..sf)} — reproduced <em>as R computes it</em>, including its
 *   indexing quirk (for {@code (r−j) mod f = 0} it divides by {@code b}, and {@code ψ(0)} is not 1); without a
 *   trend the indexing runs off R's vector and R gives NA: here the interval is then empty.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExponentialSmoothing implements ForecastMethod {
  private static final double[] OPTIM_START = {0.3, 0.1, 0.1, 0.98};
  private static final double[][] GRID = {{0.01, 0.1, 0.3, 0.6, 0.95}, {0, 0.1, 0.4, 1.0}, {0, 0.15, 0.5, 1.0}, {0.8, 0.9, 0.98}};
  private static final int GRID_STARTS = 4;
  private static final double[] FACE_ALPHA = {0.02, 0.05, 0.1, 0.15, 0.25, 0.35};
  private static final double[] FACE_GAMMA = {0.1, 0.3, 0.5, 0.8};
  /** Bounds of a fitted φ, as R's forecast::ets. */
  static final double PHI_LOW = 0.8;
  static final double PHI_HIGH = 0.98;
  private static final int MAX_ITER = 500;

  private final Seasonality seasonality;
  private final boolean trend;
  private final Double alpha;
  private final Double beta;
  private final Double gamma;
  private final double phi;
  private final boolean fitPhi;
  private final int startPeriods;
  private final int period;
  private final IntervalFormula intervals;

  private ExponentialSmoothing(Seasonality seasonality, boolean trend, Double alpha, Double beta, Double gamma, double phi, boolean fitPhi,
      int startPeriods, int period, IntervalFormula intervals) {
    this.seasonality = seasonality;
    this.trend = trend;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.phi = phi;
    this.fitPhi = fitPhi;
    this.startPeriods = startPeriods;
    this.period = period;
    this.intervals = intervals;
  }

  /** Simple exponential smoothing (level only): R's {@code HoltWinters(x, beta = FALSE, gamma = FALSE)}. */
  public static ExponentialSmoothing simple() {
    return new ExponentialSmoothing(Seasonality.NONE, false, null, null, null, 1, false, 2, 0, IntervalFormula.LINEARISED);
  }

  /** Holt's linear trend: R's {@code HoltWinters(x, gamma = FALSE)}. */
  public static ExponentialSmoothing holt() {
    return new ExponentialSmoothing(Seasonality.NONE, true, null, null, null, 1, false, 2, 0, IntervalFormula.LINEARISED);
  }

  /** Holt-Winters with trend and the given seasonality: R's {@code HoltWinters(x, seasonal = ...)}. */
  public static ExponentialSmoothing holtWinters(Seasonality seasonality) {
    Objects.requireNonNull(seasonality, "seasonality");
    return new ExponentialSmoothing(seasonality, true, null, null, null, 1, false, 2, 0, IntervalFormula.LINEARISED);
  }

  private ExponentialSmoothing with(Double a, Double b, Double g, double ph, boolean fph, int sp, int per, IntervalFormula iv) {
    return new ExponentialSmoothing(seasonality, trend, a, b, g, ph, fph, sp, per, iv);
  }

  /** With the level smoothing {@code alpha} given, in [0, 1] (the range a fit returns; see the class javadoc). */
  public ExponentialSmoothing withAlpha(double alpha) {
    return with(unit(alpha, "alpha"), beta, gamma, phi, fitPhi, startPeriods, period, intervals);
  }

  /** With the trend smoothing {@code beta} given, in [0, 1]. */
  public ExponentialSmoothing withBeta(double beta) {
    if (!trend) {
      throw Checks.fail("beta", "needs a model with trend", beta);
    }
    return with(alpha, unit(beta, "beta"), gamma, phi, fitPhi, startPeriods, period, intervals);
  }

  /** With the seasonal smoothing {@code gamma} given, in [0, 1]. */
  public ExponentialSmoothing withGamma(double gamma) {
    if (seasonality == Seasonality.NONE) {
      throw Checks.fail("gamma", "needs a seasonal model", gamma);
    }
    return with(alpha, beta, unit(gamma, "gamma"), phi, fitPhi, startPeriods, period, intervals);
  }

  /** With all three smoothing parameters given (nothing is fitted, except φ after {@link #damped()}). */
  public ExponentialSmoothing withParameters(double alpha, double beta, double gamma) {
    return withAlpha(alpha).withBeta(beta).withGamma(gamma);
  }

  /** Damped trend with {@code phi} given in (0, 1] (1 = undamped, R's model). */
  public ExponentialSmoothing withDamping(double phi) {
    if (!trend) {
      throw Checks.fail("phi", "needs a model with trend", phi);
    }
    if (!(phi > 0 && phi <= 1)) {
      throw Checks.fail("phi", "must be within (0, 1]", phi);
    }
    return with(alpha, beta, gamma, phi, false, startPeriods, period, intervals);
  }

  /** Damped trend with {@code phi} fitted within [0.8, 0.98] (the bounds of R's {@code forecast::ets}). */
  public ExponentialSmoothing damped() {
    if (!trend) {
      throw Checks.fail("phi", "needs a model with trend", "damped");
    }
    return with(alpha, beta, gamma, PHI_HIGH, true, startPeriods, period, intervals);
  }

  /** Without a trend component (R's {@code beta = FALSE}). */
  public ExponentialSmoothing withoutTrend() {
    return new ExponentialSmoothing(seasonality, false, alpha, null, gamma, 1, false, startPeriods, period, intervals);
  }

  /** Number of cycles decomposed for the seasonal start values, at least 2 (R's {@code start.periods}, default 2). */
  public ExponentialSmoothing withStartPeriods(int startPeriods) {
    if (startPeriods < 2) {
      throw Checks.fail("startPeriods", "must be at least 2", startPeriods);
    }
    return with(alpha, beta, gamma, phi, fitPhi, startPeriods, period, intervals);
  }

  /** Seasonal cycle length in periods, at least 2 (default: the series' periods per year, 12 or 4). */
  public ExponentialSmoothing withPeriod(int period) {
    if (period < 2) {
      throw Checks.fail("period", "must be at least 2", period);
    }
    return with(alpha, beta, gamma, phi, fitPhi, startPeriods, period, intervals);
  }

  /** With the given interval formula (default {@link IntervalFormula#LINEARISED}). */
  public ExponentialSmoothing withIntervals(IntervalFormula formula) {
    return with(alpha, beta, gamma, phi, fitPhi, startPeriods, period, Objects.requireNonNull(formula, "formula"));
  }

  private static double unit(double v, String field) {
    if (!(v >= 0 && v <= 1)) {
      throw Checks.fail(field, "must be within [0, 1]", v);
    }
    return v;
  }

  /** Number of parameters the fit estimates (smoothing parameters not given, and φ when fitted). */
  int freeParameters() {
    return (alpha == null ? 1 : 0) + (trend && beta == null ? 1 : 0) + (seasonality != Seasonality.NONE && gamma == null ? 1 : 0)
        + (fitPhi ? 1 : 0);
  }

  /** Number of start values set from the data: level, trend, and f − 1 free seasonal terms. */
  int initialStates(int f) {
    return 1 + (trend ? 1 : 0) + (seasonality != Seasonality.NONE ? f - 1 : 0);
  }

  /** The first period (0-based) the method fits for a cycle of f. */
  int firstFitted(int f) {
    return seasonality != Seasonality.NONE ? f : trend ? 2 : 1;
  }

  String name() {
    boolean damp = fitPhi || phi != 1;
    switch (seasonality) {
      case ADDITIVE:
        return "Holt-Winters additive" + (trend ? "" : " without trend") + (damp ? " damped" : "");
      case MULTIPLICATIVE:
        return "Holt-Winters multiplicative" + (trend ? "" : " without trend") + (damp ? " damped" : "");
      default:
        return trend ? (damp ? "Holt damped" : "Holt") : "simple exponential smoothing";
    }
  }

  /** Start values and layout for one series; reused across all objective evaluations. */
  private static final class Setup {
    final double[] x;
    final int f;
    final int start;
    final int from;
    final boolean seasonal;
    final boolean mult;
    final double a0;
    final double b0;
    final double[] s0;
    final double[] scratch;

    Setup(double[] x, int f, int start, int from, boolean seasonal, boolean mult, double a0, double b0, double[] s0) {
      this.x = x;
      this.f = f;
      this.start = start;
      this.from = from;
      this.seasonal = seasonal;
      this.mult = mult;
      this.a0 = a0;
      this.b0 = b0;
      this.s0 = s0;
      this.scratch = new double[Math.max(f, 1)];
    }
  }

  private Setup setup(double[] x, int f, int from) {
    int n = x.length;
    if (seasonality == Seasonality.NONE) {
      int start = trend ? 2 : 1;
      if (n <= start) {
        throw Checks.fail("series", "must have at least " + (start + 1) + " periods for " + name(), n + " periods");
      }
      return new Setup(x, f, start, Math.max(start, from), false, false, trend ? x[1] : x[0], trend ? x[1] - x[0] : 0, new double[0]);
    }
    boolean mult = seasonality == Seasonality.MULTIPLICATIVE;
    int wind = startPeriods * f;
    // wind >= 2f (startPeriods >= 2), so this also leaves at least f + 1 periods
    if (n < wind) {
      throw Checks.fail("series", "must have at least " + wind + " periods (" + startPeriods + " cycles of " + f
          + ") for " + name(), n + " periods");
    }
    if (mult) {
      for (int i = 0; i < n; i++) {
        if (x[i] == 0) {
          throw Checks.fail("series[" + i + "]", "must be non-zero for multiplicative Holt-Winters", 0);
        }
        if (x[i] < 0) {
          throw Checks.fail("series[" + i + "]", "must be positive for multiplicative Holt-Winters (a seasonal factor of a negative value has no meaning)",
              "a negative value");
        }
      }
    }
    ClassicalDecomposition.Result d = ClassicalDecomposition.of(x, wind, f, mult);
    double[] line = ClassicalDecomposition.trendLine(d.trend);
    return new Setup(x, f, f, Math.max(f, from), true, mult, line[0], line[1], d.figure);
  }

  /** Runs the filter; fills the optional outputs (R's level[len+1], trend[len+1], season[len+f], xhat[len]); returns the SSE from st.from. */
  private static double filter(Setup st, boolean trend, double alpha, double beta, double gamma, double phi,
      double[] levelOut, double[] trendOut, double[] seasonOut, double[] xhatOut) {
    final double[] x = st.x;
    final int n = x.length;
    final int f = st.f;
    final int from = st.from;
    final boolean seasonal = st.seasonal;
    final boolean mult = st.mult;
    final double[] s = st.scratch;
    if (seasonal) {
      System.arraycopy(st.s0, 0, s, 0, f);
    }
    double l = st.a0;
    double b = trend ? st.b0 : 0;
    if (levelOut != null) {
      levelOut[0] = l;
      trendOut[0] = b;
      if (seasonal) {
        System.arraycopy(st.s0, 0, seasonOut, 0, f);
      }
    }
    double sse = 0;
    int slot = 0;
    for (int i = st.start, k = 0; i < n; i++, k++) {
      double pb = trend ? phi * b : 0;
      double xi = x[i];
      double stmp = seasonal ? s[slot] : 0;
      double xhat = l + pb;
      if (mult) {
        xhat *= stmp;
      } else {
        xhat += stmp;
      }
      double res = xi - xhat;
      if (i >= from) {
        sse += res * res;
      }
      double ln = alpha * (mult ? xi / stmp : xi - stmp) + (1 - alpha) * (l + pb);
      if (trend) {
        b = beta * (ln - l) + (1 - beta) * pb;
      }
      if (seasonal) {
        double sn = gamma * (mult ? xi / ln : xi - ln) + (1 - gamma) * stmp;
        s[slot] = sn;
        if (seasonOut != null) {
          seasonOut[k + f] = sn;
        }
        slot = slot + 1 == f ? 0 : slot + 1;
      }
      l = ln;
      if (levelOut != null) {
        levelOut[k + 1] = l;
        trendOut[k + 1] = b;
        xhatOut[k] = xhat;
      }
    }
    return sse;
  }

  @Override
  public FittedModel fit(TimeSeries series) {
    return fit(series, 0).model();
  }

  /** A fit and its objective: the SSE over periods {@code from} on (the criterion span of a model choice). */
  record Fit(FittedModel model, double criterionSse, int criterionCount) {}

  /** Fits minimising the SSE over the periods from {@code from} (0-based; the method's own start when later). */
  Fit fit(TimeSeries series, int from) {
    Objects.requireNonNull(series, "series");
    double[] x = series.toArray();
    int f = period > 0 ? period : series.frequency().periodsPerYear();
    Setup st = setup(x, f, from);
    double[] p = parameters(st);
    double a = p[0];
    double bt = p[1];
    double g = p[2];
    double ph = p[3];
    int len = x.length - st.start;
    double[] level = new double[len + 1];
    double[] trendArr = new double[len + 1];
    double[] season = new double[st.seasonal ? len + f : 0];
    double[] xhat = new double[len];
    double critSse = filter(st, trend, a, bt, g, ph, level, trendArr, season, xhat);
    double sse = 0;
    for (int k = 0; k < len; k++) {
      double r = x[st.start + k] - xhat[k];
      sse += r * r;
    }

    Map<String, Double> params = new LinkedHashMap<>();
    params.put("alpha", a);
    if (trend) {
      params.put("beta", bt);
      params.put("phi", ph);
    }
    if (st.seasonal) {
      params.put("gamma", g);
    }
    Map<String, Double> coef = new LinkedHashMap<>();
    coef.put("a", level[len]);
    // R's coefficient vector, 1-based in the interval formula
    double[] rcoef = new double[1 + (trend ? 1 : 0) + (st.seasonal ? f : 0)];
    int ci = 0;
    rcoef[ci++] = level[len];
    if (trend) {
      coef.put("b", trendArr[len]);
      rcoef[ci++] = trendArr[len];
    }
    double[] sFinal = new double[st.seasonal ? f : 0];
    for (int j = 0; j < sFinal.length; j++) {
      sFinal[j] = season[len + j];
      coef.put("s" + (j + 1), sFinal[j]);
      rcoef[ci++] = sFinal[j];
    }
    List<FittedModel.State> states = new ArrayList<>(len);
    for (int k = 0; k < len; k++) {
      states.add(new FittedModel.State(series.period(st.start + k), xhat[k], level[k], trend ? trendArr[k] : null,
          st.seasonal ? season[k] : null));
    }
    double[] res = new double[len];
    for (int k = 0; k < len; k++) {
      res[k] = x[st.start + k] - xhat[k];
    }
    double sigma2 = FittedModel.sampleVariance(res);
    final double aF = level[len];
    final double bF = trend ? trendArr[len] : 0;
    final boolean mult = st.mult;
    final boolean seasonal = st.seasonal;
    final boolean hasTrend = trend;
    final double dphi = ph;
    final boolean rCompatible = intervals == IntervalFormula.R_COMPATIBLE;
    FittedModel.Projection projection = new FittedModel.Projection() {
      @Override
      public double mean(int h) {
        double fit = aF + (hasTrend ? dampSum(dphi, h) * bF : 0);
        if (seasonal) {
          double sv = sFinal[(h - 1) % f];
          fit = mult ? fit * sv : fit + sv;
        }
        return fit;
      }

      @Override
      public double halfWidth(int h, double lvl) {
        double v;
        if (!mult) {
          v = 1;
          for (int j = 1; j <= h - 1; j++) {
            double ps = psi(j);
            v += ps * ps;
          }
        } else if (rCompatible) {
          int rel = 1 + (h - 1) % f;
          v = 0;
          for (int j = 0; j <= h - 1; j++) {
            double t = psi(j) * rc(2 + rel) / rc(2 + Math.floorMod(rel - j, f));
            v += t * t;
          }
        } else {
          v = 1;
          double sh = sFinal[(h - 1) % f];
          double lh = level(h);
          for (int j = 1; j <= h - 1; j++) {
            int i = h - j;
            double w = a * (1 + (hasTrend ? bt * dampSum(dphi, j) : 0)) * sh / sFinal[(i - 1) % f]
                + (j % f == 0 ? g * (1 - a) * lh / level(i) : 0);
            v += w * w;
          }
        }
        if (sigma2 == 0 && !rCompatible) {
          return 0;
        }
        return Distributions.normalQuantile((1 + lvl) / 2) * Math.sqrt(sigma2 * v);
      }

      private double level(int k) {
        return aF + (hasTrend ? dampSum(dphi, k) * bF : 0);
      }

      private double rc(int oneBased) {
        return oneBased >= 1 && oneBased <= rcoef.length ? rcoef[oneBased - 1] : Double.NaN;
      }

      private double psi(int j) {
        double bj = hasTrend ? bt * dampSum(dphi, j) : 0;
        return a * (1 + bj) + (seasonal && j % f == 0 ? g * (1 - a) : 0);
      }
    };
    FittedModel model = new FittedModel(name(), params, series, st.start, xhat, sse, coef, states, projection);
    return new Fit(model, critSse, x.length - st.from);
  }

  /** φ + φ² + … + φ^h (= h when φ = 1, exactly). */
  static double dampSum(double phi, int h) {
    if (phi == 1) {
      return h;
    }
    double s = 0;
    double p = 1;
    for (int i = 1; i <= h; i++) {
      p *= phi;
      s += p;
    }
    return s;
  }

  /** The parameters to use: given ones, fitted ones by minimising SSE. Returns {alpha, beta, gamma, phi}. */
  private double[] parameters(Setup st) {
    boolean[] fit = {alpha == null, trend && beta == null, st.seasonal && gamma == null, trend && fitPhi};
    double[] p = {fit[0] ? OPTIM_START[0] : alpha, trend ? (fit[1] ? OPTIM_START[1] : beta) : 0,
        st.seasonal ? (fit[2] ? OPTIM_START[2] : gamma) : 0, trend ? (fit[3] ? OPTIM_START[3] : phi) : 1};
    int[] free = new int[4];
    int nf = 0;
    for (int i = 0; i < 4; i++) {
      if (fit[i]) {
        free[nf++] = i;
      }
    }
    if (nf == 0) {
      return p;
    }
    final int[] fr = Arrays.copyOf(free, nf);
    final double[] work = p.clone();
    double[] lo = new double[nf];
    double[] hi = new double[nf];
    for (int i = 0; i < nf; i++) {
      lo[i] = fr[i] == 3 ? PHI_LOW : 0;
      hi[i] = fr[i] == 3 ? PHI_HIGH : 1;
    }
    Optimizer.Objective objective = q -> {
      for (int i = 0; i < fr.length; i++) {
        work[fr[i]] = q[i];
      }
      return filter(st, trend, work[0], work[1], work[2], work[3], null, null, null, null);
    };
    double[] best;
    double bestV;
    boolean converged;
    if (nf == 1) {
      double[] q = new double[1];
      java.util.function.DoubleUnaryOperator f1 = v -> {
        q[0] = v;
        return objective.value(q);
      };
      best = new double[] {lo[0]};
      bestV = Double.POSITIVE_INFINITY;
      int gridN = 20;
      int bestI = 0;
      for (int k = 0; k <= gridN; k++) {
        double v = lo[0] + (hi[0] - lo[0]) * k / gridN;
        double fv = f1.applyAsDouble(v);
        if (fv < bestV) {
          bestV = fv;
          best[0] = v;
          bestI = k;
        }
      }
      double[][] runs = {Optimizer.brent(f1, lo[0], hi[0], 1e-10),
          Optimizer.brent(f1, lo[0] + (hi[0] - lo[0]) * Math.max(0, bestI - 1) / gridN, lo[0] + (hi[0] - lo[0]) * Math.min(gridN, bestI + 1) / gridN,
              1e-10)};
      for (double[] r : runs) {
        if (r[1] < bestV) {
          bestV = r[1];
          best[0] = r[0];
        }
      }
      converged = Double.isFinite(bestV);
    } else {
      // starts: R's, then the two best points of the coarse grid
      double[] rStart = new double[nf];
      for (int i = 0; i < nf; i++) {
        rStart[i] = OPTIM_START[fr[i]];
      }
      List<double[]> starts = new ArrayList<>();
      starts.add(rStart);
      starts.addAll(firstSteps(objective, rStart, lo, hi));
      starts.addAll(gridTop(objective, fr, GRID_STARTS));
      if (fit[1]) {
        // the face R's search often ends on: β = 1 with a small α; start from the best point of a small grid on it
        double[] face = new double[nf];
        double[] bestFace = null;
        double bestFaceV = Double.POSITIVE_INFINITY;
        for (double fa : FACE_ALPHA) {
          for (double fg : fit[2] ? FACE_GAMMA : new double[] {0}) {
            for (int i = 0; i < nf; i++) {
              face[i] = fr[i] == 0 ? fa : fr[i] == 1 ? 1 : fr[i] == 2 ? fg : PHI_HIGH;
            }
            double v = objective.value(face);
            if (v < bestFaceV) {
              bestFaceV = v;
              bestFace = face.clone();
            }
          }
        }
        if (bestFace != null) {
          starts.add(bestFace);
        }
      }
      best = rStart;
      bestV = Double.POSITIVE_INFINITY;
      converged = false;
      for (double[] s : starts) {
        Optimizer.Result o = Optimizer.box(objective, lo, hi, s, MAX_ITER);
        if (o.value() < bestV || !Double.isFinite(bestV)) {
          best = o.point().clone();
          bestV = o.value();
          converged = o.converged();
        }
      }
      // a search can stop on a bound where another parameter has no effect (alpha = 1 makes gamma irrelevant):
      // restart from the best point with the smoothing parameters on a bound moved 0.1 inside, while that helps
      for (int kick = 0; kick < 3 && Double.isFinite(bestV); kick++) {
        double[] k = best.clone();
        boolean onBound = false;
        for (int i = 0; i < nf; i++) {
          if (fr[i] != 3 && k[i] >= hi[i]) {
            k[i] = hi[i] - 0.1;
            onBound = true;
          } else if (fr[i] != 3 && k[i] <= lo[i]) {
            k[i] = lo[i] + 0.1;
            onBound = true;
          }
        }
        if (!onBound) {
          break;
        }
        Optimizer.Result o = Optimizer.box(objective, lo, hi, k, MAX_ITER);
        if (!(o.value() < bestV * (1 - 1e-12))) {
          break;
        }
        best = o.point().clone();
        bestV = o.value();
        converged = o.converged();
      }
    }
    if (!Double.isFinite(bestV)) {
      throw new ForecastFitException(name() + " cannot be fitted: the sum of squared errors is not finite at any parameters tried"
          + " (values too large or too close to zero for the filter)");
    }
    if (!converged) {
      throw new ForecastFitException(name() + " did not converge: the parameter search stopped after " + MAX_ITER
          + " iterations without meeting its tolerance");
    }
    for (int i = 0; i < nf; i++) {
      p[fr[i]] = best[i];
    }
    return p;
  }

  /**
   * Where L-BFGS-B's first iteration from R's start goes: along the projected steepest-descent path, a step of
   * length 1 (L-BFGS-B's first trial step is 1/|g|) and of length 0.5 (its first backtrack). R's search
   * often ends in the basin such a long first step reaches (β = 1 with a small α), which a local search
   * from the start itself can miss.
   */
  private static List<double[]> firstSteps(Optimizer.Objective objective, double[] x0, double[] lo, double[] hi) {
    int n = x0.length;
    double f0 = objective.value(x0.clone());
    double[] g = new double[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      double[] q = x0.clone();
      q[i] = x0[i] + 1e-7;
      g[i] = (objective.value(q) - f0) / 1e-7;
      norm += g[i] * g[i];
    }
    norm = Math.sqrt(norm);
    List<double[]> out = new ArrayList<>(2);
    if (!(norm > 0) || !Double.isFinite(norm)) {
      return out;
    }
    for (double t : new double[] {1, 0.5}) {
      double[] q = new double[n];
      for (int i = 0; i < n; i++) {
        q[i] = Math.max(lo[i], Math.min(hi[i], x0[i] - t * g[i] / norm));
      }
      out.add(q);
    }
    return out;
  }

  /**
   * The {@code k} best points of the coarse grid over the free parameters that lie at least 0.25 apart (in the
   * largest coordinate difference) from every better one chosen, so the starts explore different basins.
   */
  private static List<double[]> gridTop(Optimizer.Objective objective, int[] free, int k) {
    int nf = free.length;
    int total = 1;
    for (int i = 0; i < nf; i++) {
      total *= GRID[free[i]].length;
    }
    double[][] pts = new double[total][nf];
    double[] vals = new double[total];
    Integer[] order = new Integer[total];
    for (int c = 0; c < total; c++) {
      int rest = c;
      for (int i = 0; i < nf; i++) {
        double[] g = GRID[free[i]];
        pts[c][i] = g[rest % g.length];
        rest /= g.length;
      }
      double v = objective.value(pts[c]);
      vals[c] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
      order[c] = c;
    }
    Arrays.sort(order, (x, y) -> Double.compare(vals[x], vals[y]));
    List<double[]> top = new ArrayList<>(k);
    for (int c = 0; c < total && top.size() < k; c++) {
      double[] q = pts[order[c]];
      if (!Double.isFinite(vals[order[c]])) {
        break;
      }
      boolean far = true;
      for (double[] t : top) {
        double d = 0;
        for (int i = 0; i < nf; i++) {
          d = Math.max(d, Math.abs(t[i] - q[i]));
        }
        far &= d >= 0.25;
      }
      if (far) {
        top.add(q);
      }
    }
    return top;
  }

  @Override
  public String toString() {
    return "ExponentialSmoothing[" + name() + ", alpha=" + alpha + ", beta=" + beta + ", gamma=" + gamma + ", phi=" + (fitPhi ? "fitted" : phi)
        + ", intervals=" + intervals + "]";
  }
}
