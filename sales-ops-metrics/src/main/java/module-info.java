/**
 * sales-ops metrics: ratios, mergeable KPI accumulators, funnel, forecasting, targets, appraisal, incentives and
 * collections metrics. Every package is API. No JSON library: the definition readers (appraisal schemes,
 * commission plans) use core's own reader; the JSON form of the values lives in {@code sales-ops-json}.
 */
@SuppressWarnings("requires-automatic") // DataSketches and Immutables are automatic modules
module dev.salesops.metrics {
  requires transitive dev.salesops.core;
  requires static org.immutables.value.annotations;
  // forecasting's fits and distributions; the KLL sketch of QuantileMode (file-name module names: neither jar
  // declares one)
  requires datasketches.java;
  requires org.apache.datasketches.memory;

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
