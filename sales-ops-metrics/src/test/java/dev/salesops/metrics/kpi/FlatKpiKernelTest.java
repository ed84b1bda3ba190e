package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.testing.Property;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.stats.PercentileMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The flat full-report kernel of {@link KpiEngine} gives exactly the explained path's {@link KpiReport}s (every
 * figure, every currency): compared with {@link BreakdownAccumulator} over the equivalent {@link DealRecord}s and
 * with the engine's row path, sequentially and over many chunk splits (the merge equals the whole), on seeded
 * random deals with four currencies (two, zero and three decimals), every optional field sometimes missing, many
 * ties, per-row probabilities and forecast categories, lost reasons excluded or disqualified, both win-rate and
 * velocity bases, windows and both percentile methods.
 */
class FlatKpiKernelTest {
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));
  private static final List<String> STAGES = List.of("LEAD", "QUALIFY", "PROPOSAL", "NEGOTIATION", "UNPRICED");
  private static final List<String> REASONS = List.of("PRICE", "NO_DECISION", "COMPETITOR", "SPAM");
  private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

  private static DealRecord deal(Random random, int n, int owners) {
    DealRecord.Builder b = DealRecord.builder().id("D" + n);
    if (random.nextInt(12) > 0) {
      b.owner("rep-" + random.nextInt(owners));
    }
    Outcome outcome = Outcome.values()[random.nextInt(3)];
    b.outcome(outcome);
    LocalDate created = BASE.plusDays(random.nextInt(random.nextBoolean() ? 30 : 800));
    if (random.nextInt(10) > 0) {
      b.createdDate(created);
    }
    if (outcome != Outcome.OPEN && random.nextInt(10) > 0) {
      b.closedDate(created.plusDays(random.nextBoolean() ? random.nextInt(3) : random.nextInt(300)));
    }
    if (outcome == Outcome.OPEN && random.nextInt(3) > 0) {
      b.expectedCloseDate(created.plusDays(random.nextInt(250)));
    }
    if (random.nextInt(9) > 0) {
      CurrencyUnit c = CURRENCIES.get(random.nextInt(random.nextBoolean() ? 2 : CURRENCIES.size()));
      long minor = random.nextBoolean() ? 1000L * random.nextInt(5) : random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000);
      b.amount(Money.ofMinor(c, minor));
    }
    int stage = random.nextInt(STAGES.size() + 2);
    if (stage < STAGES.size()) {
      b.stage(STAGES.get(stage));
    }
    if (outcome == Outcome.LOST && random.nextInt(4) > 0) {
      b.lostReason(REASONS.get(random.nextInt(REASONS.size())));
    }
    if (random.nextInt(4) == 0) {
      b.probability(BigDecimal.valueOf(random.nextInt(1_000_001), 6));
    }
    if (random.nextInt(4) == 0) {
      b.forecastCategory(ForecastCategory.values()[random.nextInt(ForecastCategory.values().length)]);
    }
    if (random.nextInt(3) > 0) {
      b.newCustomer(random.nextBoolean());
    }
    return b.build();
  }

  private static List<DealRecord> deals(Random random) {
    int size = random.nextInt(5) == 0 ? random.nextInt(3) : random.nextInt(random.nextBoolean() ? 80 : 1500);
    int owners = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
    List<DealRecord> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(deal(random, i, owners));
    }
    return out;
  }

  private static KpiOptions options(Random random) {
    KpiOptions.Builder b = KpiOptions.builder();
    int w = random.nextInt(3);
    if (w == 1) {
      LocalDate start = BASE.plusDays(random.nextInt(600));
      b.window(DateRange.of(start, start.plusDays(1 + random.nextInt(300))));
    } else if (w == 2) {
      b.window(DateRange.of(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)));
    }
    b.winRateBasis(random.nextBoolean() ? WinRateBasis.CLOSED : WinRateBasis.CREATED);
    b.velocityBasis(random.nextBoolean() ? VelocityBasis.OPEN_QUALIFIED : VelocityBasis.ALL_NOT_DISQUALIFIED);
    if (random.nextBoolean()) {
      b.excludeLostReasons("NO_DECISION");
    }
    if (random.nextBoolean()) {
      b.disqualifiedLostReasons("SPAM", "PRICE");
    }
    b.percentileMethod(random.nextBoolean() ? PercentileMethod.LINEAR : PercentileMethod.NEAREST_RANK);
    b.cycleForAllClosed(random.nextBoolean());
    b.stageProbability("PROPOSAL", new BigDecimal("0.5")).stageForecastCategory("PROPOSAL", ForecastCategory.BEST_CASE);
    b.stageProbability("NEGOTIATION", new BigDecimal("0.815")).stageForecastCategory("NEGOTIATION", ForecastCategory.COMMIT);
    b.stageProbability("LEAD", new BigDecimal("0.1"));
    b.stageForecastCategory("QUALIFY", ForecastCategory.PIPELINE);
    if (random.nextBoolean()) {
      b.qualifiedStages("PROPOSAL", "NEGOTIATION");
    }
    return b.build();
  }

  /** The deals as columns by owner, dictionaries in random order. */
  private static KpiColumns columns(List<DealRecord> deals, Random random) {
    Map<String, Integer> owners = new LinkedHashMap<>();
    for (DealRecord d : deals) {
      if (d.owner != null) {
        owners.putIfAbsent(d.owner, owners.size());
      }
    }
    List<CurrencyUnit> currencies = new ArrayList<>(CURRENCIES);
    java.util.Collections.shuffle(currencies, random);
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, new ArrayList<>(owners.keySet()), currencies).stages(STAGES)
        .lostReasons(REASONS);
    for (DealRecord d : deals) {
      b.add(d.owner == null ? -1 : owners.get(d.owner), d.outcome, d.createdDay, d.closedDay, d.expectedCloseDay,
          d.currency == null ? -1 : currencies.indexOf(d.currency), d.amountMinor, d.stage == null ? -1 : STAGES.indexOf(d.stage));
      if (d.lostReason != null) {
        b.lostReason(REASONS.indexOf(d.lostReason));
      }
      if (d.probabilityMicro >= 0) {
        b.probabilityMicro(d.probabilityMicro);
      }
      if (d.forecastCategory != null) {
        b.forecastCategory(d.forecastCategory);
      }
      if (d.newCustomer >= 0) {
        b.newCustomer(d.newCustomer == 1);
      }
    }
    return b.build();
  }

  @Test
  void byGroupEqualsTheExplainedPathExactly() {
    Property.forAll(1404, 120, random -> {
      KpiOptions options = options(random);
      List<DealRecord> deals = deals(random);
      KpiColumns columns = columns(deals, random);
      assertThat(FlatKpiKernel.applies(options, columns)).isTrue();
      BreakdownAccumulator acc = BreakdownAccumulator.by(options, Dimension.OWNER);
      deals.forEach(acc::add);
      KpiBreakdown expected = acc.finish();
      assertThat(KpiEngine.byGroup(options, columns, false)).isEqualTo(expected);
      assertThat(KpiEngine.byGroup(options, columns, true, 1 + random.nextInt(50))).isEqualTo(expected);
      assertThat(KpiEngine.byGroupRows(options, columns, false, 1 << 16)).isEqualTo(expected);
    });
  }

  @Test
  void byPeriodEqualsTheExplainedPathExactly() {
    Property.forAll(1405, 100, random -> {
      KpiOptions options = options(random);
      List<DealRecord> deals = deals(random);
      KpiColumns columns = columns(deals, random);
      PeriodScheme scheme = random.nextBoolean() ? PeriodScheme.calendarMonth() : PeriodScheme.calendarQuarter();
      BreakdownAccumulator acc = BreakdownAccumulator.byPeriod(options, scheme);
      deals.forEach(acc::add);
      KpiBreakdown expected = acc.finish();
      assertThat(KpiEngine.byPeriod(options, columns, scheme, false)).isEqualTo(expected);
      assertThat(KpiEngine.byPeriod(options, columns, scheme, true, 1 + random.nextInt(50))).isEqualTo(expected);
    });
  }

  @Test
  void eachGroupsReportEqualsItsRecordsReport() {
    // the kernel's report of a group is the plain KpiReport.of over that group's records: checks every figure
    // through the public definition as well (not only through the breakdown accumulator)
    Property.forAll(1406, 30, random -> {
      KpiOptions options = options(random);
      List<DealRecord> deals = deals(random);
      KpiBreakdown fast = KpiEngine.byGroup(options, columns(deals, random), true, 1 + random.nextInt(20));
      for (KpiBreakdown.Group g : fast.groups()) {
        String owner = g.key().get(0);
        List<DealRecord> mine = deals.stream().filter(d -> owner.equals(d.owner == null ? "" : d.owner)).toList();
        KpiReport expected = KpiReport.of(mine, options);
        assertThat(g.report()).isEqualTo(expected);
        assertThat(g.report().currencies()).isEqualTo(expected.currencies());
        assertThat(g.report().toString()).isEqualTo(expected.toString());
      }
    });
  }

  @Test
  void weightedPipelineBeyondSixtyFourBitsStaysExact() {
    // amount × probability in millionths passes 2^63 (the kernel keeps 128 bits); the total still fits in a long
    Property.forAll(1407, 40, random -> {
      List<DealRecord> deals = new ArrayList<>();
      long left = Long.MAX_VALUE / 2;
      for (int i = 0; i < 6; i++) {
        long minor = Math.floorMod(random.nextLong(), left / 3) + 1;
        left -= minor;
        DealRecord.Builder b = DealRecord.builder().id("D" + i).owner("rep-" + random.nextInt(2)).outcome(Outcome.OPEN)
            .createdDate(BASE.plusDays(random.nextInt(40))).amount(Money.ofMinor(CurrencyUnit.USD, minor))
            .stage(STAGES.get(random.nextInt(STAGES.size())));
        if (random.nextBoolean()) {
          b.probability(BigDecimal.valueOf(random.nextInt(1_000_001), 6));
        }
        deals.add(b.build());
      }
      KpiOptions options = options(random);
      KpiColumns columns = columns(deals, random);
      assertThat(FlatKpiKernel.applies(options, columns)).isTrue();
      BreakdownAccumulator acc = BreakdownAccumulator.by(options, Dimension.OWNER);
      deals.forEach(acc::add);
      KpiBreakdown expected = acc.finish();
      KpiBreakdown fast = KpiEngine.byGroup(options, columns, true, 1);
      for (int g = 0; g < expected.groups().size(); g++) {
        assertThat(fast.groups().get(g).report().currencies()).isEqualTo(expected.groups().get(g).report().currencies());
      }
      assertThat(fast).isEqualTo(expected);
    });
  }

  @Test
  void amountsWhoseTotalCouldOverflowTakeTheCheckedPath() {
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann", "bob"), CURRENCIES);
    int day = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    b.add(0, Outcome.WON, day, day, KpiColumns.NO_DATE, 0, Long.MAX_VALUE - 5, -1);
    b.add(1, Outcome.WON, day, day, KpiColumns.NO_DATE, 0, 10, -1);
    KpiColumns c = b.build();
    assertThat(FlatKpiKernel.applies(KpiOptions.defaults(), c)).isFalse();
    // no group overflows, so the checked row path gives the report
    assertThat(KpiEngine.byGroup(KpiOptions.defaults(), c, false).groups()).hasSize(2);
  }
}
