package dev.salesops.metrics.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented labels, ranges, names and parsing of {@link PeriodScheme}, and {@link DateRange}'s half-open rule. */
class PeriodMutationTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void everyQuarterOfTheCalendarYear() {
    String[] labels = {"2024-Q1", "2024-Q1", "2024-Q1", "2024-Q2", "2024-Q2", "2024-Q2", "2024-Q3", "2024-Q3", "2024-Q3", "2024-Q4",
        "2024-Q4", "2024-Q4"};
    for (int m = 1; m <= 12; m++) {
      ReportingPeriod p = PeriodScheme.calendarQuarter().periodOf(LocalDate.of(2024, m, 15));
      assertThat(p.label()).as("month %d", m).isEqualTo(labels[m - 1]);
      assertThat(p.start()).isEqualTo(LocalDate.of(2024, (m - 1) / 3 * 3 + 1, 1));
      assertThat(p.end()).isEqualTo(p.start().plusMonths(3));
    }
    assertThat(PeriodScheme.calendarYear().periodOf(d("0999-06-01")).range()).isEqualTo(DateRange.of(d("0999-01-01"), d("1000-01-01")));
    assertThat(PeriodScheme.calendarMonth().periodOf(d("0999-12-31")).label()).isEqualTo("0999-12");
    assertThat(PeriodScheme.calendarMonth().periodOf(d("2024-12-31")).range()).isEqualTo(DateRange.of(d("2024-12-01"), d("2025-01-01")));
  }

  @Test
  void fiscalQuartersFromEveryStartMonth() {
    for (Month start : Month.values()) {
      PeriodScheme fq = PeriodScheme.fiscalQuarter(start);
      PeriodScheme fy = PeriodScheme.fiscalYear(start);
      LocalDate fyStart = LocalDate.of(2024, start, 1);
      // named by the year the fiscal year ends in (January: the calendar year)
      int name = start == Month.JANUARY ? 2024 : 2025;
      for (int q = 0; q < 4; q++) {
        LocalDate qStart = fyStart.plusMonths(3L * q);
        for (LocalDate day : List.of(qStart, qStart.plusMonths(3).minusDays(1))) {
          ReportingPeriod p = fq.periodOf(day);
          assertThat(p.label()).as("%s %s", start, day).isEqualTo("FY" + name + "-Q" + (q + 1));
          assertThat(p.range()).isEqualTo(DateRange.of(qStart, qStart.plusMonths(3)));
          assertThat(fy.periodOf(day)).isEqualTo(new ReportingPeriod("FY" + name, DateRange.of(fyStart, fyStart.plusYears(1))));
        }
      }
      assertThat(PeriodScheme.fiscalYear(start, true).periodOf(fyStart.plusMonths(11)).label()).isEqualTo("FY2024");
    }
  }

  @Test
  void namesEqualityAndParsing() {
    assertThat(PeriodScheme.calendarMonth().name()).isEqualTo("month");
    assertThat(PeriodScheme.calendarQuarter().name()).isEqualTo("quarter");
    assertThat(PeriodScheme.calendarYear().name()).isEqualTo("year");
    assertThat(PeriodScheme.isoWeek().name()).isEqualTo("iso-week");
    assertThat(PeriodScheme.fiscalYear(Month.APRIL).name()).isEqualTo("fiscal-year(APRIL)");
    assertThat(PeriodScheme.fiscalYear(Month.APRIL, true).name()).isEqualTo("fiscal-year(APRIL, start-year)");
    assertThat(PeriodScheme.fiscalQuarter(Month.JULY).name()).isEqualTo("fiscal-quarter(JULY)");
    assertThat(PeriodScheme.fiscalQuarter(Month.JULY).toString()).isEqualTo("fiscal-quarter(JULY)");

    assertThat(PeriodScheme.fiscalYear(Month.APRIL)).isEqualTo(PeriodScheme.fiscalYear(Month.APRIL))
        .hasSameHashCodeAs(PeriodScheme.fiscalYear(Month.APRIL))
        .isNotEqualTo(PeriodScheme.fiscalYear(Month.MAY))
        .isNotEqualTo(PeriodScheme.fiscalQuarter(Month.APRIL))
        .isNotEqualTo(PeriodScheme.fiscalYear(Month.APRIL, true))
        .isNotEqualTo(PeriodScheme.calendarYear());

    assertThat(PeriodScheme.parse(" Quarter ")).isSameAs(PeriodScheme.calendarQuarter());
    assertThat(PeriodScheme.parse("year")).isSameAs(PeriodScheme.calendarYear());
    assertThat(PeriodScheme.parse("iso-week")).isSameAs(PeriodScheme.isoWeek());
    assertThat(PeriodScheme.parse("week")).isSameAs(PeriodScheme.isoWeek());
    assertThat(PeriodScheme.parse("fiscal-year:10")).isEqualTo(PeriodScheme.fiscalYear(Month.OCTOBER));
    assertThat(PeriodScheme.parse("FISCAL-QUARTER:July")).isEqualTo(PeriodScheme.fiscalQuarter(Month.JULY));
    assertThatThrownBy(() -> PeriodScheme.parse("fiscal-year:13")).isInstanceOf(ValidationException.class)
        .hasMessage("period month must be 1..12 or a month name: \"13\"");
    assertThatThrownBy(() -> PeriodScheme.parse("fiscal-year:smarch")).hasMessage("period month must be 1..12 or a month name: \"smarch\"");
    assertThatThrownBy(() -> PeriodScheme.parse("fiscal-week:4")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("period must be month, quarter, year, iso-week, fiscal-year:<month> or fiscal-quarter:<month>");
    assertThatThrownBy(() -> PeriodScheme.parse(":4")).isInstanceOf(ValidationException.class).hasMessageContaining("\":4\"");
  }

  @Test
  void dateRangesAreHalfOpen() {
    DateRange jan = DateRange.of(d("2024-01-01"), d("2024-02-01"));
    assertThat(jan.contains(d("2024-01-01"))).isTrue();
    assertThat(jan.contains(d("2023-12-31"))).isFalse();
    assertThat(jan.contains(d("2024-01-31"))).isTrue();
    assertThat(jan.containsEpochDay(d("2024-01-01").toEpochDay())).isTrue();
    assertThat(jan.containsEpochDay(d("2023-12-31").toEpochDay())).isFalse();
    assertThat(jan.containsEpochDay(d("2024-01-31").toEpochDay())).isTrue();
    assertThat(jan.containsEpochDay(d("2024-02-01").toEpochDay())).isFalse();
    assertThat(jan.lengthInDays()).isEqualTo(31);
    assertThat(jan.toString()).isEqualTo("[2024-01-01, 2024-02-01)");
    assertThat(jan.isAll()).isFalse();
    assertThat(DateRange.all().isAll()).isTrue();
    assertThat(DateRange.all().toString()).isEqualTo("[all]");
    DateRange empty = DateRange.of(d("2024-01-01"), d("2024-01-01"));
    assertThat(empty.lengthInDays()).isZero();
    assertThat(empty.contains(d("2024-01-01"))).isFalse();
    assertThat(DateRange.ofClosed(d("2024-01-01"), d("2024-01-01"))).isEqualTo(DateRange.of(d("2024-01-01"), d("2024-01-02")));
    assertThatThrownBy(() -> DateRange.of(d("2024-01-02"), d("2024-01-01")))
        .hasMessage("end must not be before start 2024-01-02: 2024-01-01");
  }

  @Test
  void periodsOrderByStartThenLabel() {
    ReportingPeriod q1 = PeriodScheme.calendarQuarter().periodOf(d("2024-02-01"));
    ReportingPeriod jan = PeriodScheme.calendarMonth().periodOf(d("2024-01-15"));
    ReportingPeriod feb = PeriodScheme.calendarMonth().periodOf(d("2024-02-15"));
    List<ReportingPeriod> list = new ArrayList<>(List.of(feb, q1, jan));
    Collections.sort(list);
    assertThat(list).containsExactly(jan, q1, feb); // "2024-01" < "2024-Q1" on the same start
    assertThat(jan.compareTo(jan)).isZero();
    assertThat(feb.compareTo(jan)).isPositive();
    assertThat(jan.toString()).isEqualTo("2024-01");
    assertThat(jan.previous(PeriodScheme.calendarMonth()).label()).isEqualTo("2023-12");
    assertThat(PeriodScheme.isoWeek().periodOf(d("2024-01-01")).previous(PeriodScheme.isoWeek()).label()).isEqualTo("2023-W52");
  }
}
