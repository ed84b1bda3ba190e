package dev.salesops.scoring.predictive;

/** How a closed deal ended. */
public enum Outcome {
  /** Closed won. */
  WON,
  /** Closed lost. */
  LOST
}
