package dev.salesops.metrics.incentive;

/** How a commission plan applies its rate table. */
public enum CommissionMethod {
  /** One rate on the whole credited amount (the plan has exactly one tier). */
  FLAT,
  /** Tiered, marginal: each slice of the amount between tier boundaries is paid at its own tier's rate. */
  TIERED_MARGINAL,
  /** Tiered, retroactive: the whole amount is paid at the rate of the highest tier reached. */
  TIERED_RETROACTIVE
}
