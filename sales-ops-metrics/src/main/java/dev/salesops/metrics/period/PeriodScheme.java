package dev.salesops.metrics.period;

import dev.salesops.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * How dates are grouped into {@link ReportingPeriod}s.
 *
 * <ul>
 *   <li>{@link #calendarMonth()}, {@link #calendarQuarter()}, {@link #calendarYear()}: labels {@code 2024-03},
 *       {@code 2024-Q1}, {@code 2024};
 *   <li>{@link #fiscalYear(Month)} / {@link #fiscalQuarter(Month)}: a fiscal year starting on the first day of
 *       any month. <b>Naming</b>: a fiscal year is named by the calendar year in which it <em>ends</em> (US
 *       federal, Microsoft, Apple style): with an April start, {@code FY2025} is 2024-04-01 to 2025-03-31. A
 *       January start gives {@code FY2024} = calendar 2024. Use {@link #fiscalYear(Month, boolean)} to name
 *       by the start year instead;
 *   <li>{@link #isoWeek()}: ISO-8601 weeks (Monday first; week 1 holds the year's first Thursday), label
 *       {@code 2024-W05} with the week-based year (2024-12-30 is in {@code 2025-W01}).
 * </ul>
 *
 * <p>Instants are mapped to dates in an explicit {@link ZoneId} ({@link #periodOf(Instant, ZoneId)}); there
 * is no default time zone.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PeriodScheme {

  /** The period containing {@code date}. */
  ReportingPeriod periodOf(LocalDate date);

  /** A short name of the scheme ({@code "month"}, {@code "fiscal-year(APRIL)"}, ...). */
  String name();

  /** The period containing {@code instant} as seen in {@code zone}. */
  default ReportingPeriod periodOf(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    return periodOf(LocalDate.ofInstant(instant, zone));
  }

  /** Calendar months, label {@code yyyy-MM}. */
  static PeriodScheme calendarMonth() {
    return Schemes.MONTH;
  }

  /** Calendar quarters, label {@code yyyy-Qn}. */
  static PeriodScheme calendarQuarter() {
    return Schemes.QUARTER;
  }

  /** Calendar years, label {@code yyyy}. */
  static PeriodScheme calendarYear() {
    return Schemes.YEAR;
  }

  /** ISO-8601 weeks, label {@code YYYY-Www} (week-based year). */
  static PeriodScheme isoWeek() {
    return Schemes.ISO_WEEK;
  }

  /** Fiscal years starting on the first of {@code startMonth}, named by the year they end in. */
  static PeriodScheme fiscalYear(Month startMonth) {
    return fiscalYear(startMonth, false);
  }

  /** Fiscal years starting on the first of {@code startMonth}, named by the year they start in when {@code nameByStartYear}. */
  static PeriodScheme fiscalYear(Month startMonth, boolean nameByStartYear) {
    return new Schemes.Fiscal(Objects.requireNonNull(startMonth, "startMonth"), 12, nameByStartYear);
  }

  /** Fiscal quarters of fiscal years starting on the first of {@code startMonth}, label {@code FY2025-Q1}. */
  static PeriodScheme fiscalQuarter(Month startMonth) {
    return new Schemes.Fiscal(Objects.requireNonNull(startMonth, "startMonth"), 3, false);
  }

  /** Parses a scheme name: {@code month}, {@code quarter}, {@code year}, {@code iso-week}, {@code fiscal-year:APRIL}, {@code fiscal-quarter:4}. */
  static PeriodScheme parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "month":
        return calendarMonth();
      case "quarter":
        return calendarQuarter();
      case "year":
        return calendarYear();
      case "iso-week":
      case "week":
        return isoWeek();
      default:
        break;
    }
    int colon = t.indexOf(':');
    if (colon > 0) {
      String kind = t.substring(0, colon);
      Month m = Schemes.month(t.substring(colon + 1));
      if (kind.equals("fiscal-year")) {
        return fiscalYear(m);
      }
      if (kind.equals("fiscal-quarter")) {
        return fiscalQuarter(m);
      }
    }
    throw Checks.fail("period", "must be month, quarter, year, iso-week, fiscal-year:<month> or fiscal-quarter:<month>", "\"" + text + "\"");
  }
}

/** The shipped schemes. */
final class Schemes {
  private Schemes() {}

  static final PeriodScheme MONTH = new PeriodScheme() {
    @Override
    public ReportingPeriod periodOf(LocalDate date) {
      LocalDate start = date.withDayOfMonth(1);
      return new ReportingPeriod(String.format("%04d-%02d", start.getYear(), start.getMonthValue()), DateRange.of(start, start.plusMonths(1)));
    }

    @Override
    public String name() {
      return "month";
    }
  };

  static final PeriodScheme QUARTER = new PeriodScheme() {
    @Override
    public ReportingPeriod periodOf(LocalDate date) {
      int q = (date.getMonthValue() - 1) / 3;
      LocalDate start = LocalDate.of(date.getYear(), q * 3 + 1, 1);
      return new ReportingPeriod(start.getYear() + "-Q" + (q + 1), DateRange.of(start, start.plusMonths(3)));
    }

    @Override
    public String name() {
      return "quarter";
    }
  };

  static final PeriodScheme YEAR = new PeriodScheme() {
    @Override
    public ReportingPeriod periodOf(LocalDate date) {
      LocalDate start = LocalDate.of(date.getYear(), 1, 1);
      return new ReportingPeriod(String.valueOf(start.getYear()), DateRange.of(start, start.plusYears(1)));
    }

    @Override
    public String name() {
      return "year";
    }
  };

  static final PeriodScheme ISO_WEEK = new PeriodScheme() {
    @Override
    public ReportingPeriod periodOf(LocalDate date) {
      LocalDate start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      int year = date.get(IsoFields.WEEK_BASED_YEAR);
      int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      return new ReportingPeriod(String.format("%04d-W%02d", year, week), DateRange.of(start, start.plusWeeks(1)));
    }

    @Override
    public String name() {
      return "iso-week";
    }
  };

  static Month month(String text) {
    try {
      return Month.of(Integer.parseInt(text));
    } catch (RuntimeException e) {
      try {
        return Month.valueOf(text.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e2) {
        throw Checks.fail("period month", "must be 1..12 or a month name", "\"" + text + "\"");
      }
    }
  }

  /** Fiscal years (12 months) or quarters (3 months) from a start month. */
  static final class Fiscal implements PeriodScheme {
    private final Month startMonth;
    private final int months;
    private final boolean nameByStartYear;

    Fiscal(Month startMonth, int months, boolean nameByStartYear) {
      this.startMonth = startMonth;
      this.months = months;
      this.nameByStartYear = nameByStartYear;
    }

    @Override
    public ReportingPeriod periodOf(LocalDate date) {
      int offset = Math.floorMod(date.getMonthValue() - startMonth.getValue(), 12);
      LocalDate fyStart = date.withDayOfMonth(1).minusMonths(offset);
      LocalDate fyEnd = fyStart.plusYears(1);
      int fy = nameByStartYear || startMonth == Month.JANUARY ? fyStart.getYear() : fyEnd.getYear();
      if (months == 12) {
        return new ReportingPeriod("FY" + fy, DateRange.of(fyStart, fyEnd));
      }
      int q = offset / 3;
      LocalDate qStart = fyStart.plusMonths(q * 3L);
      return new ReportingPeriod("FY" + fy + "-Q" + (q + 1), DateRange.of(qStart, qStart.plusMonths(3)));
    }

    @Override
    public String name() {
      return (months == 12 ? "fiscal-year(" : "fiscal-quarter(") + startMonth + (nameByStartYear ? ", start-year)" : ")");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fiscal && ((Fiscal) o).startMonth == startMonth && ((Fiscal) o).months == months
          && ((Fiscal) o).nameByStartYear == nameByStartYear;
    }

    @Override
    public int hashCode() {
      return Objects.hash(startMonth, months, nameByStartYear);
    }

    @Override
    public String toString() {
      return name();
    }
  }
}
