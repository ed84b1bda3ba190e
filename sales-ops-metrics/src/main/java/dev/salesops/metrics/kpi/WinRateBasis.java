package dev.salesops.metrics.kpi;

/**
 * Which deals form the denominator of the win rate.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WinRateBasis {
  /**
   * The default: deals <em>closed</em> in the window (by closed date): win rate = won / (won + lost), by
   * count; by value = amount won / amount closed.
   */
  CLOSED,
  /**
   * The cohort of deals <em>created</em> in the window (by created date), whatever their outcome: win rate
   * = won among them / all of them (open deals count in the denominator).
   */
  CREATED
}
