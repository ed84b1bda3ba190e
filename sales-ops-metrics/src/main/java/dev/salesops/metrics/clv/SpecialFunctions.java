package dev.salesops.metrics.clv;

/** The special functions the CLV models need, written here (no numerical library on the class path). Not API. */
final class SpecialFunctions {
  private SpecialFunctions() {}

  // Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for x > 0)
  private static final double G = 7;
  private static final double[] LANCZOS = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
      12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /** {@code ln Γ(x)} for {@code x > 0}. */
  static double lnGamma(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("lnGamma needs a finite x > 0: " + x);
    }
    if (x < 0.5) {
      // reflection: Γ(x) Γ(1 − x) = π / sin(πx)
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + G + 0.5;
    return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * The Gauss hypergeometric function {@code 2F1(a, b; c; z)} for {@code 0 <= z < 1} and {@code c > 0}, by its
   * power series {@code Σ (a)_n (b)_n / ((c)_n n!) z^n}, summed until a term is below 1e-16 of the sum (at most
   * 10^7 terms; the terms shrink like {@code z^n}, so z close to 1 is slow but converges).
   */
  static double hyp2f1(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1) || !(c > 0)) {
      throw new IllegalArgumentException("hyp2f1 needs 0 <= z < 1 and c > 0: z=" + z + ", c=" + c);
    }
    double term = 1;
    double sum = 1;
    for (int n = 0; n < 10_000_000; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      if (Math.abs(term) <= 1e-16 * Math.abs(sum) && n > 2) {
        return sum;
      }
    }
    throw new ArithmeticException("hyp2f1 did not converge: a=" + a + ", b=" + b + ", c=" + c + ", z=" + z);
  }

  /** {@code ln(e^x + e^y)} without overflow. */
  static double logAddExp(double x, double y) {
    double m = Math.max(x, y);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    return m + Math.log(Math.exp(x - m) + Math.exp(y - m));
  }
}
