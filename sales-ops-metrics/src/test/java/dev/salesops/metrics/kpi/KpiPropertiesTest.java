package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.testing.AccumulatorLaws;
import dev.salesops.core.testing.Property;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.funnel.FunnelStage;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.stats.PercentileMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Merge laws, order independence and invariants over random records. */
class KpiPropertiesTest {

  private static KpiOptions randomOptions(Random random) {
    KpiOptions.Builder b = KpiOptions.builder();
    if (random.nextBoolean()) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(500));
      b.window(DateRange.of(start, start.plusDays(random.nextInt(400))));
    }
    b.winRateBasis(random.nextBoolean() ? WinRateBasis.CLOSED : WinRateBasis.CREATED);
    if (random.nextBoolean()) {
      b.excludeLostReasons("NO_DECISION");
    }
    b.percentileMethod(random.nextBoolean() ? PercentileMethod.LINEAR : PercentileMethod.NEAREST_RANK);
    b.cycleForAllClosed(random.nextBoolean());
    b.stageProbability("PROPOSAL", new BigDecimal("0.5")).stageForecastCategory("PROPOSAL", ForecastCategory.BEST_CASE);
    if (random.nextBoolean()) {
      b.funnelStages(RandomDeals.STAGES).funnelMinDeals(random.nextInt(5)).firstOpportunityStage("QUALIFICATION");
    }
    return b.build();
  }

  @Test
  void kpiAccumulatorMergeLaws() {
    Random optionsRandom = new Random(11);
    for (int i = 0; i < 8; i++) {
      KpiOptions options = randomOptions(optionsRandom);
      AccumulatorLaws.check(100 + i, 25, r -> RandomDeals.list(r, 60), () -> new KpiAccumulator(options));
    }
  }

  @Test
  void breakdownMergeLaws() {
    KpiOptions options = KpiOptions.builder().funnelStages(RandomDeals.STAGES).build();
    AccumulatorLaws.check(200, 25, r -> RandomDeals.list(r, 60), () -> BreakdownAccumulator.by(options, Dimension.OWNER));
    AccumulatorLaws.check(201, 25, r -> RandomDeals.list(r, 60),
        () -> BreakdownAccumulator.byPeriod(options, PeriodScheme.calendarQuarter(), Dimension.REGION, Dimension.of("industry")));
    KpiOptions windowed = KpiOptions.builder().window(DateRange.of(LocalDate.of(2023, 3, 15), LocalDate.of(2024, 2, 1))).build();
    AccumulatorLaws.check(202, 25, r -> RandomDeals.list(r, 60),
        () -> BreakdownAccumulator.byPeriod(windowed, PeriodScheme.fiscalYear(Month.JULY)));
  }

  @Test
  void funnelAndRetentionMergeLaws() {
    AccumulatorLaws.check(300, 40, r -> RandomDeals.list(r, 60), () -> new FunnelAccumulator(RandomDeals.STAGES, 3, DateRange.all()));
    AccumulatorLaws.check(301, 40, r -> RandomDeals.list(r, 60).stream()
            .filter(d -> d.currency().map(CurrencyUnit.USD::equals).orElse(true)).collect(Collectors.toList()),
        () -> new RetentionAccumulator(CurrencyUnit.USD, DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)),
            DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))));
  }

  @Test
  void winRatesStayWithinZeroAndOne() {
    Property.forAll(400, 60, random -> {
      KpiReport r = KpiReport.of(RandomDeals.list(random, 80), randomOptions(random));
      r.winRate().value().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      r.currencies().values().forEach(c -> c.winRateByValue().value()
          .ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE)));
      assertThat(r.winRate().numerator()).isLessThanOrEqualTo(r.winRate().denominator());
    });
  }

  @Test
  void funnelCountsNeverIncreaseDownTheStages() {
    Property.forAll(500, 60, random -> {
      Funnel f = RandomDeals.list(random, 80).stream()
          .collect(KpiCollectors.toFunnel(RandomDeals.STAGES, random.nextInt(4), DateRange.all()));
      List<FunnelStage> s = f.stages();
      for (int i = 0; i < s.size(); i++) {
        assertThat(s.get(i).advanced()).isLessThanOrEqualTo(s.get(i).reached());
        if (i > 0) {
          assertThat(s.get(i).reached()).isLessThanOrEqualTo(s.get(i - 1).reached());
          assertThat(s.get(i).reached()).isEqualTo(s.get(i - 1).advanced());
        }
      }
      f.bottleneck().ifPresent(b -> assertThat(b.reached()).isGreaterThanOrEqualTo(f.minDeals()));
    });
  }

  @Test
  void parallelCollectorsEqualSequential() {
    Property.forAll(600, 10, random -> {
      List<DealRecord> deals = RandomDeals.list(random, 2000);
      KpiOptions options = randomOptions(random);
      assertThat(deals.parallelStream().collect(KpiCollectors.toReport(options)))
          .isEqualTo(deals.stream().collect(KpiCollectors.toReport(options)));
      assertThat(deals.parallelStream().collect(KpiCollectors.toBreakdown(options, PeriodScheme.calendarMonth(), Dimension.OWNER)))
          .isEqualTo(deals.stream().collect(KpiCollectors.toBreakdown(options, PeriodScheme.calendarMonth(), Dimension.OWNER)));
    });
  }

  @Test
  void periodGroupsAddUpToTheWhole() {
    Property.forAll(700, 30, random -> {
      List<DealRecord> deals = RandomDeals.list(random, 100);
      KpiOptions options = KpiOptions.defaults();
      KpiBreakdown b = deals.stream().collect(KpiCollectors.toBreakdown(options, PeriodScheme.isoWeek()));
      // in a period breakdown every KPI needs its own date
      long won = deals.stream().filter(d -> d.outcome() == Outcome.WON && d.closedDate().isPresent()).count();
      long leads = deals.stream().filter(d -> d.createdDate().isPresent()).count();
      long cycles = deals.stream().filter(d -> d.outcome() == Outcome.WON && d.closedDate().isPresent() && d.createdDate().isPresent()).count();
      assertThat(b.groups().stream().mapToLong(g -> g.report().won()).sum()).isEqualTo(won);
      assertThat(b.groups().stream().mapToLong(g -> g.report().newLeads()).sum()).isEqualTo(leads);
      assertThat(b.groups().stream().mapToLong(g -> g.report().salesCycleDays().count()).sum()).isEqualTo(cycles);
      assertThat(b.unplaced()).isEqualTo(deals.stream().filter(d -> d.createdDate().isEmpty() && d.closedDate().isEmpty()
          && (d.outcome().isClosed() || d.expectedCloseDate().isEmpty())).count());
    });
  }
}
