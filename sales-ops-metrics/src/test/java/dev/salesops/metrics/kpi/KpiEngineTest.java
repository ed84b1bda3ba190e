package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
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
import org.junit.jupiter.api.Test;

/** The columnar path equals the record path (the explained accumulators) exactly, over seeded random data. */
class KpiEngineTest {
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY);
  private static final List<String> REASONS = List.of("PRICE", "NO_DECISION", "COMPETITOR");

  /** The records as columns grouped by owner (what a host holding the same data would fill). */
  static KpiColumns columns(List<DealRecord> deals) {
    Map<String, Integer> owners = new LinkedHashMap<>();
    for (DealRecord d : deals) {
      if (d.owner != null) {
        owners.putIfAbsent(d.owner, owners.size());
      }
    }
    List<String> stages = new ArrayList<>(RandomDeals.STAGES);
    stages.add("OTHER");
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, new ArrayList<>(owners.keySet()), CURRENCIES).stages(stages)
        .lostReasons(REASONS);
    for (DealRecord d : deals) {
      b.add(d.owner == null ? -1 : owners.get(d.owner), d.outcome, d.createdDay, d.closedDay, d.expectedCloseDay,
          d.currency == null ? -1 : CURRENCIES.indexOf(d.currency), d.amountMinor, d.stage == null ? -1 : stages.indexOf(d.stage));
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

  private static BreakdownAccumulator feed(BreakdownAccumulator acc, List<DealRecord> deals) {
    deals.forEach(acc::add);
    return acc;
  }

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
      b.qualifiedStages("PROPOSAL", "NEGOTIATION");
    }
    return b.build();
  }

  /** Random deals with many ties in cycles and amounts, a third currency, and sometimes odd, even or no rows per owner. */
  private static List<DealRecord> deals(Random random) {
    List<DealRecord> out = RandomDeals.list(random, random.nextInt(4) == 0 ? 400 : 60);
    if (random.nextBoolean()) {
      List<DealRecord> tied = new ArrayList<>(out.size());
      for (DealRecord d : out) {
        DealRecord.Builder b = d.toBuilder();
        if (d.currency != null && random.nextInt(3) == 0) {
          b.amount(org.joda.money.Money.ofMinor(random.nextBoolean() ? d.currency : CurrencyUnit.JPY, 100L * random.nextInt(4)));
        }
        if (d.createdDay != DealRecord.NO_DATE && d.closedDay != DealRecord.NO_DATE) {
          b.closedDate(LocalDate.ofEpochDay(d.createdDay + random.nextInt(3)));
        }
        tied.add(b.build());
      }
      out = tied;
    }
    return out;
  }

  @Test
  void byGroupEqualsTheRecordPath() {
    Property.forAll(1401, 300, random -> {
      KpiOptions options = randomOptions(random);
      List<DealRecord> deals = deals(random);
      KpiColumns columns = columns(deals);
      KpiBreakdown expected = feed(BreakdownAccumulator.by(options, Dimension.OWNER), deals).finish();
      assertThat(KpiEngine.byGroup(options, columns, false)).isEqualTo(expected);
      assertThat(KpiEngine.byGroup(options, columns, true, 7)).isEqualTo(expected);
    });
  }

  @Test
  void byPeriodEqualsTheRecordPath() {
    Property.forAll(1402, 200, random -> {
      KpiOptions options = randomOptions(random);
      List<DealRecord> deals = deals(random);
      KpiColumns columns = columns(deals);
      PeriodScheme scheme = random.nextBoolean() ? PeriodScheme.calendarMonth() : PeriodScheme.calendarQuarter();
      KpiBreakdown expected = feed(BreakdownAccumulator.byPeriod(options, scheme), deals).finish();
      assertThat(KpiEngine.byPeriod(options, columns, scheme, false)).isEqualTo(expected);
      assertThat(KpiEngine.byPeriod(options, columns, scheme, true, 5)).isEqualTo(expected);
    });
  }

  @Test
  void headlineEqualsTheFullReportsFields() {
    Property.forAll(1403, 300, random -> {
      KpiOptions options = randomOptions(random);
      List<DealRecord> deals = deals(random);
      KpiColumns columns = columns(deals);
      List<HeadlineKpis> expected = new ArrayList<>();
      feed(BreakdownAccumulator.by(options, Dimension.OWNER), deals).finish().groups()
          .forEach(g -> expected.add(HeadlineKpis.of(g.key(), g.report())));
      assertThat(KpiEngine.headline(options, columns, false)).isEqualTo(expected);
      assertThat(KpiEngine.headline(options, columns, true, 3)).isEqualTo(expected);
    });
  }

  @Test
  void emptyColumnsGiveEmptyBreakdowns() {
    KpiColumns none = KpiColumns.builder(Dimension.OWNER, List.of("ann"), CURRENCIES).build();
    KpiOptions options = KpiOptions.defaults();
    assertThat(KpiEngine.byGroup(options, none, true).groups()).isEmpty();
    assertThat(KpiEngine.byPeriod(options, none, PeriodScheme.calendarMonth(), true).groups()).isEmpty();
    assertThat(KpiEngine.headline(options, none, true)).isEmpty();
  }

  @Test
  void rowsAreValidatedLikeRecords() {
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), CURRENCIES);
    int day = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    assertThatThrownBy(() -> b.add(0, Outcome.OPEN, day, day, KpiColumns.NO_DATE, -1, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("closedDate");
    assertThatThrownBy(() -> b.add(0, Outcome.WON, day, day - 1, KpiColumns.NO_DATE, -1, 0, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> b.add(0, Outcome.WON, day, day, KpiColumns.NO_DATE, 0, -5, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> b.add(1, Outcome.WON, day, day, KpiColumns.NO_DATE, 0, 5, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("group");
    assertThatThrownBy(() -> b.add(0, Outcome.WON, Integer.MAX_VALUE, KpiColumns.NO_DATE, KpiColumns.NO_DATE, 0, 5, -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("createdDate");
    assertThatThrownBy(() -> KpiColumns.builder(Dimension.OWNER, List.of("ann", "ann"), CURRENCIES))
        .isInstanceOf(ValidationException.class).hasMessageContaining("repeat");
    assertThat(b.size()).isZero();
  }

  @Test
  void funnelOptionsAreRefused() {
    KpiColumns none = KpiColumns.builder(Dimension.OWNER, List.of("ann"), CURRENCIES).build();
    KpiOptions funnel = KpiOptions.builder().funnelStages(RandomDeals.STAGES).build();
    assertThatThrownBy(() -> KpiEngine.byGroup(funnel, none, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("funnel");
  }

  @Test
  void wonSumOverflowIsDetected() {
    KpiColumns.Builder b = KpiColumns.builder(Dimension.OWNER, List.of("ann"), CURRENCIES);
    int day = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    b.add(0, Outcome.WON, day, day, KpiColumns.NO_DATE, 0, Long.MAX_VALUE, -1);
    b.add(0, Outcome.WON, day, day, KpiColumns.NO_DATE, 0, 1, -1);
    KpiColumns c = b.build();
    assertThatThrownBy(() -> KpiEngine.headline(KpiOptions.defaults(), c, false)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> KpiEngine.byGroup(KpiOptions.defaults(), c, false)).isInstanceOf(ArithmeticException.class);
  }
}
