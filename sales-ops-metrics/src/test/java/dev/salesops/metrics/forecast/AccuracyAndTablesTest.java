package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salesops.core.money.MixedCurrencyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AccuracyAndTablesTest {
  @Test
  void accuracyWorkedExample() {
    Accuracy a = Accuracy.of(new double[] {100, 200}, new double[] {110, 180});
    assertThat(a.mae()).hasValue(15.0);
    assertThat(a.rmse().getAsDouble()).isCloseTo(Math.sqrt(250), within(1e-12));
    assertThat(a.mape().getAsDouble()).isCloseTo(10.0, within(1e-12));
    assertThat(a.smape().getAsDouble()).isCloseTo(100 * (20.0 / 210 + 40.0 / 380) / 2, within(1e-12));
    Accuracy z = Accuracy.of(new double[] {100, 200, 0}, new double[] {110, 180, 10});
    assertThat(z.mape()).as("undefined when an actual is zero").isEmpty();
    assertThat(z.mae().getAsDouble()).isCloseTo(40.0 / 3, within(1e-12));
    assertThat(z.smape().getAsDouble()).isCloseTo(100 * (20.0 / 210 + 40.0 / 380 + 2) / 3, within(1e-12));
    assertThat(Accuracy.of(new double[] {0}, new double[] {0}).smape()).hasValue(0.0);
    assertThat(Accuracy.of(new double[0], new double[0]).mae()).isEmpty();
    assertThatThrownBy(() -> Accuracy.of(new double[1], new double[2])).hasMessageContaining("forecast must have as many values as actual (1): 2");
  }

  @Test
  void forecastVersusActualTableOnHeldOutYear() {
    TimeSeries all = Datasets.airPassengers();
    double[] x = all.toArray();
    TimeSeries train = TimeSeries.of(Frequency.MONTHLY, all.start(), java.util.Arrays.copyOf(x, 132));
    Forecast f = ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).fit(train).forecast(14, 0.95);
    ForecastComparison c = ForecastComparison.of(f, all);
    assertThat(c.rows()).hasSize(14);
    assertThat(c.rows().get(0).period()).isEqualTo(YearMonth.of(1960, 1));
    assertThat(c.rows().get(0).actual()).hasValue(417.0);
    assertThat(c.rows().get(0).error().getAsDouble()).isCloseTo(417.0 - f.points().get(0).mean(), within(1e-12));
    assertThat(c.rows().get(12).actual()).as("beyond the series").isEmpty();
    assertThat(c.accuracy().count()).isEqualTo(12);
    assertThat(c.accuracy().mape().getAsDouble()).isLessThan(10);
    assertThat(c.rows().stream().filter(r -> r.insideInterval().orElse(false)).count()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void pipelineForecastWorkedExample() {
    CurrencyUnit usd = CurrencyUnit.USD;
    List<OpenDeal> deals = List.of(
        new OpenDeal(Money.of(usd, new BigDecimal("1000.00")), new BigDecimal("0.5"), LocalDate.of(2026, 1, 20), "COMMIT"),
        new OpenDeal(Money.of(usd, new BigDecimal("333.33")), new BigDecimal("0.3"), LocalDate.of(2026, 1, 31), "COMMIT"),
        new OpenDeal(Money.of(usd, new BigDecimal("200.00")), new BigDecimal("0.1"), LocalDate.of(2026, 2, 1), "BEST_CASE"),
        new OpenDeal(Money.of(usd, new BigDecimal("50.00")), new BigDecimal("0.25"), LocalDate.of(2026, 1, 5), "PIPELINE"));
    PipelineForecast p = PipelineForecast.of(usd, deals);
    // Jan COMMIT: 500 + 99.999 = 599.999 -> 600.00 (rounded once per cell, HALF_EVEN); PIPELINE 12.50; Feb BEST_CASE 20.00
    assertThat(p.byMonthAndCategory().get(YearMonth.of(2026, 1))).containsExactly(Map.entry("COMMIT", Money.parse("USD 600.00")),
        Map.entry("PIPELINE", Money.parse("USD 12.50")));
    assertThat(p.byMonth()).containsEntry(YearMonth.of(2026, 1), Money.parse("USD 612.50")).containsEntry(YearMonth.of(2026, 2), Money.parse("USD 20.00"));
    assertThat(p.byCategory()).containsEntry("BEST_CASE", Money.parse("USD 20.00"));
    assertThat(p.total()).isEqualTo(Money.parse("USD 632.50"));
    assertThat(p.dealCounts()).containsEntry(YearMonth.of(2026, 1), 3);

    TreeMap<YearMonth, BigDecimal> hist = new TreeMap<>();
    for (int i = 0; i < 6; i++) {
      hist.put(YearMonth.of(2025, 7 + i), BigDecimal.valueOf(500 + 10 * i));
    }
    Forecast ts = MonthlyForecast.of(hist, 3, 0.95);
    List<PipelineForecast.Row> rows = p.alongside(ts);
    assertThat(rows).extracting(PipelineForecast.Row::period).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    assertThat(rows.get(2).pipeline()).isEqualTo(Money.zero(usd));
    assertThat(rows.get(0).timeSeriesForecast()).isPresent();

    assertThatThrownBy(() -> PipelineForecast.of(usd, List.of(new OpenDeal(Money.parse("EUR 1.00"), BigDecimal.ONE, LocalDate.of(2026, 1, 1), "C"))))
        .isInstanceOf(MixedCurrencyException.class).hasMessageContaining("EUR, USD");
    assertThatThrownBy(() -> new OpenDeal(Money.parse("USD 1.00"), new BigDecimal("1.2"), LocalDate.of(2026, 1, 1), "C"))
        .hasMessage("probability must be within [0, 1]: 1.2");
  }

  @Test
  void timeSeriesFromRecordsZerosOrGaps() {
    record Won(LocalDate date, BigDecimal amount) {}
    List<Won> won = List.of(new Won(LocalDate.of(2026, 1, 3), new BigDecimal("10")), new Won(LocalDate.of(2026, 1, 30), new BigDecimal("5")),
        new Won(LocalDate.of(2026, 3, 1), new BigDecimal("7")), new Won(LocalDate.of(2027, 1, 1), new BigDecimal("99")));
    TimeSeries zeros = TimeSeries.aggregate(Frequency.MONTHLY, won, Won::date, Won::amount, YearMonth.of(2026, 1), YearMonth.of(2026, 4), Missing.ZERO);
    assertThat(zeros.toArray()).containsExactly(15, 0, 7, 0);
    TimeSeries gaps = TimeSeries.aggregate(Frequency.MONTHLY, won, Won::date, Won::amount, YearMonth.of(2026, 1), YearMonth.of(2026, 4), Missing.GAP);
    assertThat(gaps.value(1)).isEmpty();
    assertThat(gaps.hasGaps()).isTrue();
    TimeSeries q = TimeSeries.aggregate(Frequency.QUARTERLY, won, Won::date, Won::amount, YearMonth.of(2026, 2), YearMonth.of(2026, 12), Missing.ZERO);
    assertThat(q.start()).isEqualTo(YearMonth.of(2026, 1));
    assertThat(q.toArray()).containsExactly(22, 0, 0, 0);
    assertThat(q.period(2)).isEqualTo(YearMonth.of(2026, 7));
    assertThatThrownBy(() -> TimeSeries.of(Frequency.QUARTERLY, Map.of(YearMonth.of(2026, 2), BigDecimal.ONE), YearMonth.of(2026, 1), YearMonth.of(2026, 10),
        Missing.ZERO)).hasMessage("values key must be the first month of a quarterly period: 2026-02");
    assertThatThrownBy(() -> TimeSeries.of(Frequency.MONTHLY, Map.of(YearMonth.of(2027, 2), BigDecimal.ONE), YearMonth.of(2026, 1), YearMonth.of(2026, 12),
        Missing.ZERO)).hasMessage("values key must be within [2026-01, 2026-12]: 2027-02");
  }
}
