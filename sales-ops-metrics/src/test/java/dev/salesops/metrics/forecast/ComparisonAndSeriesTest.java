package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The forecast-vs-actual table on a hand-made forecast (every row computed by hand), and the value semantics and
 * range checks of {@link TimeSeries}.
 */
class ComparisonAndSeriesTest {
  private static final YearMonth JAN = YearMonth.of(2025, 1);

  private static ForecastPoint point(YearMonth period, int step, double mean, Double lower, Double upper) {
    return new ForecastPoint(period, step, mean, lower, upper);
  }

  @Test
  void comparisonRowsByHand() {
    // actuals Jan..Apr 2025: 100, gap, 0, -50 (a gap via the map form with Missing.GAP)
    Map<YearMonth, BigDecimal> m = new TreeMap<>();
    m.put(JAN, new BigDecimal("100"));
    m.put(JAN.plusMonths(2), BigDecimal.ZERO);
    m.put(JAN.plusMonths(3), new BigDecimal("-50"));
    TimeSeries actual = TimeSeries.of(Frequency.MONTHLY, m, JAN, JAN.plusMonths(3), Missing.GAP);
    Forecast f = new Forecast("hand", Map.of(), List.of(
        point(JAN.minusMonths(1), 1, 7, null, null),   // before the series
        point(JAN, 2, 90, 80.0, 100.0),                 // actual on the upper end: inside
        point(JAN.plusMonths(1), 3, 5, 0.0, 10.0),      // gap
        point(JAN.plusMonths(2), 4, 3, 3.0, 4.0),       // actual 0 below the lower end 3: outside, no APE
        point(JAN.plusMonths(3), 5, -40, -50.0, -45.0), // actual on the lower end: inside
        point(JAN.plusMonths(4), 6, 1, null, null)),    // after the series
        OptionalDouble.of(0.9), Frequency.MONTHLY);
    ForecastComparison c = ForecastComparison.of(f, actual);
    List<ForecastComparison.Row> r = c.rows();
    assertThat(r).hasSize(6);
    assertThat(r.get(0)).isEqualTo(new ForecastComparison.Row(JAN.minusMonths(1), null, 7, null, null, null));
    assertThat(r.get(1)).isEqualTo(new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 10.0, true));
    assertThat(r.get(2)).isEqualTo(new ForecastComparison.Row(JAN.plusMonths(1), null, 5, null, null, null));
    assertThat(r.get(3)).isEqualTo(new ForecastComparison.Row(JAN.plusMonths(2), 0.0, 3, -3.0, null, false));
    // A = −50, F = −40: error −10, APE 100·10/50 = 20
    assertThat(r.get(4)).isEqualTo(new ForecastComparison.Row(JAN.plusMonths(3), -50.0, -40, -10.0, 20.0, true));
    assertThat(r.get(5).actual()).isEmpty();
    assertThat(r.get(5).forecast()).isEqualTo(1.0);
    // accuracy over the three rows with an actual: errors 10, −3, −10
    assertThat(c.accuracy().count()).isEqualTo(3);
    assertThat(c.accuracy().mae().getAsDouble()).isCloseTo(23.0 / 3, within(1e-12));
    assertThat(c.accuracy().mape()).as("an actual is zero").isEmpty();
    assertThat(c.toString()).startsWith("ForecastComparison[6 rows, Accuracy[n=3, MAE=").contains("MAPE=undefined");
  }

  @Test
  void comparisonJustOutsideTheIntervalAndWithoutOne() {
    TimeSeries actual = TimeSeries.of(Frequency.MONTHLY, JAN, 10, 20, 30);
    Forecast f = new Forecast("hand", Map.of(), List.of(
        point(JAN, 1, 10, Math.nextUp(10.0), 12.0),
        point(JAN.plusMonths(1), 2, 20, 15.0, Math.nextDown(20.0)),
        point(JAN.plusMonths(2), 3, 33, null, null)), OptionalDouble.empty(), Frequency.MONTHLY);
    List<ForecastComparison.Row> r = ForecastComparison.of(f, actual).rows();
    assertThat(r.get(0).insideInterval()).contains(false);
    assertThat(r.get(1).insideInterval()).contains(false);
    assertThat(r.get(2).insideInterval()).isEmpty();
    assertThat(r.get(2).error()).hasValue(-3.0);
    assertThat(r.get(2).absolutePercentError().getAsDouble()).isCloseTo(10.0, within(1e-12));
    assertThat(ForecastComparison.of(f, actual).accuracy().count()).isEqualTo(3);
  }

  @Test
  void comparisonAgainstAQuarterlySeriesMatchesOnlyQuarterStarts() {
    TimeSeries q = TimeSeries.of(Frequency.QUARTERLY, JAN, 1, 2);
    Forecast f = new Forecast("hand", Map.of(), List.of(
        point(JAN, 1, 1, null, null),
        point(JAN.plusMonths(1), 2, 1, null, null),   // February is inside Q1 but not a quarter start
        point(JAN.plusMonths(3), 3, 1, null, null),   // Q2
        point(JAN.plusMonths(6), 4, 1, null, null)),  // Q3: beyond the series
        OptionalDouble.empty(), Frequency.MONTHLY);
    List<ForecastComparison.Row> r = ForecastComparison.of(f, q).rows();
    assertThat(r).extracting(row -> row.actual().isPresent()).containsExactly(true, false, true, false);
    assertThat(r.get(2).actual()).hasValue(2.0);
  }

  @Test
  void rowsAreValues() {
    ForecastComparison.Row a = new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 10.0, true);
    assertThat(a).isEqualTo(a).isEqualTo(new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 10.0, true))
        .hasSameHashCodeAs(new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 10.0, true))
        .isNotEqualTo(new ForecastComparison.Row(JAN.plusMonths(1), 100.0, 90, 10.0, 10.0, true))
        .isNotEqualTo(new ForecastComparison.Row(JAN, 101.0, 90, 10.0, 10.0, true))
        .isNotEqualTo(new ForecastComparison.Row(JAN, 100.0, 91, 10.0, 10.0, true))
        .isNotEqualTo(new ForecastComparison.Row(JAN, 100.0, 90, 11.0, 10.0, true))
        .isNotEqualTo(new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 11.0, true))
        .isNotEqualTo(new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 10.0, false))
        .isNotEqualTo(new ForecastComparison.Row(JAN, 100.0, 90, 10.0, 10.0, null))
        .isNotEqualTo("Row");
    assertThat(a.hashCode()).isNotEqualTo(new ForecastComparison.Row(JAN, 100.0, 91, 10.0, 10.0, true).hashCode());
    assertThat(a.toString()).isEqualTo("Row[period=2025-01, actual=OptionalDouble[100.0], forecast=90.0, error=OptionalDouble[10.0],"
        + " absolutePercentError=OptionalDouble[10.0], insideInterval=Optional[true]]");
    assertThat(new ForecastComparison.Row(JAN, null, 1, null, null, null).toString()).isEqualTo(
        "Row[period=2025-01, actual=OptionalDouble.empty, forecast=1.0, error=OptionalDouble.empty,"
            + " absolutePercentError=OptionalDouble.empty, insideInterval=Optional.empty]");
    assertThatThrownBy(() -> new ForecastComparison.Row(null, null, 1, null, null, null)).isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------- TimeSeries

  @Test
  void seriesAreValues() {
    TimeSeries a = TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 3);
    assertThat(a).isEqualTo(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 3))
        .hasSameHashCodeAs(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 3))
        .isNotEqualTo(TimeSeries.of(Frequency.QUARTERLY, JAN, 1, 2, 3))
        .isNotEqualTo(TimeSeries.of(Frequency.MONTHLY, JAN.plusMonths(1), 1, 2, 3))
        .isNotEqualTo(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 2, 4))
        .isNotEqualTo("series");
    // same values, one a gap: differ only in presence (a gap holds 0 like an explicit zero)
    Map<YearMonth, BigDecimal> m = Map.of(JAN, BigDecimal.ONE);
    TimeSeries gap = TimeSeries.of(Frequency.MONTHLY, m, JAN, JAN.plusMonths(1), Missing.GAP);
    TimeSeries zero = TimeSeries.of(Frequency.MONTHLY, m, JAN, JAN.plusMonths(1), Missing.ZERO);
    assertThat(gap).isNotEqualTo(zero);
    assertThat(gap.hashCode()).isNotEqualTo(zero.hashCode());
    assertThat(zero).isEqualTo(TimeSeries.of(Frequency.MONTHLY, JAN, 1, 0));
    assertThat(a.toString()).isEqualTo("TimeSeries[MONTHLY from 2025-01, 3 periods]");
  }

  @Test
  void gapsAndZeros() {
    Map<YearMonth, BigDecimal> m = Map.of(JAN, BigDecimal.ONE, JAN.plusMonths(2), BigDecimal.TEN);
    TimeSeries gap = TimeSeries.of(Frequency.MONTHLY, m, JAN, JAN.plusMonths(2), Missing.GAP);
    assertThat(gap.hasGaps()).isTrue();
    assertThat(gap.value(1)).isEmpty();
    assertThat(gap.value(2)).hasValue(10.0);
    TimeSeries zero = TimeSeries.of(Frequency.MONTHLY, m, JAN, JAN.plusMonths(2), Missing.ZERO);
    assertThat(zero.hasGaps()).isFalse();
    assertThat(zero.toArray()).containsExactly(1, 0, 10);
    assertThat(TimeSeries.of(Frequency.MONTHLY, JAN, 5).hasGaps()).isFalse();
    assertThatThrownBy(gap::toArray).isInstanceOf(ValidationException.class).hasMessageContaining("2025-02");
  }

  @Test
  void mapFormRefusesKeysOutsideTheRangeAtBothEnds() {
    YearMonth to = JAN.plusMonths(2);
    assertThat(TimeSeries.of(Frequency.MONTHLY, Map.of(to, BigDecimal.ONE), JAN, to, Missing.GAP).value(2)).hasValue(1.0);
    assertThatThrownBy(() -> TimeSeries.of(Frequency.MONTHLY, Map.of(to.plusMonths(1), BigDecimal.ONE), JAN, to, Missing.GAP))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be within [2025-01, 2025-03]");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.MONTHLY, Map.of(JAN.minusMonths(1), BigDecimal.ONE), JAN, to, Missing.GAP))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be within [2025-01, 2025-03]");
    // a single-period range is allowed, an inverted one is not
    assertThat(TimeSeries.of(Frequency.MONTHLY, Map.of(), JAN, JAN, Missing.ZERO).size()).isEqualTo(1);
    assertThatThrownBy(() -> TimeSeries.of(Frequency.MONTHLY, Map.of(), JAN, JAN.minusMonths(1), Missing.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must not be before from 2025-01");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.QUARTERLY, Map.of(JAN.plusMonths(1), BigDecimal.ONE), JAN, JAN.plusMonths(3),
        Missing.ZERO)).isInstanceOf(ValidationException.class).hasMessageContaining("first month of a quarterly period");
  }

  @Test
  void mapFormRefusesNonFiniteAndMisalignedInputs() {
    assertThatThrownBy(() -> TimeSeries.of(Frequency.MONTHLY, Map.of(), JAN, JAN, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.MONTHLY, JAN, 1, Double.NaN)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("values[1]");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.QUARTERLY, JAN.plusMonths(1), 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("first month of a quarterly period");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.QUARTERLY, Map.of(), JAN.plusMonths(1), JAN.plusMonths(3), Missing.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("from must be the first month of a quarterly period");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.QUARTERLY, Map.of(), JAN, JAN.plusMonths(4), Missing.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("first month of a quarterly period");
  }

  @Test
  void headKeepsTheFirstPeriodsWithinOneToSize() {
    Map<YearMonth, BigDecimal> m = Map.of(JAN, BigDecimal.ONE, JAN.plusMonths(2), BigDecimal.TEN);
    TimeSeries s = TimeSeries.of(Frequency.MONTHLY, m, JAN, JAN.plusMonths(2), Missing.GAP);
    assertThat(s.head(1)).isEqualTo(TimeSeries.of(Frequency.MONTHLY, JAN, 1));
    assertThat(s.head(3)).isEqualTo(s);
    assertThat(s.head(2).hasGaps()).isTrue();
    assertThatThrownBy(() -> s.head(0)).isInstanceOf(ValidationException.class).hasMessageContaining("must be within [1, 3]");
    assertThatThrownBy(() -> s.head(4)).isInstanceOf(ValidationException.class).hasMessageContaining("must be within [1, 3]");
  }

  @Test
  void aggregateSumsPerQuarterAndIgnoresRecordsOutsideTheRange() {
    record Sale(java.time.LocalDate date, BigDecimal amount) {}
    List<Sale> sales = List.of(
        new Sale(java.time.LocalDate.of(2024, 12, 31), BigDecimal.ONE),   // before
        new Sale(java.time.LocalDate.of(2025, 2, 10), new BigDecimal("2.5")),
        new Sale(java.time.LocalDate.of(2025, 3, 31), new BigDecimal("1.5")),
        new Sale(java.time.LocalDate.of(2025, 9, 1), new BigDecimal("7")),
        new Sale(java.time.LocalDate.of(2025, 10, 1), BigDecimal.TEN));  // after
    TimeSeries s = TimeSeries.aggregate(Frequency.QUARTERLY, sales, Sale::date, Sale::amount, YearMonth.of(2025, 2),
        YearMonth.of(2025, 8), Missing.GAP);
    assertThat(s.start()).isEqualTo(JAN);
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.value(0)).hasValue(4.0);
    assertThat(s.value(1)).isEmpty();
    assertThat(s.value(2)).hasValue(7.0);
    assertThat(s.period(3)).isEqualTo(YearMonth.of(2025, 10));
  }
}
