package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A cumulative checkpoint inside a target's period: by {@code date}, {@code expectedToDate} should have been
 * reached (in the target's unit: money amount or count).
 *
 * <p>Rule: {@code expectedToDate} has at most 30 integer digits and 30 decimal places.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the checkpoint date
 * @param expectedToDate the cumulative value expected by then
 */
public record Milestone(LocalDate date, BigDecimal expectedToDate) {
  /** The most integer digits, and the most decimal places, of {@code expectedToDate}. */
  public static final int MAX_DIGITS = 30;

  /** Validates the parts. */
  public Milestone {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(expectedToDate, "expectedToDate");
    if (expectedToDate.scale() > MAX_DIGITS || expectedToDate.precision() - (long) expectedToDate.scale() > MAX_DIGITS) {
      // before any arithmetic or message expands an absurd 1e1000000
      throw Checks.fail("milestone.expectedToDate", "must have at most " + MAX_DIGITS + " integer digits and " + MAX_DIGITS + " decimal places",
          Checks.describe(expectedToDate));
    }
  }
}
