package dev.salesops.metrics.clv;

import dev.salesops.core.internal.Checks;

/**
 * The four parameters of the BG/NBD model (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way"):
 * purchase rates {@code λ ~ Gamma(shape r, rate α)} across customers, drop-out probabilities after each purchase
 * {@code p ~ Beta(a, b)}. {@code α} is in the summaries' time unit (weeks for CDNOW: r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426).
 *
 * <p>Rules: every parameter finite and positive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param r the shape of the purchase-rate distribution
 * @param alpha the rate (inverse scale) of the purchase-rate distribution, in the summaries' time unit
 * @param a the first shape of the drop-out distribution
 * @param b the second shape of the drop-out distribution
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

  /** Validates the parameters. */
  public BgNbdParameters {
    positive(r, "r");
    positive(alpha, "alpha");
    positive(a, "a");
    positive(b, "b");
  }

  static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw Checks.fail(name, "must be a finite number > 0", v);
    }
  }
}
