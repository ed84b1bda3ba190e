package dev.salesops.scoring.predictive;

/**
 * The net won and lost counts of one (segment, field, value) or (segment, stage) entry, before smoothing: each
 * closed deal adds 1, each reopened or restored deal removes 1. The smoothed count the model uses is {@code
 * max(0, net) + smoothing}, so a count never reads below the smoothing however often it is decremented.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param won net won count
 * @param lost net lost count
 */
public record Count(long won, long lost) {

  /** {@code max(0, won) + smoothing}. */
  public double smoothedWon(double smoothing) {
    return Math.max(0, won) + smoothing;
  }

  /** {@code max(0, lost) + smoothing}. */
  public double smoothedLost(double smoothing) {
    return Math.max(0, lost) + smoothing;
  }
}
