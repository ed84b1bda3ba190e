package dev.salesops.metrics.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheme names ({@link PeriodScheme#parse}) that are not one, and fiscal schemes as values. */
class PeriodSchemeNamesTest {

  @Test
  void aNameWithoutAKindBeforeItsColonIsNoScheme() {
    for (String name : List.of(":april", ":xyz", "fiscal-month:april")) {
      assertThatThrownBy(() -> PeriodScheme.parse(name)).as(name)
          .hasMessage("period must be month, quarter, year, iso-week, fiscal-year:<month> or fiscal-quarter:<month>: \"" + name + "\"");
    }
    assertThat(PeriodScheme.parse("Fiscal-Year:April")).isEqualTo(PeriodScheme.fiscalYear(Month.APRIL));
  }

  @Test
  void fiscalSchemesAreValues() {
    assertThat(PeriodScheme.fiscalYear(Month.APRIL)).isEqualTo(PeriodScheme.fiscalYear(Month.APRIL))
        .hasSameHashCodeAs(PeriodScheme.fiscalYear(Month.APRIL)).isNotEqualTo(PeriodScheme.fiscalQuarter(Month.APRIL));
    assertThat(List.of(PeriodScheme.fiscalYear(Month.APRIL), PeriodScheme.fiscalYear(Month.JULY), PeriodScheme.fiscalQuarter(Month.APRIL),
        PeriodScheme.fiscalYear(Month.APRIL, true)).stream().map(Object::hashCode).distinct()).hasSizeGreaterThan(1);
  }
}
