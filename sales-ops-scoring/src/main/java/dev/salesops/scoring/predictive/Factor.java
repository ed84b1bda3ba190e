package dev.salesops.scoring.predictive;

/**
 * One field value's contribution to a prediction: its likelihood among won deals ({@code won count of the value
 * / won total}) and among lost deals, and their ratio. A ratio above 1 pushes the probability up, below 1 down;
 * the posterior odds are the prior odds times the product of the ratios.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field (or {@code "stage"} for the pipeline stage)
 * @param value the deal's value
 * @param wonLikelihood P(value | won), smoothed
 * @param lostLikelihood P(value | lost), smoothed
 */
public record Factor(String field, String value, double wonLikelihood, double lostLikelihood) {

  /** {@code wonLikelihood / lostLikelihood}. */
  public double likelihoodRatio() {
    return wonLikelihood / lostLikelihood;
  }
}
