package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One concrete calendar period: an ISO week, a month, a quarter or a year, identified by its kind and first
 * day. Labels: {@code 2026-W14}, {@code 2026-04}, {@code 2026-Q2}, {@code 2026} ({@link #label()}, {@link
 * #parse}); JSON is the label.
 *
 * <p>Alignment into a longer period ({@link #isAssignedTo}): a month, quarter or year belongs to the longer
 * period that contains it; an ISO week belongs to the period holding its deciding day under a {@link
 * WeekRule} (Thursday by default), so a week straddling a quarter boundary is counted in exactly one
 * quarter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the period's length
 * @param start its first day (a Monday for a week; the first of a month, quarter or year otherwise)
 */
public record CalendarPeriod(PeriodKind kind, LocalDate start) implements Comparable<CalendarPeriod> {
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /** Validates that {@code start} is the first day of a period of {@code kind}. */
  public CalendarPeriod {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    boolean aligned;
    switch (kind) {
      case WEEK:
        aligned = start.getDayOfWeek() == DayOfWeek.MONDAY;
        break;
      case MONTH:
        aligned = start.getDayOfMonth() == 1;
        break;
      case QUARTER:
        aligned = start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
        break;
      default:
        aligned = start.getDayOfYear() == 1;
        break;
    }
    if (!aligned) {
      throw Checks.fail("period.start", "must be the first day of a " + kind.name().toLowerCase(java.util.Locale.ROOT), start);
    }
  }

  /** The ISO week {@code week} of ISO week-based year {@code weekBasedYear} (e.g. 2026, 14). */
  public static CalendarPeriod isoWeek(int weekBasedYear, int week) {
    LocalDate jan4 = LocalDate.of(weekBasedYear, 1, 4);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
    if (week < 1 || week > weeks) {
      throw Checks.fail("period.week", "must be within [1, " + weeks + "] for " + weekBasedYear, week);
    }
    LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    return new CalendarPeriod(PeriodKind.WEEK, monday);
  }

  /** The ISO week that contains {@code date}. */
  public static CalendarPeriod weekOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new CalendarPeriod(PeriodKind.WEEK, date.with(DayOfWeek.MONDAY));
  }

  /** The month {@code month} (1-12) of {@code year}. */
  public static CalendarPeriod month(int year, int month) {
    if (month < 1 || month > 12) {
      throw Checks.fail("period.month", "must be within [1, 12]", month);
    }
    return new CalendarPeriod(PeriodKind.MONTH, LocalDate.of(year, month, 1));
  }

  /** The month {@code yearMonth}. */
  public static CalendarPeriod month(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return new CalendarPeriod(PeriodKind.MONTH, yearMonth.atDay(1));
  }

  /** The quarter {@code quarter} (1-4) of {@code year}. */
  public static CalendarPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw Checks.fail("period.quarter", "must be within [1, 4]", quarter);
    }
    return new CalendarPeriod(PeriodKind.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
  }

  /** The calendar year {@code year}. */
  public static CalendarPeriod year(int year) {
    return new CalendarPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * Parses a label: {@code 2026-W14} (ISO week), {@code 2026-04} (month), {@code 2026-Q2} (quarter) or
   * {@code 2026} (year).
   */
  public static CalendarPeriod parse(String label) {
    Objects.requireNonNull(label, "label");
    String s = label.strip();
    Matcher m;
    if ((m = WEEK.matcher(s)).matches()) {
      return isoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = MONTH.matcher(s)).matches()) {
      return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = YEAR.matcher(s)).matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    String shown = s.length() > 20 ? s.substring(0, 20) + "..." : s;
    throw Checks.fail("period", "must be a label such as 2026-W14, 2026-04, 2026-Q2 or 2026", "\"" + shown + "\"");
  }

  /** The last day of this period (inclusive). */
  public LocalDate end() {
    switch (kind) {
      case WEEK:
        return start.plusDays(6);
      case MONTH:
        return start.plusMonths(1).minusDays(1);
      case QUARTER:
        return start.plusMonths(3).minusDays(1);
      default:
        return start.plusYears(1).minusDays(1);
    }
  }

  /** Whether {@code date} lies within this period. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end());
  }

  /**
   * Whether this period is counted in {@code longer}: a week when {@code longer} contains its deciding day
   * under {@code rule}; any other period when {@code longer} contains it entirely. A period is assigned to
   * itself.
   */
  public boolean isAssignedTo(CalendarPeriod longer, WeekRule rule) {
    Objects.requireNonNull(longer, "longer");
    Objects.requireNonNull(rule, "rule");
    if (kind == PeriodKind.WEEK && longer.kind != PeriodKind.WEEK) {
      return longer.contains(rule.decidingDay(start));
    }
    return longer.contains(start) && longer.contains(end());
  }

  /**
   * The periods of {@code shorter} kind assigned to this period under {@code rule}, in order; for a quarter
   * and {@code WEEK} these are 13 or 14 ISO weeks.
   *
   * @throws dev.salesops.core.validation.ValidationException when {@code shorter} is longer than this kind
   */
  public List<CalendarPeriod> periodsOf(PeriodKind shorter, WeekRule rule) {
    Objects.requireNonNull(shorter, "shorter");
    Objects.requireNonNull(rule, "rule");
    if (shorter.isLongerThan(kind)) {
      throw Checks.fail("kind", "must not be longer than " + kind, shorter);
    }
    List<CalendarPeriod> out = new ArrayList<>();
    if (shorter == kind) {
      out.add(this);
      return List.copyOf(out);
    }
    LocalDate end = end();
    if (shorter == PeriodKind.WEEK) {
      // candidate weeks: from the week holding (start - 6) to the week holding end
      for (LocalDate monday = start.minusDays(6).with(DayOfWeek.MONDAY); !monday.isAfter(end); monday = monday.plusWeeks(1)) {
        CalendarPeriod week = new CalendarPeriod(PeriodKind.WEEK, monday);
        if (week.isAssignedTo(this, rule)) {
          out.add(week);
        }
      }
      return List.copyOf(out);
    }
    int months = shorter == PeriodKind.MONTH ? 1 : shorter == PeriodKind.QUARTER ? 3 : 12;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusMonths(months)) {
      out.add(new CalendarPeriod(shorter, d));
    }
    return List.copyOf(out);
  }

  /** The label: {@code 2026-W14}, {@code 2026-04}, {@code 2026-Q2} or {@code 2026}; also the JSON form. */
  public String label() {
    switch (kind) {
      case WEEK:
        return String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format("%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER:
        return String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      default:
        return String.format("%04d", start.getYear());
    }
  }

  /** By start date, then shorter kinds first. */
  @Override
  public int compareTo(CalendarPeriod other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : kind.compareTo(other.kind);
  }

  /** The label followed by the dates, e.g. {@code 2026-W14 (2026-03-30..2026-04-05)}. */
  @Override
  public String toString() {
    return label() + " (" + start + ".." + end() + ")";
  }
}
