package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.validation.ValidationException;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link CurrencyKpis}' public constructor (also the JSON codec's) refuses states no report can have; an open deal
 * in the {@code CLOSED} forecast category counts in no category, on the accumulator and on the columnar kernel.
 */
class CurrencyKpisValidationTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  private static CurrencyKpis kpis(long wonCount, long openCount, long weightedCount, long qualifiedOpen, Money wonAmount,
      Map<ForecastCategory, Money> categories, Map<ForecastCategory, Money> rollups) {
    Distribution none = Distribution.empty(PercentileMethod.LINEAR);
    return new CurrencyKpis(USD, wonCount, wonAmount, Ratio.undefined(), none, openCount, Money.zero(USD), weightedCount,
        BigDecimal.ZERO, categories, rollups, 0, Money.zero(USD), qualifiedOpen, Ratio.undefined(), qualifiedOpen);
  }

  @Test
  void refusesImpossibleStates() {
    Money zero = Money.zero(USD);
    assertThat(kpis(0, 3, 2, 1, zero, Map.of(), Map.of()).openCount()).isEqualTo(3);
    assertThatThrownBy(() -> kpis(0, 3, 4, 1, zero, Map.of(), Map.of())).isInstanceOf(ValidationException.class)
        .hasMessage("weightedCount must not exceed openCount (3): 4");
    assertThatThrownBy(() -> kpis(0, 3, 1, 4, zero, Map.of(), Map.of())).isInstanceOf(ValidationException.class)
        .hasMessage("qualifiedOpenCount must not exceed openCount (3): 4");
    assertThatThrownBy(() -> kpis(0, -1, 0, 0, zero, Map.of(), Map.of())).isInstanceOf(ValidationException.class)
        .hasMessage("openCount must not be negative: -1");
    assertThatThrownBy(() -> kpis(2, 3, 1, 1, zero, Map.of(), Map.of())).isInstanceOf(ValidationException.class)
        .hasMessage("dealSize.count must equal wonCount (2): 0");
    assertThatThrownBy(() -> kpis(0, 3, 1, 1, Money.zero(CurrencyUnit.EUR), Map.of(), Map.of()))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("wonAmount must be in the record's currency USD");
    assertThatThrownBy(() -> kpis(0, 3, 1, 1, zero, Map.of(ForecastCategory.CLOSED, zero), Map.of()))
        .isInstanceOf(ValidationException.class).hasMessage("forecastCategories must not hold CLOSED: CLOSED");
    assertThatThrownBy(() -> kpis(0, 3, 1, 1, zero, Map.of(), Map.of(ForecastCategory.OMITTED, zero)))
        .isInstanceOf(ValidationException.class).hasMessage("forecastRollups must roll up COMMIT, BEST_CASE and PIPELINE only: OMITTED");
    assertThatThrownBy(() -> kpis(0, 3, 1, 1, zero, Map.of(ForecastCategory.COMMIT, Money.zero(CurrencyUnit.EUR)), Map.of()))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("forecastCategories.COMMIT must be in the record's currency");
  }

  @Test
  void anOpenDealInTheClosedCategoryCountsInNoCategoryOnBothPaths() {
    LocalDate created = LocalDate.of(2026, 1, 5);
    List<DealRecord> deals = List.of(
        DealRecord.builder().id("a").owner("ann").createdDate(created).outcome(Outcome.OPEN).amount("100.00", "USD")
            .forecastCategory(ForecastCategory.CLOSED).build(),
        DealRecord.builder().id("b").owner("ann").createdDate(created).outcome(Outcome.OPEN).amount("50.00", "USD")
            .forecastCategory(ForecastCategory.COMMIT).build());
    KpiOptions options = KpiOptions.builder().build();
    KpiAccumulator acc = new KpiAccumulator(options);
    deals.forEach(acc::add);
    CurrencyKpis k = acc.finish().currencies().get(USD);
    Map<ForecastCategory, Money> expected = new EnumMap<>(ForecastCategory.class);
    expected.put(ForecastCategory.COMMIT, Money.parse("USD 50.00"));
    expected.put(ForecastCategory.BEST_CASE, Money.zero(USD));
    expected.put(ForecastCategory.PIPELINE, Money.zero(USD));
    expected.put(ForecastCategory.OMITTED, Money.zero(USD));
    assertThat(k.openPipeline()).isEqualTo(Money.parse("USD 150.00"));
    assertThat(k.forecastCategories()).isEqualTo(expected);
    assertThat(k.forecastRollups()).containsEntry(ForecastCategory.PIPELINE, Money.parse("USD 50.00"))
        .doesNotContainKeys(ForecastCategory.OMITTED, ForecastCategory.CLOSED);

    KpiBreakdown flat = KpiEngine.byGroup(options, KpiEngineTest.columns(deals), false);
    assertThat(flat.groups()).hasSize(1);
    assertThat(flat.groups().get(0).report().currencies().get(USD)).isEqualTo(k);
  }
}
