package dev.salesops.metrics.appraisal;

/**
 * What a scheme does when its indicator weights do not sum to 100 %.
 */
public enum WeightSum {
  /** Refuse the scheme: the weights must sum to exactly 1 (the default). */
  EXACT,
  /**
   * Rescale by the sum of the weights: each weighted score is {@code score × w / Σw}, so the weights act as
   * shares, as HR and KPI tools offer it ("normalized scoring": {@code Σ(score × weight) ÷ Σ(weight)}); the policy's
   * type ranges are checked on the shares {@code Σw_type / Σw}.
   */
  RESCALE
}
