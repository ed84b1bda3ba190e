package dev.salesops.metrics.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodSchemeTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void calendarPeriods() {
    assertThat(PeriodScheme.calendarMonth().periodOf(d("2024-02-29")))
        .isEqualTo(new ReportingPeriod("2024-02", DateRange.of(d("2024-02-01"), d("2024-03-01"))));
    assertThat(PeriodScheme.calendarQuarter().periodOf(d("2024-06-30")).label()).isEqualTo("2024-Q2");
    assertThat(PeriodScheme.calendarQuarter().periodOf(d("2024-07-01")).range()).isEqualTo(DateRange.of(d("2024-07-01"), d("2024-10-01")));
    assertThat(PeriodScheme.calendarYear().periodOf(d("2024-12-31")).label()).isEqualTo("2024");
  }

  @Test
  void fiscalYearsStartingInAnyMonth() {
    PeriodScheme april = PeriodScheme.fiscalYear(Month.APRIL);
    assertThat(april.periodOf(d("2024-03-31")).label()).isEqualTo("FY2024");
    assertThat(april.periodOf(d("2024-04-01"))).isEqualTo(new ReportingPeriod("FY2025", DateRange.of(d("2024-04-01"), d("2025-04-01"))));
    assertThat(PeriodScheme.fiscalYear(Month.APRIL, true).periodOf(d("2024-04-01")).label()).isEqualTo("FY2024");
    assertThat(PeriodScheme.fiscalYear(Month.JANUARY).periodOf(d("2024-12-31")).label()).isEqualTo("FY2024");
    assertThat(PeriodScheme.fiscalYear(Month.OCTOBER).periodOf(d("2023-10-01")).label()).isEqualTo("FY2024");
    assertThat(PeriodScheme.fiscalYear(Month.OCTOBER).periodOf(d("2023-09-30")).label()).isEqualTo("FY2023");
    PeriodScheme q = PeriodScheme.fiscalQuarter(Month.APRIL);
    assertThat(q.periodOf(d("2024-04-15")).label()).isEqualTo("FY2025-Q1");
    assertThat(q.periodOf(d("2025-03-31"))).isEqualTo(new ReportingPeriod("FY2025-Q4", DateRange.of(d("2025-01-01"), d("2025-04-01"))));
    assertThat(q.periodOf(d("2025-03-31")).previous(q).label()).isEqualTo("FY2025-Q3");
  }

  @Test
  void isoWeeks() {
    assertThat(PeriodScheme.isoWeek().periodOf(d("2024-12-30")))
        .isEqualTo(new ReportingPeriod("2025-W01", DateRange.of(d("2024-12-30"), d("2025-01-06"))));
    assertThat(PeriodScheme.isoWeek().periodOf(d("2021-01-03")).label()).isEqualTo("2020-W53");
    assertThat(PeriodScheme.isoWeek().periodOf(d("2024-02-01")).label()).isEqualTo("2024-W05");
  }

  @Test
  void instantsInAnExplicitZone() {
    Instant i = Instant.parse("2024-03-31T23:30:00Z");
    assertThat(PeriodScheme.calendarMonth().periodOf(i, ZoneId.of("UTC")).label()).isEqualTo("2024-03");
    assertThat(PeriodScheme.calendarMonth().periodOf(i, ZoneId.of("Asia/Shanghai")).label()).isEqualTo("2024-04");
    assertThat(PeriodScheme.fiscalYear(Month.APRIL).periodOf(i, ZoneId.of("Asia/Tokyo")).label()).isEqualTo("FY2025");
  }

  @Test
  void parseAndRanges() {
    assertThat(PeriodScheme.parse("month")).isSameAs(PeriodScheme.calendarMonth());
    assertThat(PeriodScheme.parse("fiscal-year:april")).isEqualTo(PeriodScheme.fiscalYear(Month.APRIL));
    assertThat(PeriodScheme.parse("fiscal-quarter:4")).isEqualTo(PeriodScheme.fiscalQuarter(Month.APRIL));
    assertThatThrownBy(() -> PeriodScheme.parse("fortnight")).isInstanceOf(ValidationException.class).hasMessageContaining("fortnight");
    assertThatThrownBy(() -> DateRange.of(d("2024-02-01"), d("2024-01-01"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("end");
    assertThat(DateRange.ofClosed(d("2024-01-01"), d("2024-01-31")).lengthInDays()).isEqualTo(31);
    assertThat(DateRange.all().contains(d("1999-01-01"))).isTrue();
    assertThat(DateRange.of(d("2024-01-01"), d("2024-02-01")).contains(d("2024-02-01"))).isFalse();
  }
}
