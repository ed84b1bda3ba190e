package dev.salesops.metrics.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Null handling, equality and small value rules of the public appraisal types. */
class PublicApiTest {

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(CalendarPeriod.class, CalendarPeriod.quarter(2026, 2))
        .setDefault(UserId.class, UserId.of("u"))
        .setDefault(String.class, "x")
        .setDefault(LocalDate.class, LocalDate.of(2026, 4, 1))
        .setDefault(RatingBands.class, RatingBands.defaults())
        .setDefault(AppraisalInput.class, AppraisalInput.builder().build())
        .setDefault(AppraisalPolicy.class, AppraisalPolicy.seedDefault())
        .setDefault(java.io.InputStream.class, new java.io.ByteArrayInputStream(new byte[0]));
  }

  @Test
  void nullArgumentsAreNamed() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(CalendarPeriod.class);
    t.testAllPublicInstanceMethods(CalendarPeriod.quarter(2026, 2));
    t.testAllPublicStaticMethods(Gate.class);
    t.testAllPublicStaticMethods(RatingBands.class);
    t.testAllPublicInstanceMethods(RatingBands.defaults());
    t.testAllPublicInstanceMethods(LinearCurve.of(BigDecimal.ZERO, BigDecimal.ONE));
    t.testAllPublicInstanceMethods(ThresholdCurve.of(new BigDecimal("0.8"), new BigDecimal("0.4"), new BigDecimal("1.2"), new BigDecimal("1.5")));
    t.testAllPublicInstanceMethods(Direction.HIGHER_IS_BETTER);
    t.testAllPublicStaticMethods(AppraisalSchemes.class);
    t.testAllPublicInstanceMethods(AppraisalSchemes.seedExample());
    t.testAllPublicConstructors(Measurement.class);
    t.testAllPublicConstructors(RatingBand.class);
    t.testAllPublicInstanceMethods(TeamRollup.mean(RatingBands.defaults()));
  }

  @Test
  void valuesAreComparedByValue() {
    new EqualsTester()
        .addEqualityGroup(CalendarPeriod.quarter(2026, 2), CalendarPeriod.parse("2026-Q2"), new CalendarPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 4, 1)))
        .addEqualityGroup(CalendarPeriod.month(2026, 4), CalendarPeriod.parse("2026-04"))
        .addEqualityGroup(CalendarPeriod.isoWeek(2026, 14), CalendarPeriod.parse("2026-W14"), CalendarPeriod.weekOf(LocalDate.of(2026, 4, 5)))
        .addEqualityGroup(CalendarPeriod.year(2026), CalendarPeriod.parse("2026"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AppraisalSchemes.seedExample(), AppraisalSchemes.seedExample())
        .addEqualityGroup(AppraisalScheme.builder().from(AppraisalSchemes.seedExample()).name("other").build())
        .testEquals();
  }

  @Test
  void periodLabelsRoundTripAndBadOnesAreRefused() {
    for (String label : List.of("2026-W01", "2026-W53", "2020-W53", "2026-01", "2026-12", "2026-Q1", "2026-Q4", "2026")) {
      assertThat(CalendarPeriod.parse(label).label()).isEqualTo(label);
    }
    assertThatThrownBy(() -> CalendarPeriod.parse("2025-W53")).hasMessage("period.week must be within [1, 52] for 2025: 53");
    assertThatThrownBy(() -> CalendarPeriod.parse("2026-13")).hasMessage("period.month must be within [1, 12]: 13");
    assertThatThrownBy(() -> CalendarPeriod.parse("Q2 2026")).hasMessage("period must be a label such as 2026-W14, 2026-04, 2026-Q2 or 2026: \"Q2 2026\"");
    assertThatThrownBy(() -> new CalendarPeriod(PeriodKind.WEEK, LocalDate.of(2026, 4, 1))).hasMessage("period.start must be the first day of a week: 2026-04-01");
    assertThat(CalendarPeriod.quarter(2026, 1).end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(CalendarPeriod.isoWeek(2026, 14).toString()).isEqualTo("2026-W14 (2026-03-30..2026-04-05)");
  }

  @Test
  void measurementsRefuseNegativeActualsAndNonPositiveTargets() {
    assertThatThrownBy(() -> Measurement.of(CalendarPeriod.quarter(2026, 2), new BigDecimal("-1"), BigDecimal.ZERO))
        .hasMessageContaining("actual must not be negative: -1").hasMessageContaining("target must be positive: 0");
  }

  @Test
  void indicatorRulesAreCheckedOnBuild() {
    assertThatThrownBy(() -> Indicator.builder().name(" ").type(IndicatorType.RESULT).weight(new BigDecimal("1.5")).period(PeriodKind.MONTH)
        .source(IndicatorSource.kpi("revenue")).curve(LinearCurve.of(BigDecimal.ZERO, BigDecimal.ONE)).build())
        .hasMessageContaining("name must be 1 to 64 characters without control characters: \" \"")
        .hasMessageContaining("weight must be within (0, 1]: 1.5");
    assertThatThrownBy(() -> Gate.zeroTotal("g", "revenue", new BigDecimal("-0.1"))).hasMessage("minAchievement must be within [0, 10]: -0.1");
  }


}
