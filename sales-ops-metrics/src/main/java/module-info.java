/**
 * sales-ops metrics: ratios, mergeable KPI accumulators, funnel, forecasting, targets, appraisal, incentives and
 * collections metrics. Every package is API. No JSON library: the definition readers (appraisal schemes,
 * commission plans) use core's own reader; the JSON form of the values lives in {@code sales-ops-json}.
 */
@SuppressWarnings("requires-automatic") // DataSketches and Immutables are automatic modules
module dev.salesops.metrics {
  requires transitive dev.salesops.core;
  requires static org.immutables.value.annotations;
  // optional (issue 18): only the KLL sketch of QuantileMode.approximate (stats.KllSample) needs DataSketches; a
  // modular host that uses it resolves the modules itself (requires datasketches.java, or --add-modules). File-name
  // module names: neither jar declares one.
  requires static datasketches.java;
  requires static org.apache.datasketches.memory;

  exports dev.salesops.metrics.appraisal;
  exports dev.salesops.metrics.collections;
  exports dev.salesops.metrics.forecast;
  exports dev.salesops.metrics.funnel;
  exports dev.salesops.metrics.incentive;
  exports dev.salesops.metrics.kpi;
  exports dev.salesops.metrics.period;
  exports dev.salesops.metrics.ratio;
  exports dev.salesops.metrics.stats;
  exports dev.salesops.metrics.target;
}
