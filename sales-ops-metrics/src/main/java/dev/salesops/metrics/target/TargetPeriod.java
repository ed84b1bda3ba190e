package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole months a target covers, {@code from} to {@code to} inclusive (a quarter, a year, ...).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the first month
 * @param to the last month, not before {@code from}
 */
public record TargetPeriod(YearMonth from, YearMonth to) {
  /** Validates the parts. */
  public TargetPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.getYear() < 1 || from.getYear() > 9999) {
      throw Checks.fail("period.from", "must be within the years 0001 to 9999", from);
    }
    if (to.getYear() < 1 || to.getYear() > 9999) {
      throw Checks.fail("period.to", "must be within the years 0001 to 9999", to);
    }
    if (to.isBefore(from)) {
      throw Checks.fail("period.to", "must not be before period.from " + from, to);
    }
  }

  /** The period {@code from}–{@code to}. */
  public static TargetPeriod of(YearMonth from, YearMonth to) {
    return new TargetPeriod(from, to);
  }

  /** The calendar year {@code year}. */
  public static TargetPeriod year(int year) {
    return new TargetPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  /** The calendar quarter {@code quarter} (1–4) of {@code year}. */
  public static TargetPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw Checks.fail("quarter", "must be within [1, 4]", quarter);
    }
    YearMonth f = YearMonth.of(year, quarter * 3 - 2);
    return new TargetPeriod(f, f.plusMonths(2));
  }

  /** The months, in order. */
  public List<YearMonth> months() {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** The first day. */
  public LocalDate startDate() {
    return from.atDay(1);
  }

  /** The last day. */
  public LocalDate endDate() {
    return to.atEndOfMonth();
  }

  /** Whether {@code date} lies within the period. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /** The same months one year earlier. */
  public TargetPeriod minusYears(int years) {
    return new TargetPeriod(from.minusYears(years), to.minusYears(years));
  }
}
