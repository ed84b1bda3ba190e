package dev.salesops.json;

import static dev.salesops.json.ObjectCodec.Include.NON_ABSENT;

import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonValue;
import dev.salesops.metrics.appraisal.Appraisal;
import dev.salesops.metrics.appraisal.CalendarPeriod;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.incentive.CommissionPlan;
import dev.salesops.metrics.kpi.CurrencyKpis;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.metrics.kpi.Retention;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.ReportingPeriod;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.target.TargetAllocation;
import dev.salesops.metrics.target.MilestonePlan;
import dev.salesops.metrics.target.Target;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.joda.money.Money;

/** The codecs of sales-ops-metrics' models. Not API. */
final class MetricsCodecs {
  private MetricsCodecs() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonCodec<?> rec(Class<?> k) {
    return ObjectCodec.record((Class) k).build();
  }

  static List<JsonCodec<?>> all() {
    List<JsonCodec<?>> c = new ArrayList<>();
    c.add(ratio());
    c.add(distribution());
    c.add(ObjectCodec.record(DateRange.class).hide("all").build());
    c.add(new ReportingPeriodCodec());
    c.add(Codecs.string(CalendarPeriod.class, CalendarPeriod::label, CalendarPeriod::parse));
    // KPIs
    c.add(kpiReport());
    c.add(ObjectCodec.record(CurrencyKpis.class).build());
    c.add(ObjectCodec.record(Retention.class).build());
    c.add(kpiBreakdown());
    c.add(rec(dev.salesops.metrics.kpi.HeadlineKpis.class));
    c.add(rec(dev.salesops.metrics.kpi.StageEntry.class));
    c.add(ObjectCodec.record(Funnel.class).rename("bottleneckStage", "bottleneck").build());
    c.add(rec(dev.salesops.metrics.funnel.FunnelStage.class));
    c.add(rec(dev.salesops.metrics.stats.QuantileMode.class));
    // targets
    c.add(ObjectCodec.immutable(Target.class, "id", "metric", "scope", "period", "amount", "count", "unit", "parentId", "milestones")
        .include(NON_ABSENT).build());
    c.add(rec(dev.salesops.metrics.target.Scope.class));
    c.add(rec(dev.salesops.metrics.target.TargetPeriod.class));
    c.add(rec(dev.salesops.metrics.target.Milestone.class));
    c.add(rec(dev.salesops.metrics.target.MilestoneStatus.class));
    c.add(rec(dev.salesops.metrics.target.SmartFinding.class));
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.target.SmartContext.class, "sameperiodLastYear", "trailingMonthlyRunRate", "parent", "parts").build());
    c.add(Codecs.delegating(MilestonePlan.class, Codecs.param(SortedMap.class, YearMonth.class, Money.class), MilestonePlan::plan,
        (SortedMap<YearMonth, Money> m) -> MilestonePlan.of(m)));
    c.add(ObjectCodec.of(TargetAllocation.class)
        .member("key", String.class, TargetAllocation::key)
        .member("amount", Money.class, TargetAllocation::amount)
        .member("share", Ratio.class, TargetAllocation::share)
        .member("children", Codecs.param(List.class, TargetAllocation.class), TargetAllocation::children)
        .factory(a -> TargetAllocation.of((String) a[0], (Money) a[1], (Ratio) a[2], CoreCodecs.cast(a[3]))).build());
    // appraisal
    c.add(ObjectCodec.valueClass(Appraisal.class, "subject", "period", "scheme", "indicators", "gates", "subtotals", "total", "totalZeroedBy", "band", "uncappedTotal").hide("uncappedTotal")
        .derived("uncappedTotal", BigDecimal.class, a -> a.uncappedTotal().orElse(null))
        .include(ObjectCodec.Include.NON_NULL, "uncappedTotal").build());
    for (Class<?> k : List.of(dev.salesops.metrics.appraisal.IndicatorResult.class, dev.salesops.metrics.appraisal.GateResult.class,
        dev.salesops.metrics.appraisal.Measurement.class, dev.salesops.metrics.appraisal.AppraisalInput.class,
        dev.salesops.metrics.appraisal.RatingBand.class, dev.salesops.metrics.appraisal.RatingBands.class,
        dev.salesops.metrics.appraisal.RatingDistribution.class, dev.salesops.metrics.appraisal.TeamSummary.class,
        dev.salesops.metrics.appraisal.ScoreRounding.class, dev.salesops.metrics.appraisal.ScorePoints.class,
        dev.salesops.metrics.appraisal.LinearCurve.class, dev.salesops.metrics.appraisal.ThresholdCurve.class,
        dev.salesops.metrics.appraisal.BandedCurve.class, dev.salesops.metrics.appraisal.Gate.class,
        dev.salesops.metrics.appraisal.ForcedDistribution.class,
        dev.salesops.metrics.appraisal.ForcedDistribution.Finding.class, dev.salesops.metrics.appraisal.AppraisalPolicy.class,
        dev.salesops.metrics.appraisal.AppraisalPolicy.TypeRule.class)) {
      c.add(rec(k));
    }
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.appraisal.ForcedDistribution.Limit.class, "bands", "minShare", "maxShare").build());
    // incentives
    c.add(ObjectCodec.immutable(CommissionPlan.class, "name", "currency", "method", "tiers", "accelerators", "attainmentCap", "payoutCap",
        "ratingMultipliers", "rounding", "roundingMode", "tierEdge").include(NON_ABSENT).build());
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.incentive.Payout.class, "plan", "credited", "quota", "attainment", "rating", "lines", "total").include(NON_ABSENT).build());
    c.add(rec(dev.salesops.metrics.incentive.PayoutLine.class));
    c.add(rec(dev.salesops.metrics.incentive.RateTier.class));
    c.add(rec(dev.salesops.metrics.incentive.Accelerator.class));
    // collections KPIs
    for (Class<?> k : List.of(dev.salesops.metrics.collections.CeiResult.class, dev.salesops.metrics.collections.BadDebtResult.class,
        dev.salesops.metrics.collections.CountbackMonth.class,
        dev.salesops.metrics.collections.AgeingRow.class)) {
      c.add(rec(k));
    }
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.collections.DsoResult.class, "endingReceivables", "creditSales", "daysInPeriod", "standard", "countback", "countbackMonths").build());
    // forecasting (metrics' clv package is not exported: not API)
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.forecast.ForecastPoint.class, "period", "step", "mean", "lower", "upper").build());
    c.add(rec(dev.salesops.metrics.forecast.OpenDeal.class));
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.forecast.FittedModel.State.class, "period", "xhat", "level", "trend", "season").build());
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.forecast.PipelineForecast.Row.class, "period", "timeSeriesForecast", "pipeline").build());
    c.add(ObjectCodec.valueClass(dev.salesops.metrics.forecast.ForecastComparison.Row.class, "period", "actual", "forecast", "error", "absolutePercentError", "insideInterval").build());
    return c;
  }

  /**
   * A ratio with its parts: {@code {"value":0.25,"numerator":1,"denominator":4}}; the value is {@code null} when
   * the ratio is undefined (denominator 0). The value is derived: accepted and ignored when read.
   */
  static JsonCodec<Ratio> ratio() {
    return ObjectCodec.of(Ratio.class)
        .derived("value", BigDecimal.class, r -> r.value().orElse(null))
        .member("numerator", BigDecimal.class, Ratio::numerator)
        .member("denominator", BigDecimal.class, Ratio::denominator)
        .required("numerator", "denominator")
        .factory(a -> Ratio.of((BigDecimal) a[0], (BigDecimal) a[1]))
        .build();
  }

  /** {@code {"count","sum","mean","min","median","p90","max","method","approximate"}}; mean is derived. */
  static JsonCodec<Distribution> distribution() {
    java.lang.reflect.Type opt = Codecs.param(Optional.class, BigDecimal.class);
    return ObjectCodec.of(Distribution.class)
        .member("count", long.class, Distribution::count)
        .member("sum", BigDecimal.class, Distribution::sum)
        .derived("mean", Ratio.class, Distribution::mean)
        .member("min", opt, Distribution::min)
        .member("median", opt, Distribution::median)
        .member("p90", opt, Distribution::p90)
        .member("max", opt, Distribution::max)
        .member("method", PercentileMethod.class, Distribution::method)
        .member("approximate", boolean.class, Distribution::approximate)
        .required("count", "sum", "method")
        .factory(a -> Distribution.of((Long) a[0], (BigDecimal) a[1], decimalOrNull(a[2]), decimalOrNull(a[3]), decimalOrNull(a[4]),
            decimalOrNull(a[5]), (PercentileMethod) a[6], (Boolean) a[7]))
        .build();
  }

  /** An optional member's value as the nullable parameter the factory takes (null = absent). */
  private static BigDecimal decimalOrNull(Object optional) {
    return optional == null ? null : ((Optional<?>) optional).map(BigDecimal.class::cast).orElse(null);
  }

  /** A reporting period is written as its label ({@code "2026-Q1"}); it is not read back (the label does not hold the range). */
  static final class ReportingPeriodCodec implements JsonCodec<ReportingPeriod> {
    @Override
    public Class<ReportingPeriod> type() {
      return ReportingPeriod.class;
    }

    @Override
    public JsonValue encode(ReportingPeriod value) {
      return dev.salesops.core.json.JsonString.of(value.label());
    }

    @Override
    public ReportingPeriod decode(JsonValue json, String path) {
      throw Fail.of("ReportingPeriod", path, "a reporting period is written as its label only and is not read back");
    }
  }

  /**
   * The KPI report, as the mapper wrote it: {@code window} as {@code {"start","end"}} (nulls for the unbounded
   * window), currencies by ISO code, every member always present (null when absent).
   */
  static JsonCodec<KpiReport> kpiReport() {
    return ObjectCodec.of(KpiReport.class)
        .member("window", JsonValue.class, r -> window(r.window()))
        .member("records", long.class, KpiReport::records)
        .member("newLeads", long.class, KpiReport::newLeads)
        .member("newOpportunities", long.class, KpiReport::newOpportunities)
        .member("newCustomers", long.class, KpiReport::newCustomers)
        .member("won", long.class, KpiReport::won)
        .member("lost", long.class, KpiReport::lost)
        .member("open", long.class, KpiReport::open)
        .member("winRate", Ratio.class, KpiReport::winRate)
        .member("winRateBasis", dev.salesops.metrics.kpi.WinRateBasis.class, KpiReport::winRateBasis)
        .member("excludedLostReasons", Codecs.param(java.util.SortedSet.class, String.class), KpiReport::excludedLostReasons)
        .member("salesCycleDays", Distribution.class, KpiReport::salesCycleDays)
        .member("salesCycleDaysAllClosed", Codecs.param(Optional.class, Distribution.class), KpiReport::salesCycleDaysAllClosed)
        .member("currencies", Codecs.param(SortedMap.class, org.joda.money.CurrencyUnit.class, CurrencyKpis.class), KpiReport::currencies)
        .member("funnel", Codecs.param(Optional.class, Funnel.class), KpiReport::funnel)
        .member("missing", Codecs.param(SortedMap.class, String.class, Long.class), KpiReport::missing)
        .member("moneyPolicy", String.class, KpiReport::moneyPolicy)
        .member("quantiles", String.class, KpiReport::quantiles)
        .build();
  }

  static JsonValue window(DateRange w) {
    boolean all = w.equals(DateRange.all());
    return JsonObject.builder()
        .put("start", all ? JsonNull.INSTANCE : dev.salesops.core.json.JsonString.of(w.start().toString()))
        .put("end", all ? JsonNull.INSTANCE : dev.salesops.core.json.JsonString.of(w.end().toString()))
        .build();
  }

  /** {@code {"dimensions":[..],"unplaced":0,"groups":[{"key":{dimension:value},"report":{..}}]}}. */
  static JsonCodec<KpiBreakdown> kpiBreakdown() {
    return ObjectCodec.of(KpiBreakdown.class)
        .member("dimensions", Codecs.param(List.class, String.class), KpiBreakdown::dimensions)
        .member("unplaced", long.class, KpiBreakdown::unplaced)
        .member("groups", JsonValue.class, b -> {
          dev.salesops.core.json.JsonArray.Builder arr = dev.salesops.core.json.JsonArray.builder();
          for (KpiBreakdown.Group g : b.groups()) {
            JsonObject.Builder key = JsonObject.builder();
            for (int i = 0; i < b.dimensions().size(); i++) {
              key.put(b.dimensions().get(i), g.key().get(i));
            }
            arr.add(JsonObject.builder().put("key", key.build()).put("report", SalesOpsCodecs.standard().encode(g.report())).build());
          }
          return arr.build();
        })
        .build();
  }
}
