package dev.salesops.metrics.forecast;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Own minimisers for the smoothing fits (no optimisation library on the class path).
 *
 * <ul>
 *   <li>{@link #brent}: Brent's {@code fmin} (golden section with parabolic steps; the algorithm of R's
 *   {@code optimize}) on an interval.</li>
 *   <li>{@link #box}: a projected quasi-Newton search within a box, in the spirit of R's L-BFGS-B: forward
 *   finite-difference gradients (step 1e-7, backward on an upper bound), variables on a bound whose gradient points outwards
 *   are held (active set), BFGS inverse-Hessian updates on the free ones (reset when the active set changes),
 *   an Armijo backtracking line search along the projected path; it stops when an iteration lowers the
 *   objective by less than 1e-10 relative twice in a row, when the projected gradient vanishes or when no
 *   step lowers it.</li>
 * </ul>
 */
final class Optimizer {
  /** The objective: finite, or not finite where undefined (treated as worse than any finite value). */
  interface Objective {
    double value(double[] p);
  }

  /** A minimum found: the point, its value, and whether the search converged (rather than ran out of iterations). */
  record Result(double[] point, double value, boolean converged) {}

  private Optimizer() {}

  private static double v(double f) {
    return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
  }

  /** Brent's fmin on [a, b] with absolute tolerance {@code tol}; returns {x, f(x)}. */
  static double[] brent(DoubleUnaryOperator f, double a, double b, double tol) {
    final double c = (3 - Math.sqrt(5)) * 0.5;
    final double eps = Math.sqrt(Math.ulp(1.0));
    double v = a + c * (b - a);
    double w = v;
    double x = v;
    double d = 0;
    double e = 0;
    double fx = v(f.applyAsDouble(x));
    double fv = fx;
    double fw = fx;
    double tol3 = tol / 3;
    for (int it = 0; it < 1000; it++) {
      double xm = (a + b) * 0.5;
      double tol1 = eps * Math.abs(x) + tol3;
      double t2 = tol1 * 2;
      if (Math.abs(x - xm) <= t2 - (b - a) * 0.5) {
        break;
      }
      double p = 0;
      double q = 0;
      double r = 0;
      if (Math.abs(e) > tol1) {
        r = (x - w) * (fx - fv);
        q = (x - v) * (fx - fw);
        p = (x - v) * q - (x - w) * r;
        q = (q - r) * 2;
        if (q > 0) {
          p = -p;
        } else {
          q = -q;
        }
        r = e;
        e = d;
      }
      double u;
      if (Math.abs(p) >= Math.abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
        e = x < xm ? b - x : a - x;
        d = c * e;
      } else {
        d = p / q;
        u = x + d;
        if (u - a < t2 || b - u < t2) {
          d = x < xm ? tol1 : -tol1;
        }
      }
      if (Math.abs(d) >= tol1) {
        u = x + d;
      } else {
        u = d > 0 ? x + tol1 : x - tol1;
      }
      double fu = v(f.applyAsDouble(u));
      if (fu <= fx) {
        if (u < x) {
          b = x;
        } else {
          a = x;
        }
        v = w;
        fv = fw;
        w = x;
        fw = fx;
        x = u;
        fx = fu;
      } else {
        if (u < x) {
          a = u;
        } else {
          b = u;
        }
        if (fu <= fw || w == x) {
          v = w;
          fv = fw;
          w = u;
          fw = fu;
        } else if (fu <= fv || v == x || v == w) {
          v = u;
          fv = fu;
        }
      }
    }
    return new double[] {x, fx};
  }

  private static final double H = 1e-7;
  private static final double REL_TOL = 1e-10;

  private static void gradient(Objective f, double[] x, double fx, double[] lo, double[] hi, double[] g) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      // forward difference, backward on the upper bound
      double to = xi + H <= hi[i] ? xi + H : xi - H;
      g[i] = (evalAt(f, x, i, to) - fx) / (to - xi);
      x[i] = xi;
    }
  }

  private static double evalAt(Objective f, double[] x, int i, double value) {
    x[i] = value;
    return v(f.value(x));
  }

  /** Projected quasi-Newton minimisation of {@code f} within [lo, hi] from {@code x0} (see the class javadoc). */
  static Result box(Objective f, double[] lo, double[] hi, double[] x0, int maxIter) {
    int n = x0.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.max(lo[i], Math.min(hi[i], x0[i]));
    }
    double fx = v(f.value(x));
    if (!Double.isFinite(fx)) {
      return new Result(x, fx, false);
    }
    double[] g = new double[n];
    gradient(f, x, fx, lo, hi, g);
    double[][] hInv = new double[n][n];
    boolean[] active = new boolean[n];
    boolean[] prevActive = null;
    boolean fresh = true;
    int small = 0;
    double[] d = new double[n];
    double[] xt = new double[n];
    double[] gt = new double[n];
    for (int iter = 0; iter < maxIter; iter++) {
      boolean allHeld = true;
      for (int i = 0; i < n; i++) {
        active[i] = (x[i] <= lo[i] && g[i] > 0) || (x[i] >= hi[i] && g[i] < 0);
        allHeld &= active[i] || g[i] == 0;
      }
      if (allHeld || !Double.isFinite(norm(g))) {
        return new Result(x, fx, Double.isFinite(norm(g)));
      }
      if (prevActive == null || !Arrays.equals(active, prevActive)) {
        fresh = true;
      }
      prevActive = active.clone();
      if (fresh) {
        double gmax = 0;
        for (int i = 0; i < n; i++) {
          if (!active[i]) {
            gmax = Math.max(gmax, Math.abs(g[i]));
          }
        }
        for (double[] row : hInv) {
          Arrays.fill(row, 0);
        }
        for (int i = 0; i < n; i++) {
          hInv[i][i] = 0.1 / gmax;
        }
      }
      double slope = direction(hInv, g, active, d);
      if (!(slope < 0)) {
        for (double[] row : hInv) {
          Arrays.fill(row, 0);
        }
        double gmax = 0;
        for (int i = 0; i < n; i++) {
          gmax = Math.max(gmax, active[i] ? 0 : Math.abs(g[i]));
        }
        for (int i = 0; i < n; i++) {
          hInv[i][i] = 0.1 / gmax;
        }
        slope = direction(hInv, g, active, d);
        fresh = true;
      }
      // backtracking along the projected path
      double t = 1;
      double ft = Double.NaN;
      boolean accepted = false;
      for (int ls = 0; ls < 60; ls++) {
        double gs = 0;
        boolean moved = false;
        for (int i = 0; i < n; i++) {
          xt[i] = Math.max(lo[i], Math.min(hi[i], x[i] + t * d[i]));
          gs += g[i] * (xt[i] - x[i]);
          moved |= xt[i] != x[i];
        }
        if (!moved) {
          break;
        }
        ft = v(f.value(xt));
        if (ft <= fx + 1e-4 * gs) {
          accepted = true;
          break;
        }
        t *= 0.5;
      }
      if (!accepted || !(ft < fx)) {
        if (fresh) {
          return new Result(x, fx, true);
        }
        fresh = true;
        prevActive = null;
        continue;
      }
      gradient(f, xt, ft, lo, hi, gt);
      double sy = 0;
      double yy = 0;
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = active[i] ? 0 : xt[i] - x[i];
        y[i] = active[i] ? 0 : gt[i] - g[i];
        sy += s[i] * y[i];
        yy += y[i] * y[i];
      }
      if (sy > 1e-12 * Math.sqrt(yy) * norm(s)) {
        if (fresh) {
          double scale = sy / yy;
          for (int i = 0; i < n; i++) {
            Arrays.fill(hInv[i], 0);
            hInv[i][i] = active[i] ? 0 : scale;
          }
        }
        bfgs(hInv, s, y, sy);
        fresh = false;
      }
      double rel = (fx - ft) / Math.max(Math.abs(fx), Double.MIN_NORMAL);
      System.arraycopy(xt, 0, x, 0, n);
      System.arraycopy(gt, 0, g, 0, n);
      fx = ft;
      small = rel < REL_TOL ? small + 1 : 0;
      if (small >= 2) {
        return new Result(x, fx, true);
      }
    }
    return new Result(x, fx, false);
  }

  private static double norm(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  /** d = −H·g over the free variables; returns g·d. */
  private static double direction(double[][] hInv, double[] g, boolean[] active, double[] d) {
    int n = g.length;
    double slope = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      if (!active[i]) {
        for (int j = 0; j < n; j++) {
          if (!active[j]) {
            s -= hInv[i][j] * g[j];
          }
        }
      }
      d[i] = s;
      slope += g[i] * s;
    }
    return slope;
  }

  /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / (yᵀ s). */
  private static void bfgs(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double rho = 1 / sy;
    double[] hy = new double[n];
    double yhy = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hy[i] += h[i][j] * y[j];
      }
      yhy += y[i] * hy[i];
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
      }
    }
  }
}
