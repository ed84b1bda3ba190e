package dev.salesops.core.process;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verdict on a promised delivery date (see {@link PromiseDates}): feasible when the promised date is on or
 * after the earliest feasible date; otherwise the refusal names the earliest feasible date and the remaining
 * lead times.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param promised the date sales wants to promise
 * @param earliestFeasible the earliest date the remaining lead times allow
 * @param remainingLeadTime the sum of the remaining lead times
 * @param breakdown the remaining lead time per state on the path, current state first
 */
public record PromiseCheck(LocalDate promised, LocalDate earliestFeasible, Duration remainingLeadTime,
    Map<String, Duration> breakdown) {

  /** Copies the breakdown. */
  public PromiseCheck {
    Objects.requireNonNull(promised, "promised");
    Objects.requireNonNull(earliestFeasible, "earliestFeasible");
    Objects.requireNonNull(remainingLeadTime, "remainingLeadTime");
    breakdown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
  }

  /** Whether the promise can be kept. */
  public boolean isFeasible() {
    return !promised.isBefore(earliestFeasible);
  }

  /**
   * Why the promise is refused, e.g. {@code "promised date 2026-01-10 is earlier than the earliest feasible date
   * 2026-01-21 (remaining lead times: ORDER_REVIEW PT24H, PRODUCTION_OR_PROCUREMENT PT240H, ...)"}; empty when
   * feasible.
   */
  public Optional<String> refusal() {
    if (isFeasible()) {
      return Optional.empty();
    }
    return Optional.of("promised date " + promised + " is earlier than the earliest feasible date " + earliestFeasible
        + " (remaining lead times: " + breakdown.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")) + ")");
  }
}
