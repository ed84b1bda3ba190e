package dev.salesops.metrics.forecast;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Every public method refuses a null argument with a NullPointerException (java.time style). */
class NullsTest {
  private static NullPointerTester tester() {
    TimeSeries s = TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2026, 1), 1, 2, 3, 4);
    return new NullPointerTester()
        .setDefault(YearMonth.class, YearMonth.of(2026, 1))
        .setDefault(TimeSeries.class, s)
        .setDefault(Frequency.class, Frequency.MONTHLY)
        .setDefault(Seasonality.class, Seasonality.MULTIPLICATIVE)
        .setDefault(Money.class, Money.parse("USD 1.00"))
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "c")
        .setDefault(Forecast.class, LinearTrend.of().fit(s).forecast(2))
        .setDefault(ForecastMethod.class, MovingAverage.of(1))
        .setDefault(IntervalFormula.class, IntervalFormula.LINEARISED);
  }

  @Test
  void publicMethodsRefuseNulls() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(TimeSeries.class, MovingAverage.class, LinearTrend.class, ExponentialSmoothing.class, Accuracy.class,
        ForecastComparison.class, PipelineForecast.class, SeasonalIndices.class, MonthlyForecast.class, OpenDeal.class, ForecastPoint.class,
        ModelSelection.class, Backtest.class)) {
      t.testAllPublicStaticMethods(c);
      t.testAllPublicConstructors(c);
    }
    TimeSeries s = TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2026, 1), 1, 2, 3, 4);
    FittedModel m = LinearTrend.of().fit(s);
    t.testAllPublicInstanceMethods(s);
    t.testAllPublicInstanceMethods(m);
    t.testAllPublicInstanceMethods(m.forecast(2));
    t.testAllPublicInstanceMethods(PipelineForecast.of(CurrencyUnit.USD, List.of()));
  }
}
