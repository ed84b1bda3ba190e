/**
 * sales-ops metrics: ratios, mergeable KPI accumulators, funnel, forecasting, targets, appraisal, incentives and
 * collections metrics. Every package is API. Jackson databind is optional ({@code requires static}): only the
 * definition readers (appraisal schemes, commission plans) use it; the packages whose values Jackson builds are
 * opened to it.
 */
@SuppressWarnings("requires-automatic") // DataSketches and Immutables are automatic modules
module dev.salesops.metrics {
  requires transitive dev.salesops.core;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
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

  opens dev.salesops.metrics.appraisal to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.funnel to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.incentive to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.kpi to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.period to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.ratio to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.stats to com.fasterxml.jackson.databind;
  opens dev.salesops.metrics.target to com.fasterxml.jackson.databind;
}
