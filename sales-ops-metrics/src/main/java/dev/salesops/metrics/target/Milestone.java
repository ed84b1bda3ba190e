package dev.salesops.metrics.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A cumulative checkpoint inside a target's period: by {@code date}, {@code expectedToDate} should have been
 * reached (in the target's unit: money amount or count).
 *
 * @param date the checkpoint date
 * @param expectedToDate the cumulative value expected by then
 */
public record Milestone(LocalDate date, BigDecimal expectedToDate) {
  /** Validates the parts. */
  public Milestone {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(expectedToDate, "expectedToDate");
  }
}
