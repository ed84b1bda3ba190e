package dev.salesops.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.money.ExchangeRates;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.testing.Property;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.stats.QuantileMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The engine's row path (a {@link KpiAccumulator} per group or period, taken when money is converted, quantiles
 * are approximate or sums could overflow) gives exactly the record path's breakdown, sequentially and over many
 * chunk splits; lost reasons excluded and disqualified by every dictionary id (the first one included); the
 * refusal of funnel options by every entry point.
 */
class KpiEngineRowPathTest {
  private static final List<String> REASONS = List.of("PRICE", "NO_DECISION", "COMPETITOR");

  private static KpiOptions options(Random random) {
    KpiOptions.Builder b = KpiOptions.builder();
    if (random.nextBoolean()) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(500));
      b.window(DateRange.of(start, start.plusDays(1 + random.nextInt(400))));
    }
    b.winRateBasis(random.nextBoolean() ? WinRateBasis.CLOSED : WinRateBasis.CREATED);
    // every reason, the first dictionary entry (id 0) included, is sometimes excluded or disqualified
    for (String r : REASONS) {
      if (random.nextInt(3) == 0) {
        b.excludeLostReasons(r);
      }
      if (random.nextInt(3) == 0) {
        b.disqualifiedLostReasons(r);
      }
    }
    b.velocityBasis(VelocityBasis.values()[random.nextInt(VelocityBasis.values().length)]);
    b.percentileMethod(random.nextBoolean() ? PercentileMethod.LINEAR : PercentileMethod.NEAREST_RANK);
    b.cycleForAllClosed(random.nextBoolean());
    b.stageProbability("PROPOSAL", new BigDecimal("0.5")).stageForecastCategory("PROPOSAL", ForecastCategory.BEST_CASE);
    if (random.nextBoolean()) {
      b.qualifiedStages("PROPOSAL", "NEGOTIATION");
    }
    return b.build();
  }

  private static <A> A feed(A acc, List<DealRecord> deals, java.util.function.BiConsumer<A, DealRecord> add) {
    deals.forEach(d -> add.accept(acc, d));
    return acc;
  }

  @Test
  void rowPathByPeriodAndByGroupEqualTheRecordPathInEveryChunking() {
    Property.forAll(1411, 45, random -> {
      KpiOptions options = options(random);
      List<DealRecord> deals = RandomDeals.list(random, random.nextInt(4) == 0 ? 200 : 50);
      KpiColumns columns = KpiEngineTest.columns(deals);
      PeriodScheme scheme = random.nextBoolean() ? PeriodScheme.calendarMonth() : PeriodScheme.calendarQuarter();
      KpiBreakdown byPeriod = feed(BreakdownAccumulator.byPeriod(options, scheme), deals, BreakdownAccumulator::add).finish();
      assertThat(KpiEngine.byPeriodRows(options, columns, scheme, false, 1 << 16)).isEqualTo(byPeriod);
      assertThat(KpiEngine.byPeriodRows(options, columns, scheme, true, 1 + random.nextInt(40))).isEqualTo(byPeriod);
      KpiBreakdown byOwner = feed(BreakdownAccumulator.by(options, Dimension.OWNER), deals, BreakdownAccumulator::add).finish();
      assertThat(KpiEngine.byGroupRows(options, columns, true, 1 + random.nextInt(40))).isEqualTo(byOwner);
      assertThat(KpiEngine.byGroup(options, columns, false)).isEqualTo(byOwner);
    });
  }

  @Test
  void approximateQuantilesGoThroughTheRowPathWithTheSameResults() {
    // the row path feeds the record path's own accumulators (a sketch larger than any group: no compaction)
    Property.forAll(1412, 15, random -> {
      KpiOptions options = options(random).toBuilder().quantileMode(QuantileMode.approximate(1024)).build();
      List<DealRecord> deals = RandomDeals.list(random, 80);
      KpiColumns columns = KpiEngineTest.columns(deals);
      assertThat(FlatKpiKernel.applies(options, columns)).isFalse();
      PeriodScheme scheme = PeriodScheme.calendarQuarter();
      KpiBreakdown byPeriod = feed(BreakdownAccumulator.byPeriod(options, scheme), deals, BreakdownAccumulator::add).finish();
      assertThat(KpiEngine.byPeriod(options, columns, scheme, false)).isEqualTo(byPeriod);
      KpiBreakdown byOwner = feed(BreakdownAccumulator.by(options, Dimension.OWNER), deals, BreakdownAccumulator::add).finish();
      assertThat(KpiEngine.byGroup(options, columns, false)).isEqualTo(byOwner);
      List<HeadlineKpis> expected = new ArrayList<>();
      byOwner.groups().forEach(g -> expected.add(HeadlineKpis.of(g.key(), g.report())));
      assertThat(KpiEngine.headline(options, columns, false)).isEqualTo(expected);
      for (HeadlineKpis h : expected) {
        assertThat(h.salesCycleDays().approximate()).isTrue();
      }
    });
  }

  @Test
  void convertedMoneyGoesThroughTheRowPathInEveryEntryPoint() {
    // EUR at 1.5 USD: every won sum is reported in USD only
    ExchangeRates rates = (from, to, date) -> from.equals(CurrencyUnit.EUR) && to.equals(CurrencyUnit.USD)
        ? Optional.of(new BigDecimal("1.5")) : Optional.empty();
    KpiOptions options = KpiOptions.builder().moneyPolicy(MoneyPolicy.convertTo(CurrencyUnit.USD, rates, MoneyPolicy.RateDate.REPORT_DATE,
        LocalDate.of(2024, 6, 30), RoundingMode.HALF_EVEN)).build();
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann", "bob"), List.of(CurrencyUnit.USD, CurrencyUnit.EUR));
    int day = (int) LocalDate.of(2024, 2, 1).toEpochDay();
    b.add(0, Outcome.WON, day, day + 4, KpiColumns.NO_DATE, 1, 1000, -1); // EUR 10.00 = USD 15.00
    b.add(0, Outcome.WON, day, day + 6, KpiColumns.NO_DATE, 0, 250, -1); // USD 2.50
    b.add(1, Outcome.LOST, day, day + 1, KpiColumns.NO_DATE, 1, 400, -1);
    KpiColumns c = b.build();
    assertThat(FlatKpiKernel.applies(options, c)).isFalse();
    List<HeadlineKpis> headline = KpiEngine.headline(options, c, false);
    assertThat(headline).extracting(h -> h.key().get(0)).containsExactly("ann", "bob");
    assertThat(headline.get(0).wonSum()).isEqualTo(java.util.Map.of(CurrencyUnit.USD, Money.of(CurrencyUnit.USD, new BigDecimal("17.50"))));
    assertThat(headline.get(0).won()).isEqualTo(2);
    assertThat(headline.get(1).wonSum()).isEmpty();
    assertThat(headline.get(1).winRate()).isEqualTo(dev.salesops.metrics.ratio.Ratio.of(0, 1));
    KpiReport ann = KpiEngine.byGroup(options, c, false).group("ann").orElseThrow();
    assertThat(ann.currencies().keySet()).containsExactly(CurrencyUnit.USD);
    assertThat(ann.salesCycleDays().sum()).isEqualByComparingTo("10");
    KpiReport feb = KpiEngine.byPeriod(options, c, PeriodScheme.calendarMonth(), false).group("2024-02").orElseThrow();
    assertThat(feb.currencies().keySet()).containsExactly(CurrencyUnit.USD);
    assertThat(feb.currency(CurrencyUnit.USD).orElseThrow().wonAmount()).isEqualTo(Money.of(CurrencyUnit.USD, new BigDecimal("17.50")));
  }

  @Test
  void aRowWithNoDateIsUnplacedAndARowOutsideTheWindowIsDropped() {
    // three rows: one without any date (unplaced), one created in January 2024 and closed in March (two periods),
    // one created in 2025 (outside the window: no group, not unplaced either)
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD));
    int jan = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    int mar = (int) LocalDate.of(2024, 3, 5).toEpochDay();
    int late = (int) LocalDate.of(2025, 6, 1).toEpochDay();
    b.add(0, Outcome.LOST, KpiColumns.NO_DATE, KpiColumns.NO_DATE, KpiColumns.NO_DATE, 0, 100, -1);
    b.add(0, Outcome.WON, jan, mar, KpiColumns.NO_DATE, 0, 250, -1);
    b.add(0, Outcome.OPEN, late, KpiColumns.NO_DATE, late + 3, 0, 40, -1);
    KpiColumns c = b.build();
    KpiOptions options = KpiOptions.builder().window(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
        .quantileMode(QuantileMode.approximate(64)).build();
    for (boolean parallel : new boolean[] {false, true}) {
      KpiBreakdown k = KpiEngine.byPeriodRows(options, c, PeriodScheme.calendarMonth(), parallel, 1);
      assertThat(k.unplaced()).isEqualTo(1);
      assertThat(k.groups()).extracting(g -> g.key().get(0)).containsExactly("2024-01", "2024-03");
      KpiReport january = k.group("2024-01").orElseThrow();
      assertThat(january.records()).isEqualTo(1);
      assertThat(january.newLeads()).isEqualTo(1);
      assertThat(january.won()).isZero();
      KpiReport march = k.group("2024-03").orElseThrow();
      assertThat(march.won()).isEqualTo(1);
      assertThat(march.currency(CurrencyUnit.USD).orElseThrow().wonAmount()).isEqualTo(Money.ofMinor(CurrencyUnit.USD, 250));
      assertThat(march.salesCycleDays().sum()).isEqualByComparingTo(BigDecimal.valueOf(mar - jan));
      assertThat(k).isEqualTo(KpiEngine.byPeriod(options, c, PeriodScheme.calendarMonth(), parallel));
    }
  }

  @Test
  void anOpenRowWithOnlyAnExpectedCloseInTheFirstPeriodIsPlacedThere() {
    // the earliest day of the columns is the expected close of an open row without a created date: the first period
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD));
    int jan = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    b.add(0, Outcome.OPEN, KpiColumns.NO_DATE, KpiColumns.NO_DATE, jan - 3, 0, 80, -1);
    b.add(0, Outcome.WON, jan, jan + 40, KpiColumns.NO_DATE, 0, 250, -1);
    KpiColumns c = b.build();
    KpiOptions options = KpiOptions.builder().quantileMode(QuantileMode.approximate(64)).build();
    for (boolean parallel : new boolean[] {false, true}) {
      KpiBreakdown k = KpiEngine.byPeriodRows(options, c, PeriodScheme.calendarMonth(), parallel, 1);
      assertThat(k.unplaced()).isZero();
      KpiReport january = k.group("2024-01").orElseThrow();
      assertThat(january.records()).isEqualTo(2);
      assertThat(january.newLeads()).isEqualTo(1);
      assertThat(k.group("2024-02").orElseThrow().won()).isEqualTo(1);
    }
  }

  @Test
  void lostRowsWithoutAReasonAreNotDisqualified() {
    // velocity over every created opportunity not lost for a disqualifying reason: columns without any lost reason
    KpiOptions options = KpiOptions.builder().velocityBasis(VelocityBasis.ALL_NOT_DISQUALIFIED).disqualifiedLostReasons("SPAM")
        .quantileMode(QuantileMode.approximate(64)).build();
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD));
    int day = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    b.add(0, Outcome.LOST, day, day + 2, KpiColumns.NO_DATE, 0, 300, -1);
    b.add(0, Outcome.WON, day, day + 4, KpiColumns.NO_DATE, 0, 500, -1);
    KpiReport r = KpiEngine.byGroup(options, b.build(), false).groups().get(0).report();
    assertThat(r.currency(CurrencyUnit.USD).orElseThrow().velocityOpportunities()).isEqualTo(2);
    assertThat(r).isEqualTo(KpiReport.of(List.of(
        DealRecord.builder().id("l").owner("ann").outcome(Outcome.LOST).createdDate(LocalDate.ofEpochDay(day))
            .closedDate(LocalDate.ofEpochDay(day + 2)).amount(Money.ofMinor(CurrencyUnit.USD, 300)).build(),
        DealRecord.builder().id("w").owner("ann").outcome(Outcome.WON).createdDate(LocalDate.ofEpochDay(day))
            .closedDate(LocalDate.ofEpochDay(day + 4)).amount(Money.ofMinor(CurrencyUnit.USD, 500)).build()), options));
  }

  @Test
  void anOpenRowCountsInItsExpectedClosePeriodOnce() {
    // created in January, expected to close in February: two period groups; expected in January: one
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.EUR));
    int jan = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    b.add(0, Outcome.OPEN, jan, KpiColumns.NO_DATE, jan + 30, 0, 700, -1);
    b.add(0, Outcome.OPEN, jan, KpiColumns.NO_DATE, jan + 5, 0, 300, -1);
    b.add(0, Outcome.LOST, jan, jan + 2, KpiColumns.NO_DATE, 0, 90, -1);
    KpiColumns c = b.build();
    KpiOptions options = KpiOptions.builder().quantileMode(QuantileMode.approximate(64)).build();
    KpiBreakdown k = KpiEngine.byPeriodRows(options, c, PeriodScheme.calendarMonth(), false, 1 << 16);
    assertThat(k.unplaced()).isZero();
    KpiReport january = k.group("2024-01").orElseThrow();
    assertThat(january.records()).isEqualTo(3);
    assertThat(january.open()).isEqualTo(2);
    assertThat(january.lost()).isEqualTo(1);
    assertThat(january.currency(CurrencyUnit.EUR).orElseThrow().pipelineClosingInWindow()).isEqualTo(Money.ofMinor(CurrencyUnit.EUR, 300));
    KpiReport february = k.group("2024-02").orElseThrow();
    assertThat(february.records()).isEqualTo(1);
    assertThat(february.newLeads()).isZero();
    assertThat(february.currency(CurrencyUnit.EUR).orElseThrow().pipelineClosingInWindow()).isEqualTo(Money.ofMinor(CurrencyUnit.EUR, 700));
  }

  @Test
  void everyEntryPointRefusesFunnelOptions() {
    KpiColumns none = KpiColumns.builder(Dimension.OWNER, List.of("ann"), List.of(CurrencyUnit.USD)).build();
    KpiOptions funnel = KpiOptions.builder().funnelStages(RandomDeals.STAGES).build();
    KpiOptions firstOpportunity = KpiOptions.builder().funnelStages(RandomDeals.STAGES).firstOpportunityStage(RandomDeals.STAGES.get(1))
        .build();
    for (KpiOptions o : List.of(funnel, firstOpportunity)) {
      assertThatThrownBy(() -> KpiEngine.byGroup(o, none, false)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("funnel needs the record path");
      assertThatThrownBy(() -> KpiEngine.byPeriod(o, none, PeriodScheme.calendarMonth(), false))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("funnel needs the record path");
      assertThatThrownBy(() -> KpiEngine.headline(o, none, false)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("funnel needs the record path");
    }
  }
}
