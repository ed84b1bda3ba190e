package dev.salesops.metrics.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A labelled period: {@code 2024-03} (month), {@code 2024-Q1} (calendar quarter), {@code 2024} (year),
 * {@code FY2025} / {@code FY2025-Q1} (fiscal), {@code 2024-W05} (ISO week). Ordered by start date; JSON form is
 * the label.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param label the display label
 * @param range the dates of the period
 */
public record ReportingPeriod(String label, DateRange range) implements Comparable<ReportingPeriod> {

  /** Validates the parts. */
  public ReportingPeriod {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(range, "range");
  }

  /** The first date. */
  public LocalDate start() {
    return range.start();
  }

  /** The date after the last one. */
  public LocalDate end() {
    return range.end();
  }

  /** The period before this one in {@code scheme}. */
  public ReportingPeriod previous(PeriodScheme scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return scheme.periodOf(range.start().minusDays(1));
  }

  @Override
  public int compareTo(ReportingPeriod o) {
    int c = range.start().compareTo(o.range.start());
    return c != 0 ? c : label.compareTo(o.label);
  }

  @Override
  public String toString() {
    return label;
  }
}
