/**
 * Reporting periods, small and general: {@link dev.salesops.metrics.period.DateRange} (a half-open range of
 * dates), {@link dev.salesops.metrics.period.ReportingPeriod} (a labelled range such as {@code 2024-03},
 * {@code 2024-Q1}, {@code FY2025}, {@code 2024-W05}) and {@link dev.salesops.metrics.period.PeriodScheme}
 * (calendar month / quarter / year, fiscal quarter / year starting in any month, ISO week), which maps a date,
 * or an instant in an explicit {@link java.time.ZoneId}, to its period.
 */
package dev.salesops.metrics.period;
