package dev.salesops.metrics.kpi;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.period.ReportingPeriod;
import dev.salesops.metrics.stats.LongSample;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.stats.Percentiles;
import dev.salesops.metrics.stats.QuantileMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Null arguments fail with NullPointerException; values have consistent equals/hashCode. */
class PublicApiNullAndEqualsTest {
  private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 2, 1);

  @Test
  void nullArgumentsAreRefused() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(DateRange.class, DateRange.of(D1, D2))
        .setDefault(KpiOptions.class, KpiOptions.defaults())
        .setDefault(PeriodScheme.class, PeriodScheme.calendarMonth())
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .setDefault(org.joda.money.Money.class, org.joda.money.Money.of(CurrencyUnit.USD, 1))
        .setDefault(dev.salesops.metrics.ratio.Ratio.class, dev.salesops.metrics.ratio.Ratio.of(1, 2))
        .setDefault(java.math.BigDecimal.class, java.math.BigDecimal.ONE)
        .setDefault(PercentileMethod.class, PercentileMethod.LINEAR)
        .setDefault(DealRecord.class, DealRecord.builder().id("x").build())
        .setDefault(long[].class, new long[] {1});
    t.testAllPublicStaticMethods(KpiFormulas.class);
    t.testAllPublicStaticMethods(PeriodScheme.class);
    t.testAllPublicStaticMethods(DateRange.class);
    t.testAllPublicStaticMethods(Percentiles.class);
    t.testAllPublicStaticMethods(KpiCollectors.class);
    t.testAllPublicStaticMethods(DealRecords.class);
    t.testAllPublicStaticMethods(Dimension.class);
    t.testAllPublicInstanceMethods(new KpiAccumulator());
    t.testAllPublicInstanceMethods(BreakdownAccumulator.by(KpiOptions.defaults(), Dimension.OWNER));
    t.testAllPublicInstanceMethods(FunnelAccumulator.of(List.of("A", "B")));
    t.testAllPublicInstanceMethods(new RetentionAccumulator(CurrencyUnit.USD, DateRange.all(), DateRange.all()));
    t.testAllPublicInstanceMethods(new LongSample());
    t.testAllPublicInstanceMethods(QuantileMode.exact().newSample());
    t.testAllPublicInstanceMethods(DealRecord.builder().id("x").build());
    t.testAllPublicInstanceMethods(KpiOptions.defaults());
    t.testAllPublicInstanceMethods(new KpiAccumulator().finish());
    t.testAllPublicInstanceMethods(DateRange.of(D1, D2));
    t.testAllPublicInstanceMethods(PeriodScheme.calendarMonth().periodOf(D1));
    t.testAllPublicInstanceMethods(FunnelAccumulator.of(List.of("A")).finish());
  }

  @Test
  void equalsAndHashCode() {
    DealRecord a = DealRecord.builder().id("a").owner("ann").amount("1.00", "USD").build();
    KpiReport r1 = KpiReport.of(List.of(a), KpiOptions.defaults());
    new EqualsTester()
        .addEqualityGroup(a, a.toBuilder().build())
        .addEqualityGroup(a.toBuilder().owner("bob").build())
        .addEqualityGroup(a.toBuilder().amount("1.00", "EUR").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(r1, KpiReport.of(List.of(a), KpiOptions.defaults()))
        .addEqualityGroup(KpiReport.of(List.of(), KpiOptions.defaults()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DateRange.of(D1, D2), DateRange.of(D1, D2))
        .addEqualityGroup(DateRange.all())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PeriodScheme.fiscalYear(Month.APRIL), PeriodScheme.fiscalYear(Month.APRIL))
        .addEqualityGroup(PeriodScheme.fiscalQuarter(Month.APRIL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PeriodScheme.calendarMonth().periodOf(D1), new ReportingPeriod("2024-01", DateRange.of(D1, D2)))
        .addEqualityGroup(PeriodScheme.calendarMonth().periodOf(D2))
        .testEquals();
  }
}
