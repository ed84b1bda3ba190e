package dev.salesops.metrics.forecast;

/**
 * How far apart the periods of a {@link TimeSeries} are: a month or a quarter. A period is named by the
 * {@link java.time.YearMonth} of its first month (a quarter by January, April, July or October).
 */
public enum Frequency {
  /** One period per month; 12 periods per year (the seasonal period of Holt-Winters). */
  MONTHLY(1, 12),
  /** One period per calendar quarter; 4 periods per year. */
  QUARTERLY(3, 4);

  private final int months;
  private final int periodsPerYear;

  Frequency(int months, int periodsPerYear) {
    this.months = months;
    this.periodsPerYear = periodsPerYear;
  }

  /** Months in one period (1 or 3). */
  public int months() {
    return months;
  }

  /** Periods in one year (12 or 4): the default seasonal cycle. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** The period containing {@code month}: the month itself, or the first month of its quarter. */
  public java.time.YearMonth periodOf(java.time.YearMonth month) {
    int m0 = (month.getMonthValue() - 1) / months * months + 1;
    return java.time.YearMonth.of(month.getYear(), m0);
  }
}
