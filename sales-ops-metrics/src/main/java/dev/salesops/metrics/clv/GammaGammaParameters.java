package dev.salesops.metrics.clv;

/**
 * The three parameters of the Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV: Using Iso-Value
 * Curves for Customer Base Analysis", Journal of Marketing Research 42(4); Fader and Hardie 2013, "The Gamma-Gamma
 * Model of Monetary Value"): a transaction's value is {@code Gamma(shape p, rate ν)}; {@code ν ~ Gamma(shape q,
 * rate γ)} across customers. CDNOW: p = 6.25, q = 3.74, γ = 15.44.
 *
 * <p>Rules: every parameter finite and positive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param p the shape of a transaction's value
 * @param q the shape of the customers' rate distribution
 * @param gamma the rate of the customers' rate distribution (in the spend's currency units)
 */
public record GammaGammaParameters(double p, double q, double gamma) {
  /** Validates the parameters. */
  public GammaGammaParameters {
    BgNbdParameters.positive(p, "p");
    BgNbdParameters.positive(q, "q");
    BgNbdParameters.positive(gamma, "gamma");
  }
}
