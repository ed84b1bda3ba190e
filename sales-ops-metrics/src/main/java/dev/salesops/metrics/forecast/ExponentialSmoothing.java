package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Exponential smoothing: simple (level only), Holt's linear trend (optionally damped) and Holt-Winters with
 * additive or multiplicative seasonality — the same model family, start values, update equations, objective
 * and prediction intervals as R's {@code stats::HoltWinters} / {@code predict.HoltWinters}.
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
 * <h2>Parameter fitting</h2>
 * Parameters not given are chosen to minimise the SSE of the one-step-ahead errors over the fitted part
 * (exactly R's objective), within [0, 1]. Two or three free parameters: commons-math3's Nelder-Mead
 * ({@link SimplexOptimizer} with a {@link NelderMeadSimplex}, initial steps 0.1), started from R's
 * {@code optim.start = (0.3, 0.1, 0.1)}; the bounds are kept by evaluating the SSE at the point clamped to
 * [0, 1], raised in proportion to the distance outside (so an optimum on a bound — common: {@code gamma = 1},
 * {@code beta = 0} — is found, and the simplex never settles on a flat exterior); because Nelder-Mead can stall before the optimum, it is restarted from its
 * result with a fresh simplex (steps 0.05) until a run improves the SSE by less than 1e-9 relative (at most
 * 6 runs). Then the SSE is evaluated on a coarse grid (alpha 0.1/0.3/0.6/0.9, beta 0/0.05/0.2, gamma
 * 0.1/0.4/0.7/1); if a grid point beats the optimum found, the search is repeated from the best grid point
 * and the better result kept (a guard against a poor local minimum). <b>Why</b>: the SSE has no cheap gradient, the problem has 2–3 dimensions and one SSE evaluation
 * costs well under a microsecond, so the optimiser's own overhead dominates; commons-math's BOBYQA (native
 * bounds) measured about 5× more CPU per fit than restarted Nelder-Mead on the benchmark series, for results
 * no better. One free parameter: {@link BrentOptimizer} on [0, 1] (as R's {@code optimize}), with a tighter
 * tolerance than R's default. <b>Difference from R</b>: R uses L-BFGS-B with finite-difference gradients; on
 * surfaces with several local minima the two optimisers may stop at different points, so fitted parameters
 * can differ (on the 10,000 benchmark series our SSE is equal to or lower than R's for most series; see the
 * benchmark report). Given the same parameters the results are identical up to floating-point rounding.
 * The damping {@code φ} is never fitted (give it with {@link #withDamping}); R has no damping.
 *
 * <h2>Prediction intervals (R's predict.HoltWinters)</h2>
 * {@code x̂ ± qnorm((1+level)/2) · sqrt(σ² · v(h))}, with {@code σ² = var(residuals)} (sample variance, n − 1,
 * around the residuals' mean), {@code ψ(j) = α(1 + jβ) + [j mod f = 0]·γ(1 − α)} ({@code β = 0} without
 * trend, {@code γ = 0} without season; with damping {@code jβ} becomes {@code β(φ + … + φ^j)});
 * additive: {@code v(h) = 1 + Σ_{j=1}^{h−1} ψ(j)²}; multiplicative: R's formula
 * {@code v(h) = Σ_{j=0}^{h−1} (ψ(j)·c[2+r] / c[2 + (r−j) mod f])²}, {@code r = 1 + (h−1) mod f}, over R's
 * coefficient vector {@code c = (a, b, s1..sf)} — reproduced <em>as R computes it</em>, including its
 * indexing quirk (for {@code (r−j) mod f = 0} it divides by {@code b}, and {@code ψ(0)} is not 1); without a
 * trend the indexing runs off R's vector and R gives NA: here the interval is then empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExponentialSmoothing implements ForecastMethod {
  private static final double[] OPTIM_START = {0.3, 0.1, 0.1};
  private static final int MAX_RUNS = 6;

  private final Seasonality seasonality;
  private final boolean trend;
  private final Double alpha;
  private final Double beta;
  private final Double gamma;
  private final double phi;
  private final int startPeriods;
  private final int period;

  private ExponentialSmoothing(Seasonality seasonality, boolean trend, Double alpha, Double beta, Double gamma, double phi,
      int startPeriods, int period) {
    this.seasonality = seasonality;
    this.trend = trend;
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.phi = phi;
    this.startPeriods = startPeriods;
    this.period = period;
  }

  /** Simple exponential smoothing (level only): R's {@code HoltWinters(x, beta = FALSE, gamma = FALSE)}. */
  public static ExponentialSmoothing simple() {
    return new ExponentialSmoothing(Seasonality.NONE, false, null, null, null, 1, 2, 0);
  }

  /** Holt's linear trend: R's {@code HoltWinters(x, gamma = FALSE)}. */
  public static ExponentialSmoothing holt() {
    return new ExponentialSmoothing(Seasonality.NONE, true, null, null, null, 1, 2, 0);
  }

  /** Holt-Winters with trend and the given seasonality: R's {@code HoltWinters(x, seasonal = ...)}. */
  public static ExponentialSmoothing holtWinters(Seasonality seasonality) {
    Objects.requireNonNull(seasonality, "seasonality");
    return new ExponentialSmoothing(seasonality, true, null, null, null, 1, 2, 0);
  }

  /** With the level smoothing {@code alpha} given, in (0, 1] (R refuses 0). */
  public ExponentialSmoothing withAlpha(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw Checks.fail("alpha", "must be within (0, 1]", alpha);
    }
    return new ExponentialSmoothing(seasonality, trend, alpha, beta, gamma, phi, startPeriods, period);
  }

  /** With the trend smoothing {@code beta} given, in [0, 1]. */
  public ExponentialSmoothing withBeta(double beta) {
    if (!trend) {
      throw Checks.fail("beta", "needs a model with trend", beta);
    }
    return new ExponentialSmoothing(seasonality, trend, alpha, unit(beta, "beta"), gamma, phi, startPeriods, period);
  }

  /** With the seasonal smoothing {@code gamma} given, in [0, 1]. */
  public ExponentialSmoothing withGamma(double gamma) {
    if (seasonality == Seasonality.NONE) {
      throw Checks.fail("gamma", "needs a seasonal model", gamma);
    }
    return new ExponentialSmoothing(seasonality, trend, alpha, beta, unit(gamma, "gamma"), phi, startPeriods, period);
  }

  /** With all three smoothing parameters given (nothing is fitted). */
  public ExponentialSmoothing withParameters(double alpha, double beta, double gamma) {
    return withAlpha(alpha).withBeta(beta).withGamma(gamma);
  }

  /** Damped trend with {@code phi} in (0, 1] (1 = undamped, R's model). Not in R: see the class javadoc. */
  public ExponentialSmoothing withDamping(double phi) {
    if (!trend) {
      throw Checks.fail("phi", "needs a model with trend", phi);
    }
    if (!(phi > 0 && phi <= 1)) {
      throw Checks.fail("phi", "must be within (0, 1]", phi);
    }
    return new ExponentialSmoothing(seasonality, trend, alpha, beta, gamma, phi, startPeriods, period);
  }

  /** Without a trend component (R's {@code beta = FALSE}). */
  public ExponentialSmoothing withoutTrend() {
    return new ExponentialSmoothing(seasonality, false, alpha, null, gamma, 1, startPeriods, period);
  }

  /** Number of cycles decomposed for the seasonal start values, at least 2 (R's {@code start.periods}, default 2). */
  public ExponentialSmoothing withStartPeriods(int startPeriods) {
    if (startPeriods < 2) {
      throw Checks.fail("startPeriods", "must be at least 2", startPeriods);
    }
    return new ExponentialSmoothing(seasonality, trend, alpha, beta, gamma, phi, startPeriods, period);
  }

  /** Seasonal cycle length in periods, at least 2 (default: the series' periods per year, 12 or 4). */
  public ExponentialSmoothing withPeriod(int period) {
    if (period < 2) {
      throw Checks.fail("period", "must be at least 2", period);
    }
    return new ExponentialSmoothing(seasonality, trend, alpha, beta, gamma, phi, startPeriods, period);
  }

  private static double unit(double v, String field) {
    if (!(v >= 0 && v <= 1)) {
      throw Checks.fail(field, "must be within [0, 1]", v);
    }
    return v;
  }

  private String name() {
    switch (seasonality) {
      case ADDITIVE:
        return "Holt-Winters additive" + (trend ? "" : " without trend") + (phi != 1 ? " damped" : "");
      case MULTIPLICATIVE:
        return "Holt-Winters multiplicative" + (trend ? "" : " without trend") + (phi != 1 ? " damped" : "");
      default:
        return trend ? (phi != 1 ? "Holt damped" : "Holt") : "simple exponential smoothing";
    }
  }

  /** Start values and layout for one series; reused across all objective evaluations. */
  private static final class Setup {
    final double[] x;
    final int f;
    final int start;
    final boolean seasonal;
    final boolean mult;
    final double a0;
    final double b0;
    final double[] s0;
    final double[] scratch;

    Setup(double[] x, int f, int start, boolean seasonal, boolean mult, double a0, double b0, double[] s0) {
      this.x = x;
      this.f = f;
      this.start = start;
      this.seasonal = seasonal;
      this.mult = mult;
      this.a0 = a0;
      this.b0 = b0;
      this.s0 = s0;
      this.scratch = new double[Math.max(f, 1)];
    }
  }

  private Setup setup(double[] x, int f) {
    int n = x.length;
    if (seasonality == Seasonality.NONE) {
      int start = trend ? 2 : 1;
      if (n <= start) {
        throw Checks.fail("series", "must have at least " + (start + 1) + " periods for " + name(), n + " periods");
      }
      return new Setup(x, f, start, false, false, trend ? x[1] : x[0], trend ? x[1] - x[0] : 0, new double[0]);
    }
    boolean mult = seasonality == Seasonality.MULTIPLICATIVE;
    int wind = startPeriods * f;
    if (n < wind || n <= f) {
      throw Checks.fail("series", "must have at least " + Math.max(wind, f + 1) + " periods (" + startPeriods + " cycles of " + f
          + ") for " + name(), n + " periods");
    }
    if (mult) {
      for (int i = 0; i < n; i++) {
        if (x[i] == 0) {
          throw Checks.fail("series[" + i + "]", "must be non-zero for multiplicative Holt-Winters", 0);
        }
      }
    }
    ClassicalDecomposition.Result d = ClassicalDecomposition.of(x, wind, f, mult);
    double[] line = ClassicalDecomposition.trendLine(d.trend);
    return new Setup(x, f, f, true, mult, line[0], line[1], d.figure);
  }

  /** Runs the filter; fills the optional outputs (R's level[len+1], trend[len+1], season[len+f], xhat[len]); returns the SSE. */
  private static double filter(Setup st, boolean trend, double alpha, double beta, double gamma, double phi,
      double[] levelOut, double[] trendOut, double[] seasonOut, double[] xhatOut) {
    final double[] x = st.x;
    final int n = x.length;
    final int f = st.f;
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
      sse += res * res;
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
    Objects.requireNonNull(series, "series");
    double[] x = series.toArray();
    int f = period > 0 ? period : series.frequency().periodsPerYear();
    Setup st = setup(x, f);
    double[] p = parameters(st);
    double a = p[0];
    double bt = p[1];
    double g = p[2];
    int len = x.length - st.start;
    double[] level = new double[len + 1];
    double[] trendArr = new double[len + 1];
    double[] season = new double[st.seasonal ? len + f : 0];
    double[] xhat = new double[len];
    double sse = filter(st, trend, a, bt, g, phi, level, trendArr, season, xhat);

    Map<String, Double> params = new LinkedHashMap<>();
    params.put("alpha", a);
    if (trend) {
      params.put("beta", bt);
      params.put("phi", phi);
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
      states.add(new FittedModel.State(series.period(st.start + k), xhat[k], level[k], trend ? OptionalDouble.of(trendArr[k]) : OptionalDouble.empty(),
          st.seasonal ? OptionalDouble.of(season[k]) : OptionalDouble.empty()));
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
    final double dphi = phi;
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
        } else {
          int rel = 1 + (h - 1) % f;
          v = 0;
          for (int j = 0; j <= h - 1; j++) {
            double t = psi(j) * rc(2 + rel) / rc(2 + Math.floorMod(rel - j, f));
            v += t * t;
          }
        }
        return FittedModel.z(lvl) * Math.sqrt(sigma2 * v);
      }

      private double rc(int oneBased) {
        return oneBased >= 1 && oneBased <= rcoef.length ? rcoef[oneBased - 1] : Double.NaN;
      }

      private double psi(int j) {
        double bj = hasTrend ? bt * dampSum(dphi, j) : 0;
        return a * (1 + bj) + (seasonal && j % f == 0 ? g * (1 - a) : 0);
      }
    };
    return new FittedModel(name(), params, series, st.start, xhat, sse, coef, states, projection);
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

  /** The parameters to use: given ones, fitted ones by minimising SSE. Returns {alpha, beta, gamma}. */
  private double[] parameters(Setup st) {
    boolean fitA = alpha == null;
    boolean fitB = trend && beta == null;
    boolean fitG = st.seasonal && gamma == null;
    double[] p = {fitA ? OPTIM_START[0] : alpha, trend ? (fitB ? OPTIM_START[1] : beta) : 0, st.seasonal ? (fitG ? OPTIM_START[2] : gamma) : 0};
    int[] free = new int[3];
    int nFree = 0;
    if (fitA) {
      free[nFree++] = 0;
    }
    if (fitB) {
      free[nFree++] = 1;
    }
    if (fitG) {
      free[nFree++] = 2;
    }
    if (nFree == 0) {
      return p;
    }
    final int nf = nFree;
    final double[] work = p.clone();
    if (nf == 1) {
      final int idx = free[0];
      UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(10_000), GoalType.MINIMIZE,
          new SearchInterval(0, 1, OPTIM_START[idx]), new UnivariateObjectiveFunction(v -> {
            work[idx] = v;
            return filter(st, trend, work[0], work[1], work[2], phi, null, null, null, null);
          }));
      p[idx] = best.getPoint();
      return p;
    }
    MultivariateFunction objective = q -> {
      double outside = 0;
      for (int i = 0; i < nf; i++) {
        double c = Math.max(0, Math.min(1, q[i]));
        outside += Math.abs(q[i] - c);
        work[free[i]] = c;
      }
      double sse = filter(st, trend, work[0], work[1], work[2], phi, null, null, null, null);
      // beyond a bound: the SSE at the clamped point, raised in proportion to the distance, so that the
      // simplex is pulled back to the box instead of settling on a flat exterior
      return outside == 0 ? sse : sse * (1 + outside) + outside;
    };
    double[] start = new double[nf];
    for (int i = 0; i < nf; i++) {
      start[i] = OPTIM_START[free[i]];
    }
    PointValuePair best = nelderMead(objective, start, null);
    // a coarse grid guards against a poor local minimum: if any grid point beats the optimum found from R's
    // start, search again from the best grid point and keep the better result
    double[] grid = gridBest(objective, free, nf);
    if (objective.value(grid) < best.getValue() * (1 - 1e-9)) {
      best = nelderMead(objective, grid, best);
    }
    double[] q = best.getPoint();
    for (int i = 0; i < nf; i++) {
      p[free[i]] = Math.max(0, Math.min(1, q[i]));
    }
    return p;
  }

  private static final double[][] GRID = {{0.1, 0.3, 0.6, 0.9}, {0, 0.05, 0.2}, {0.1, 0.4, 0.7, 1.0}};

  /** Restarted Nelder-Mead from {@code start} (see the class javadoc); returns the better of its result and {@code best}. */
  private static PointValuePair nelderMead(MultivariateFunction objective, double[] start0, PointValuePair best) {
    int nf = start0.length;
    double[] start = start0.clone();
    PointValuePair own = null;
    double step = 0.1;
    for (int run = 0; run < MAX_RUNS; run++) {
      double[] steps = new double[nf];
      java.util.Arrays.fill(steps, step);
      PointValuePair r = new SimplexOptimizer(1e-10, 1e-300).optimize(new MaxEval(10_000), GoalType.MINIMIZE, new ObjectiveFunction(objective),
          new InitialGuess(start), new NelderMeadSimplex(steps));
      boolean improved = own == null || r.getValue() < own.getValue() * (1 - 1e-9);
      if (own == null || r.getValue() < own.getValue()) {
        own = r;
      }
      if (!improved) {
        break;
      }
      for (int i = 0; i < nf; i++) {
        start[i] = Math.max(0, Math.min(1, own.getPoint()[i]));
      }
      step = 0.05;
    }
    return best == null || own.getValue() < best.getValue() ? own : best;
  }

  /** The best point of the coarse grid over the free parameters. */
  private static double[] gridBest(MultivariateFunction objective, int[] free, int nf) {
    int total = 1;
    for (int i = 0; i < nf; i++) {
      total *= GRID[free[i]].length;
    }
    double[] q = new double[nf];
    double[] bestQ = new double[nf];
    double bestV = Double.POSITIVE_INFINITY;
    for (int c = 0; c < total; c++) {
      int rest = c;
      for (int i = 0; i < nf; i++) {
        double[] g = GRID[free[i]];
        q[i] = g[rest % g.length];
        rest /= g.length;
      }
      double v = objective.value(q);
      if (v < bestV) {
        bestV = v;
        System.arraycopy(q, 0, bestQ, 0, nf);
      }
    }
    return bestQ;
  }

  @Override
  public String toString() {
    return "ExponentialSmoothing[" + name() + ", alpha=" + alpha + ", beta=" + beta + ", gamma=" + gamma + ", phi=" + phi + "]";
  }
}
