package dev.salesops.metrics.incentive;

/**
 * Where a payout is rounded to the currency's minor unit (with the plan's {@link java.math.RoundingMode}).
 */
public enum Rounding {
  /** Every calculation line is rounded, and the payout is the sum of rounded lines (what a rep re-adds). */
  PER_LINE,
  /** Lines stay exact; only the final total is rounded (a {@code ROUNDING} line shows the adjustment). */
  ON_TOTAL
}
