package dev.salesops.metrics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.metrics.forecast.Forecast;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.LinearTrend;
import dev.salesops.metrics.forecast.SeasonalIndices;
import dev.salesops.metrics.forecast.Seasonality;
import dev.salesops.metrics.forecast.TimeSeries;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class TargetDecompositionTest {
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  private static Map<String, BigDecimal> weights(Object... kv) {
    LinkedHashMap<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
    }
    return m;
  }

  @Test
  void explicitWeightsWorkedExampleWithTieToEarlierPart() {
    // 100.00 / 3 = 33.333...: each gets 33.33, the leftover cent goes to the earliest of the tied remainders
    Map<String, Money> parts = TargetDecomposition.split(Money.parse("USD 100.00"), Weights.explicit(weights("north", 1, "south", 1, "west", 1)));
    assertThat(parts).containsExactly(Map.entry("north", Money.parse("USD 33.34")), Map.entry("south", Money.parse("USD 33.33")),
        Map.entry("west", Money.parse("USD 33.33")));
    // 1,000,000.00 by 50% / 30% / 20%: exact
    assertThat(TargetDecomposition.split(Money.parse("USD 1000000.00"), Weights.explicit(weights("a", "0.5", "b", "0.3", "c", "0.2"))).values())
        .containsExactly(Money.parse("USD 500000.00"), Money.parse("USD 300000.00"), Money.parse("USD 200000.00"));
    // counts: 10 customers by 1:1:1 -> 4, 3, 3
    assertThat(TargetDecomposition.split(10, Weights.evenly(List.of("x", "y", "z")))).containsExactly(Map.entry("x", 4L), Map.entry("y", 3L),
        Map.entry("z", 3L));
  }

  @Test
  void historicalAndForecastShare() {
    SortedMap<YearMonth, BigDecimal> north = new TreeMap<>(Map.of(YearMonth.of(2025, 1), new BigDecimal("300"), YearMonth.of(2025, 2), new BigDecimal("300"),
        YearMonth.of(2024, 12), new BigDecimal("999999")));
    SortedMap<YearMonth, BigDecimal> south = new TreeMap<>(Map.of(YearMonth.of(2025, 2), new BigDecimal("200")));
    Map<String, SortedMap<YearMonth, BigDecimal>> hist = new LinkedHashMap<>();
    hist.put("north", north);
    hist.put("south", south);
    Weights<String> w = Weights.historicalShare(hist, YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    assertThat(w.asMap()).containsExactly(Map.entry("north", new BigDecimal("600")), Map.entry("south", new BigDecimal("200")));
    assertThat(w.share("north")).isEqualTo(Ratio.of(new BigDecimal("600"), new BigDecimal("800")));
    assertThat(TargetDecomposition.split(Money.parse("USD 1000.00"), w).values()).containsExactly(Money.parse("USD 750.00"), Money.parse("USD 250.00"));

    // forecast share: linear trends 1,2,3 -> next 4,5 (sum 9) and 3,3,3 -> 3,3 (sum 6)
    Map<String, Forecast> fc = new LinkedHashMap<>();
    fc.put("a", LinearTrend.of().fit(TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2025, 10), 1, 2, 3)).forecast(2));
    fc.put("b", LinearTrend.of().fit(TimeSeries.of(Frequency.MONTHLY, YearMonth.of(2025, 10), 3, 3, 3)).forecast(2));
    Weights<String> fw = Weights.forecastShare(fc, YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    assertThat(TargetDecomposition.split(Money.parse("USD 150.00"), fw).values()).containsExactly(Money.parse("USD 90.00"), Money.parse("USD 60.00"));
    assertThatThrownBy(() -> Weights.forecastShare(fc, YearMonth.of(2026, 1), YearMonth.of(2026, 3)))
        .hasMessage("forecasts[a] must cover every month from 2026-01 to 2026-03: missing 2026-03");
  }

  @Test
  void multiLevelAndAcrossMonthsBySeasonalIndices() {
    Map<String, Weights<String>> tree = Map.of(
        "company", Weights.explicit(weights("north", 2, "south", 1)),
        "north", Weights.explicit(weights("north/team-a", 1, "north/team-b", 1)),
        "north/team-a", Weights.evenly(List.of("rep-1", "rep-2", "rep-3")));
    TargetAllocation a = TargetDecomposition.decompose("company", Money.parse("USD 1000.00"), k -> Optional.ofNullable(tree.get(k)));
    assertThat(a.find("north").get().amount()).isEqualTo(Money.parse("USD 666.67"));
    assertThat(a.find("south").get().amount()).isEqualTo(Money.parse("USD 333.33"));
    assertThat(a.find("north/team-a").get().amount()).isEqualTo(Money.parse("USD 333.34"));
    assertThat(a.find("rep-1").get().amount()).isEqualTo(Money.parse("USD 111.12"));
    assertThat(a.find("rep-2").get().amount()).isEqualTo(Money.parse("USD 111.11"));
    assertThat(a.leaves()).extracting(TargetAllocation::key).containsExactly("rep-1", "rep-2", "rep-3", "north/team-b", "south");
    assertThat(a.isExact()).isTrue();
    assertThat(a.find("north").get().share()).isEqualTo(Ratio.of(2, 3));

    // across the months of Q1 by seasonal indices 0.5 / 1 / 1.5 (as given, multiplicative)
    List<Double> idx = new ArrayList<>(java.util.Collections.nCopies(12, 1.0));
    idx.set(0, 0.5);
    idx.set(2, 1.5);
    SeasonalIndices si = SeasonalIndices.of(Frequency.MONTHLY, Seasonality.MULTIPLICATIVE, idx);
    SortedMap<YearMonth, Money> months = TargetDecomposition.acrossMonths(Money.parse("USD 100.00"), TargetPeriod.quarter(2026, 1), si);
    assertThat(months.values()).containsExactly(Money.parse("USD 16.67"), Money.parse("USD 33.33"), Money.parse("USD 50.00"));
    Map<String, SortedMap<YearMonth, Money>> plan = TargetDecomposition.monthlyPlan(a, Weights.seasonal(TargetPeriod.quarter(2026, 1), si));
    assertThat(plan).hasSize(5);
    plan.forEach((k, row) -> assertThat(TargetDecomposition.sum(row.values())).isEqualByComparingTo(a.find(k).get().amount().getAmount()));

    assertThatThrownBy(() -> TargetDecomposition.decompose("x", Money.parse("USD 1.00"), k -> Optional.of(Weights.evenly(List.of("x")))))
        .hasMessageContaining("must be unique in the decomposition tree");
    assertThatThrownBy(() -> Weights.seasonal(TargetPeriod.year(2026), SeasonalIndices.of(Frequency.MONTHLY, Seasonality.ADDITIVE, idx)))
        .hasMessage("indices must be multiplicative to weigh months: ADDITIVE");
    assertThatThrownBy(() -> Weights.explicit(weights("a", -1, "b", 2))).hasMessage("weights[a] must not be negative: -1");
    assertThatThrownBy(() -> Weights.explicit(weights("a", 0))).hasMessageContaining("weights must have a positive sum");
  }

  private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"), CurrencyUnit.EUR};

  @Test
  void partsAreNonNegativeAndAddUpExactlyForAnyWeightsAndCurrencyScale() {
    Property.forAll(8201L, 300, random -> {
      CurrencyUnit cu = CURRENCIES[random.nextInt(CURRENCIES.length)];
      Money whole = Money.ofMinor(cu, random.nextInt(4) == 0 ? random.nextInt(10) : Math.abs(random.nextLong() % 10_000_000_000_000L));
      Weights<String> w = randomWeights(random, "k");
      Map<String, Money> parts = TargetDecomposition.split(whole, w);
      assertThat(parts.keySet()).containsExactlyElementsOf(w.asMap().keySet());
      assertThat(TargetDecomposition.sum(parts.values())).isEqualByComparingTo(whole.getAmount());
      parts.forEach((k, v) -> {
        assertThat(v.isNegative()).as(k).isFalse();
        assertThat(v.getCurrencyUnit()).isEqualTo(cu);
        if (w.asMap().get(k).signum() == 0) {
          assertThat(v.isZero()).isTrue();
        }
      });
      // a negative whole: parts sum exactly and keep its sign
      Map<String, Money> neg = TargetDecomposition.split(whole.negated(), w);
      assertThat(TargetDecomposition.sum(neg.values())).isEqualByComparingTo(whole.negated().getAmount());
      // multi-level: leaves add up to the root, every level exact
      TargetAllocation a = TargetDecomposition.decompose("root", whole, k -> k.length() < 6 ? Optional.of(randomWeights(random, k + "/")) : Optional.empty());
      assertThat(a.isExact()).isTrue();
      assertThat(TargetDecomposition.sum(a.leaves().stream().map(TargetAllocation::amount).toList())).isEqualByComparingTo(whole.getAmount());
    });
  }

  private static Weights<String> randomWeights(Random random, String prefix) {
    int n = 1 + random.nextInt(5);
    LinkedHashMap<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      BigDecimal w;
      switch (random.nextInt(4)) {
        case 0:
          w = BigDecimal.ZERO;
          break;
        case 1:
          w = BigDecimal.valueOf(random.nextInt(1000));
          break;
        case 2:
          w = BigDecimal.valueOf(random.nextDouble());
          break;
        default:
          w = new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(12));
      }
      m.put(prefix + i, w);
    }
    if (m.values().stream().allMatch(v -> v.signum() == 0)) {
      m.put(prefix + n, BigDecimal.ONE);
    }
    return Weights.explicit(m);
  }
}
