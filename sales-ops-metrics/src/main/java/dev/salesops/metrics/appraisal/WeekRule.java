package dev.salesops.metrics.appraisal;

import java.time.LocalDate;

/**
 * Which month, quarter or year an ISO week belongs to when it straddles a boundary (e.g. ISO week 2026-W14
 * runs from Monday 30 March to Sunday 5 April 2026).
 *
 * <p>The default, {@link #THURSDAY}, is ISO 8601's own rule for years: a week belongs to the period that
 * holds its Thursday, i.e. the period that holds the majority (at least four) of its days. Every week is
 * assigned to exactly one period under every rule.
 */
public enum WeekRule {
  /** The week belongs to the period that holds its Thursday (the majority of its days). The default. */
  THURSDAY(3),
  /** The week belongs to the period in which it starts (its Monday). */
  WEEK_START(0),
  /** The week belongs to the period in which it ends (its Sunday). */
  WEEK_END(6);

  private final int offset;

  WeekRule(int offset) {
    this.offset = offset;
  }

  /** The day of the week starting on {@code monday} that decides where the week belongs. */
  public LocalDate decidingDay(LocalDate monday) {
    return monday.plusDays(offset);
  }
}
