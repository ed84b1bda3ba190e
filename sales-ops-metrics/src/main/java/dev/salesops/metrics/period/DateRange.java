package dev.salesops.metrics.period;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates from {@code start} (inclusive) to {@code end} (exclusive); {@link #all()} is every date.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the first date (inclusive)
 * @param end the date after the last one (exclusive)
 */
public record DateRange(LocalDate start, LocalDate end) {
  private static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);

  /** Validates {@code start <= end}. */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw Checks.fail("end", "must not be before start " + start, end);
    }
  }

  /** The range {@code [start, end)}. */
  public static DateRange of(LocalDate start, LocalDate endExclusive) {
    return new DateRange(start, endExclusive);
  }

  /** The range {@code [first, last]} (both inclusive). */
  public static DateRange ofClosed(LocalDate first, LocalDate last) {
    return new DateRange(first, Objects.requireNonNull(last, "last").plusDays(1));
  }

  /** Every date (unbounded). */
  public static DateRange all() {
    return ALL;
  }

  /** Whether this is the unbounded range. */
  public boolean isAll() {
    return equals(ALL);
  }

  /** Whether {@code date} lies in the range. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }

  /** Whether the date with {@code epochDay} lies in the range (fast path for accumulators). */
  public boolean containsEpochDay(long epochDay) {
    return epochDay >= start.toEpochDay() && epochDay < end.toEpochDay();
  }

  /** The number of days in the range. */
  public long lengthInDays() {
    return end.toEpochDay() - start.toEpochDay();
  }

  @Override
  public String toString() {
    return isAll() ? "[all]" : "[" + start + ", " + end + ")";
  }
}
