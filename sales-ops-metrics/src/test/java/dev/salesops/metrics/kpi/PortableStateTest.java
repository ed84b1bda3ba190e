package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.testing.PortableFuzz;
import dev.salesops.core.testing.Property;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.funnel.FunnelStateCodec;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.stats.QuantileMode;
import dev.salesops.metrics.stats.Sample;
import dev.salesops.metrics.stats.SampleCodec;
import dev.salesops.metrics.testing.PortableLaws;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Portable partial states of the KPI accumulators: round trip, merge laws, refusals and fuzzing. */
class PortableStateTest {

  static KpiOptions randomOptions(Random random) {
    KpiOptions.Builder b = KpiOptions.builder();
    if (random.nextBoolean()) {
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(500));
      b.window(DateRange.of(start, start.plusDays(1 + random.nextInt(400))));
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
  void kpiAccumulatorLaws() {
    Random optionsRandom = new Random(15);
    for (int i = 0; i < 6; i++) {
      KpiOptions options = randomOptions(optionsRandom);
      PortableLaws.check(1500 + i, 15, r -> RandomDeals.list(r, 80), () -> new KpiAccumulator(options),
          KpiStateCodec::encode, (bytes, like) -> KpiStateCodec.decode(bytes, like.options()));
    }
  }

  @Test
  void breakdownLaws() {
    KpiOptions options = KpiOptions.builder().funnelStages(RandomDeals.STAGES).build();
    KpiOptions windowed = KpiOptions.builder().window(DateRange.of(LocalDate.of(2023, 3, 15), LocalDate.of(2024, 2, 1))).build();
    List<java.util.function.Supplier<BreakdownAccumulator>> configs = List.of(
        () -> BreakdownAccumulator.by(options, Dimension.OWNER),
        () -> BreakdownAccumulator.by(options, Dimension.OWNER, Dimension.REGION),
        () -> BreakdownAccumulator.byPeriod(options, PeriodScheme.calendarQuarter(), Dimension.REGION, Dimension.of("industry")),
        () -> BreakdownAccumulator.byPeriod(windowed, PeriodScheme.fiscalYear(Month.JULY)));
    for (int i = 0; i < configs.size(); i++) {
      PortableLaws.check(1600 + i, 12, r -> RandomDeals.list(r, 80), configs.get(i), BreakdownStateCodec::encode,
          BreakdownStateCodec::decode);
    }
  }

  @Test
  void funnelAndRetentionLaws() {
    PortableLaws.check(1700, 25, r -> RandomDeals.list(r, 80), () -> new FunnelAccumulator(RandomDeals.STAGES, 3, DateRange.all()),
        FunnelStateCodec::encode, FunnelStateCodec::decode);
    PortableLaws.check(1701, 25, r -> RandomDeals.list(r, 80).stream()
            .filter(d -> d.currency().map(CurrencyUnit.USD::equals).orElse(true)).collect(Collectors.toList()),
        () -> new RetentionAccumulator(CurrencyUnit.USD, DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)),
            DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))),
        RetentionStateCodec::encode, RetentionStateCodec::decode);
  }

  @Test
  void approximateQuantilesRoundTripTheirSketch() {
    org.junit.jupiter.api.Assumptions.assumeTrue(SampleCodec.kllSupported(),
        "skipped: datasketches-memory 3.0.2 refuses JDK " + System.getProperty("java.version") + " (supports 8, 11, 17, 21),"
            + " so KLL sketches cannot be serialized here");
    KpiOptions options = KpiOptions.builder().quantileMode(QuantileMode.approximate(16)).funnelStages(RandomDeals.STAGES).build();
    Property.forAll(1800, 20, r -> {
      KpiAccumulator acc = new KpiAccumulator(options);
      RandomDeals.list(r, 400).forEach(acc::add);
      byte[] bytes = KpiStateCodec.encode(acc);
      KpiAccumulator back = KpiStateCodec.decode(bytes, options);
      assertThat(KpiStateCodec.encode(back)).isEqualTo(bytes);
      assertThat(back.finish()).isEqualTo(acc.finish());
      PortableFuzz.check(r.nextLong(), 60, bytes, b -> KpiStateCodec.decode(b, options));
    });
    Property.forAll(1801, 20, r -> {
      QuantileMode mode = QuantileMode.approximate(8 + r.nextInt(40));
      Sample s = mode.newSample();
      int n = r.nextInt(2000);
      for (int i = 0; i < n; i++) {
        s.add(r.nextInt(1000) - 300);
      }
      byte[] bytes = SampleCodec.encode(s);
      Sample back = SampleCodec.decode(bytes, mode);
      assertThat(SampleCodec.encode(back)).isEqualTo(bytes);
      assertThat(back.toDistribution(PercentileMethod.LINEAR)).isEqualTo(s.toDistribution(PercentileMethod.LINEAR));
      assertThatThrownBy(() -> SampleCodec.decode(bytes, QuantileMode.approximate(mode.k() + 1)))
          .isInstanceOf(PortableStateException.class);
      PortableFuzz.check(r.nextLong(), 80, bytes, b -> SampleCodec.decode(b, mode));
    });
  }

  @Test
  void exactSamplesEncodeSortedGaps() {
    Property.forAll(1900, 40, r -> {
      Sample s = QuantileMode.exact().newSample();
      int n = r.nextInt(300);
      for (int i = 0; i < n; i++) {
        s.add(r.nextBoolean() ? r.nextInt(200) : r.nextLong() >> 12);
      }
      byte[] bytes = SampleCodec.encode(s);
      Sample back = SampleCodec.decode(bytes, QuantileMode.exact());
      assertThat(SampleCodec.encode(back)).isEqualTo(bytes);
      assertThat(back.toDistribution(PercentileMethod.LINEAR)).isEqualTo(s.toDistribution(PercentileMethod.LINEAR));
      PortableFuzz.check(r.nextLong(), 80, bytes, b -> SampleCodec.decode(b, QuantileMode.exact()));
    });
  }

  @Test
  void otherOptionsAndOtherKindsAreRefused() {
    KpiAccumulator acc = new KpiAccumulator(KpiOptions.defaults());
    RandomDeals.list(new Random(3), 50).forEach(acc::add);
    byte[] bytes = KpiStateCodec.encode(acc);
    KpiOptions other = KpiOptions.builder().winRateBasis(WinRateBasis.CREATED).build();
    assertThatThrownBy(() -> KpiStateCodec.decode(bytes, other)).isInstanceOf(PortableStateException.class)
        .hasMessageContaining("another configuration");
    assertThatThrownBy(() -> FunnelStateCodec.decode(bytes, FunnelAccumulator.of(RandomDeals.STAGES)))
        .isInstanceOf(PortableStateException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> BreakdownStateCodec.decode(bytes, BreakdownAccumulator.by(KpiOptions.defaults(), Dimension.OWNER)))
        .isInstanceOf(PortableStateException.class).hasMessageContaining("kind");
  }
}
