package dev.salesops.core.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * A record past its state's maximum dwell time at an instant (a missed milestone, 里程碑管理).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the state it is stuck in
 * @param enteredAt when it entered the state
 * @param dwell how long it has been there at the instant asked about
 * @param maxDwell the state's maximum dwell time ({@code dwell > maxDwell})
 */
public record Stall(String state, Instant enteredAt, Duration dwell, Duration maxDwell) {

  /** How far past the maximum dwell time. */
  public Duration overdueBy() {
    return dwell.minus(maxDwell);
  }
}
