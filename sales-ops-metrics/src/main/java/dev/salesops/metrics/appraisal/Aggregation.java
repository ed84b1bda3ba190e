package dev.salesops.metrics.appraisal;

/**
 * How the measurements of an indicator's shorter sub-periods (weeks, months) roll up into the appraisal
 * period. The rule is applied to actuals and targets alike, and the achievement is computed from the
 * rolled-up pair: {@code SUM} gives {@code Σ actual / Σ target}; {@code MEAN} gives {@code mean(actual) /
 * mean(target)}, which is the same ratio whenever every sub-period was supplied. Means are rounded to 16
 * significant digits ({@code HALF_EVEN}).
 */
public enum Aggregation {
  /** Actuals and targets are added (visits, revenue). */
  SUM,
  /** Actuals and targets are averaged over the supplied sub-periods (a weekly rating, a headcount). */
  MEAN
}
