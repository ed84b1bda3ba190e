package dev.salesops.core.model;

/**
 * Where a deal stands: still {@link #OPEN}, {@link #WON} or {@link #LOST}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** Not closed yet. */
  OPEN,
  /** Closed won. */
  WON,
  /** Closed lost. */
  LOST;

  /** Whether the deal is closed (won or lost). */
  public boolean isClosed() {
    return this != OPEN;
  }
}
