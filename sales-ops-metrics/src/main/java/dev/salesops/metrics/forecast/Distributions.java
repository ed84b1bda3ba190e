package dev.salesops.metrics.forecast;

/**
 * The two quantile functions forecasting needs, in own code (no statistics library on the class path).
 *
 * <ul>
 *   <li>{@link #normalQuantile}: Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988, 477–484),
 *   accurate to about 1e-16 relative — the algorithm of R's {@code qnorm}.</li>
 *   <li>{@link #studentTQuantile} for integer degrees of freedom: Newton iterations on the exact finite-series
 *   distribution function of Abramowitz &amp; Stegun 26.7.3/26.7.4 (with {@code θ = atan(t/√ν)}), started from
 *   the normal quantile; converged to a relative step below 1e-15 (agrees with R's {@code qt} to about 1e-13; in a far
 *   tail the double {@code |2p - 1|} it solves for limits it to about 2e-16 / min(p, 1 - p) relative, e.g. 1e-9 at
 *   p = 1e-8 — forecast intervals use p of 0.0005 and more).</li>
 * </ul>
 */
final class Distributions {
  private Distributions() {}

  /** The standard normal quantile {@code qnorm(p)} for p in (0, 1). */
  static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be within (0, 1): " + p);
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r
          + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r + 1.3314166789178437745e+2) * r
          + 3.3871328727963666080e+0)
          / (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r
              + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r + 4.2313330701600911252e+1) * r
              + 1.0);
    }
    double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    double z;
    if (r <= 5) {
      r -= 1.6;
      z = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
          + 1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r + 4.63033784615654529590e+0) * r
          + 1.42343711074968357734e+0)
          / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
              + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r + 2.05319162663775882187e+0) * r
              + 1.0);
    } else {
      r -= 5;
      z = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
          + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r + 5.46378491116411436990e+0) * r
          + 6.65790464350110377720e+0)
          / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
              + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r + 5.99832206555887937690e-1) * r
              + 1.0);
    }
    return q < 0 ? -z : z;
  }

  /** {@code P(|T| ≤ t)} for Student's t with {@code df} degrees of freedom, t ≥ 0 (A&amp;S 26.7.3/26.7.4). */
  static double studentTCentral(double t, int df) {
    double theta = Math.atan(t / Math.sqrt(df));
    double sin = Math.sin(theta);
    double cos = Math.cos(theta);
    double c2 = cos * cos;
    if (df % 2 == 1) {
      if (df == 1) {
        return 2 * theta / Math.PI;
      }
      double term = cos;
      double sum = cos;
      for (int k = 3; k <= df - 2; k += 2) {
        term *= c2 * (k - 1) / k;
        sum += term;
      }
      return 2 / Math.PI * (theta + sin * sum);
    }
    double term = 1;
    double sum = 1;
    for (int k = 2; k <= df - 2; k += 2) {
      term *= c2 * (k - 1) / k;
      sum += term;
    }
    return sin * sum;
  }

  /** The density of Student's t with {@code df} degrees of freedom at t. */
  static double studentTDensity(double t, int df) {
    // Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) by the recursion r(ν+2) = r(ν)·(ν+1)/ν on r(ν) = Γ((ν+1)/2)/Γ(ν/2)
    double r = df % 2 == 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
    for (int v = df % 2 == 1 ? 1 : 2; v < df; v += 2) {
      r *= (v + 1.0) / v;
    }
    return r / Math.sqrt(df * Math.PI) * Math.pow(1 + t * t / df, -(df + 1) / 2.0);
  }

  /** The Student t quantile {@code qt(p, df)} for p in (0, 1) and df ≥ 1. */
  static double studentTQuantile(double p, int df) {
    if (!(p > 0 && p < 1) || df < 1) {
      throw new IllegalArgumentException("p must be within (0, 1) and df at least 1: " + p + ", " + df);
    }
    if (p == 0.5) {
      return 0;
    }
    double target = Math.abs(2 * p - 1);
    if (df == 1) {
      return Math.signum(p - 0.5) * Math.tan(Math.PI * target / 2);
    }
    double z = normalQuantile((1 + target) / 2);
    // Cornish-Fisher start, then Newton on P(|T| ≤ t) = target (dA/dt = 2·density), kept in a bracket
    double t = z + (z * z * z + z) / (4 * df);
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    for (int i = 0; i < 100; i++) {
      double a = studentTCentral(t, df) - target;
      if (a < 0) {
        lo = t;
      } else {
        hi = t;
      }
      double next = t - a / (2 * studentTDensity(t, df));
      if (!(next > lo && next < hi)) {
        next = Double.isInfinite(hi) ? 2 * t + 1 : (lo + hi) / 2;
      }
      if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
        t = next;
        break;
      }
      t = next;
    }
    return Math.signum(p - 0.5) * t;
  }
}
