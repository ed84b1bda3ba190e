package dev.salesops.core.internal.accumulate;

/**
 * The kinds of portable partial state, with the id written in byte 5 of the header (see {@link StateWriter}).
 * Ids are never reused; a reader refuses bytes of another kind.
 */
public enum PortableStateKind {
  /** {@code metrics.kpi.KpiAccumulator}. */
  KPI(1),
  /** {@code metrics.kpi.BreakdownAccumulator}. */
  KPI_BREAKDOWN(2),
  /** {@code metrics.funnel.FunnelAccumulator}. */
  FUNNEL(3),
  /** {@code metrics.kpi.RetentionAccumulator}. */
  RETENTION(4),
  /** {@code metrics.collections.ReceivableAgeing}. */
  AGEING(5),
  /** {@code metrics.collections.Dso}. */
  DSO(6),
  /** {@code metrics.collections.Cei}. */
  CEI(7),
  /** {@code scoring.predictive.FrequencyTables}. */
  FREQUENCY_TABLES(8),
  /** {@code metrics.stats.Sample} (exact values or a KLL sketch). */
  SAMPLE(9);

  private final int id;

  PortableStateKind(int id) {
    this.id = id;
  }

  /** The id written in the header. */
  public int id() {
    return id;
  }
}
