package dev.salesops.metrics.clv;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * A small Nelder-Mead simplex minimiser (reflection 1, expansion 2, contraction 0.5, shrink 0.5), restarted from
 * its best point with a fresh simplex until a restart no longer improves the value by more than the tolerance.
 * The models minimise over log-parameters, so every parameter stays positive. Deterministic. Not API.
 */
final class NelderMead {
  private NelderMead() {}

  /** The best point found, its value and the number of function evaluations. */
  record Result(double[] point, double value, int evaluations) {}

  /**
   * Minimises {@code f} from {@code start}.
   *
   * @param step the initial simplex's edge along every axis
   * @param tolerance stop a run when the simplex's values differ by less than this (absolute)
   * @param maxEvaluations the budget over all runs
   */
  static Result minimize(ToDoubleFunction<double[]> f, double[] start, double step, double tolerance, int maxEvaluations) {
    int[] evals = {0};
    ToDoubleFunction<double[]> g = p -> {
      evals[0]++;
      double v = f.applyAsDouble(p);
      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    };
    double[] best = start.clone();
    double bestValue = g.applyAsDouble(best);
    for (int restart = 0; restart < 20 && evals[0] < maxEvaluations; restart++) {
      double[][] run = run(g, best, restart == 0 ? step : step / 2, tolerance, maxEvaluations, evals);
      double value = run[1][0];
      boolean improved = value < bestValue - tolerance;
      if (value < bestValue) {
        bestValue = value;
        best = run[0];
      }
      if (!improved && restart > 0) {
        break;
      }
    }
    return new Result(best, bestValue, evals[0]);
  }

  private static double[][] run(ToDoubleFunction<double[]> f, double[] start, double step, double tol, int max, int[] evals) {
    int n = start.length;
    double[][] s = new double[n + 1][];
    double[] v = new double[n + 1];
    s[0] = start.clone();
    v[0] = f.applyAsDouble(s[0]);
    for (int i = 0; i < n; i++) {
      s[i + 1] = start.clone();
      s[i + 1][i] += step;
      v[i + 1] = f.applyAsDouble(s[i + 1]);
    }
    Integer[] order = new Integer[n + 1];
    double[] centroid = new double[n];
    while (evals[0] < max) {
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      final double[] vv = v;
      Arrays.sort(order, (x, y) -> Double.compare(vv[x], vv[y]));
      double[][] s2 = new double[n + 1][];
      double[] v2 = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        s2[i] = s[order[i]];
        v2[i] = v[order[i]];
      }
      s = s2;
      v = v2;
      if (Math.abs(v[n] - v[0]) <= tol && spread(s) < 1e-9) {
        break;
      }
      Arrays.fill(centroid, 0);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          centroid[j] += s[i][j] / n;
        }
      }
      double[] xr = along(centroid, s[n], -1);
      double fr = f.applyAsDouble(xr);
      if (fr < v[0]) {
        double[] xe = along(centroid, s[n], -2);
        double fe = f.applyAsDouble(xe);
        if (fe < fr) {
          s[n] = xe;
          v[n] = fe;
        } else {
          s[n] = xr;
          v[n] = fr;
        }
      } else if (fr < v[n - 1]) {
        s[n] = xr;
        v[n] = fr;
      } else {
        boolean outside = fr < v[n];
        double[] xc = outside ? along(centroid, s[n], -0.5) : along(centroid, s[n], 0.5);
        double fc = f.applyAsDouble(xc);
        if (fc < (outside ? fr : v[n])) {
          s[n] = xc;
          v[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            for (int j = 0; j < n; j++) {
              s[i][j] = s[0][j] + 0.5 * (s[i][j] - s[0][j]);
            }
            v[i] = f.applyAsDouble(s[i]);
          }
        }
      }
    }
    int bi = 0;
    for (int i = 1; i <= n; i++) {
      if (v[i] < v[bi]) {
        bi = i;
      }
    }
    return new double[][] {s[bi], {v[bi]}};
  }

  /** {@code centroid + t (point − centroid)}: t = −1 reflects, −2 expands, ±0.5 contracts. */
  private static double[] along(double[] centroid, double[] point, double t) {
    double[] x = new double[centroid.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = centroid[j] + t * (point[j] - centroid[j]);
    }
    return x;
  }

  private static double spread(double[][] s) {
    double max = 0;
    for (int i = 1; i < s.length; i++) {
      for (int j = 0; j < s[0].length; j++) {
        max = Math.max(max, Math.abs(s[i][j] - s[0][j]));
      }
    }
    return max;
  }
}
