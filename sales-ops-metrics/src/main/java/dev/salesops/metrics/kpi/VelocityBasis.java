package dev.salesops.metrics.kpi;

/**
 * Which opportunities the sales velocity counts ({@code opportunities × average deal size × win rate / average
 * sales cycle}, see {@link CurrencyKpis#salesVelocityPerDay()}).
 */
public enum VelocityBasis {
  /**
   * Open deals created in the window, with an amount, in a qualified stage ({@link KpiOptions#qualifiedStages()};
   * every open deal when none is named): the "qualified opportunities in the pipeline" of most CRM dashboards.
   * The default.
   */
  OPEN_QUALIFIED,
  /**
   * Every opportunity created in the window with an amount — open, won or lost — except those disqualified (lost
   * for one of {@link KpiOptions#disqualifiedLostReasons()}): the "number of opportunities" of the form that counts
   * all opportunities not disqualified, whatever their stage.
   */
  ALL_NOT_DISQUALIFIED
}
