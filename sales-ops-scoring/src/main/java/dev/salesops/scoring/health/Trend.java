package dev.salesops.scoring.health;

/** How health moved over the trend window. */
public enum Trend {
  /** Up by at least the threshold. */
  IMPROVING,
  /** Within the threshold either way, or no earlier score to compare with. */
  STABLE,
  /** Down by at least the threshold. */
  DECLINING
}
