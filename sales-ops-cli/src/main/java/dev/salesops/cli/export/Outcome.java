package dev.salesops.cli.export;

/** Where a deal of an export stands. */
public enum Outcome {
  /** Still open. */
  OPEN,
  /** Closed won. */
  WON,
  /** Closed lost. */
  LOST
}
