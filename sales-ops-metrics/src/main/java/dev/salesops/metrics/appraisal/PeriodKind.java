package dev.salesops.metrics.appraisal;

/**
 * The length of a calendar period: ISO week, calendar month, calendar quarter, calendar year. Declared in
 * order of length, so {@code a.compareTo(b) > 0} means {@code a} is longer.
 */
public enum PeriodKind {
  /** An ISO-8601 week, Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter (January, April, July, October). */
  QUARTER,
  /** A calendar year. */
  YEAR;

  /** Whether this kind is strictly longer than {@code other}. */
  public boolean isLongerThan(PeriodKind other) {
    return compareTo(other) > 0;
  }
}
