package dev.salesops.json;

import java.util.Map;
import java.util.Set;

/**
 * The model types whose JSON the codecs changed, because the Jackson mapper's was broken (a bean dump, an empty
 * object, an exception), and why; the codecs' form of these is pinned by the golden files only.
 */
final class JsonChanges {
  private JsonChanges() {}

  static final Map<Class<?>, String> CHANGED = Map.ofEntries(
      Map.entry(dev.salesops.core.money.MoneyBag.class, "the mapper wrote a bean dump {\"empty\":..,\"singleCurrency\":..}; now the array of its amounts"),
      Map.entry(dev.salesops.core.collection.Ledger.class, "had no JSON form (the mapper wrote a bean dump); now its facts, read back through Ledger.restore"),
      Map.entry(dev.salesops.core.collection.InvoiceRecord.class, "the mapper wrote a bean dump of getters; now the invoice and its facts"),
      Map.entry(dev.salesops.core.lifecycle.CustomerEvent.class, "the mapper failed (no getters); now type, at, productLine, amount"),
      Map.entry(dev.salesops.core.lifecycle.LifecycleTimeline.class, "the mapper wrote a bean dump; now its transitions"),
      Map.entry(dev.salesops.core.validation.Problem.class, "the mapper failed (no getters); now path, rule, value"),
      Map.entry(dev.salesops.core.segmentation.SegmentAssignment.class, "the mapper failed on its Problems; now they are written"),
      Map.entry(dev.salesops.core.collection.ReceivableSummary.class, "holds MoneyBags (written as bean dumps by the mapper)"),
      Map.entry(dev.salesops.metrics.collections.AgeingRow.class, "holds MoneyBags (written as bean dumps by the mapper)"),
      Map.entry(dev.salesops.metrics.forecast.ForecastPoint.class, "the mapper failed on OptionalDouble; now a number or null"),
      Map.entry(dev.salesops.metrics.forecast.FittedModel.State.class, "the mapper failed on OptionalDouble; now a number or null"),
      Map.entry(dev.salesops.metrics.forecast.PipelineForecast.Row.class, "the mapper failed on OptionalDouble; now a number or null"),
      Map.entry(dev.salesops.metrics.forecast.ForecastComparison.Row.class, "the mapper failed on OptionalDouble; now a number or null"));

  /**
   * The mapper wrote non-finite doubles (a score band's open top, {@code Infinity}) as bare tokens, which are not
   * JSON; the codecs write them as strings ({@code "Infinity"}). This turns the mapper's text into the codecs'
   * form so the rest of it can still be compared byte for byte.
   */
  static String quoteNonFinite(String json) {
    return json.replaceAll("([:\\[,])(-?Infinity|NaN)(?=[,}\\]])", "$1\"$2\"");
  }

  /** Types the codecs write but do not read back (yet): see the notes. */
  static final Set<Class<?>> WRITTEN_ONLY = Set.of(dev.salesops.metrics.kpi.KpiReport.class, dev.salesops.metrics.kpi.KpiBreakdown.class,
      dev.salesops.metrics.period.ReportingPeriod.class);

  /** Types the mapper writes correctly but cannot read (no creator): the codecs read them. */
  static final Set<Class<?>> MAPPER_CANNOT_READ = Set.of(
      // derived isX() members written but refused when read back by the mapper; the codecs accept and ignore them
      dev.salesops.core.lifecycle.CustomerPeriodFacts.class, dev.salesops.core.process.PromiseCheck.class,
      dev.salesops.scoring.predictive.Prediction.class,
      // no creator: the mapper could write these but never read them back; the codecs do (public factories added)
      dev.salesops.metrics.stats.Distribution.class, dev.salesops.metrics.kpi.KpiReport.class,
      dev.salesops.metrics.kpi.CurrencyKpis.class, dev.salesops.metrics.kpi.KpiBreakdown.class,
      // non-finite doubles: the mapper cannot read its own Infinity back
      dev.salesops.scoring.scorecard.Score.class, dev.salesops.scoring.health.HealthAssessment.class,
      dev.salesops.scoring.scorecard.GradeBand.class,
      // a label without its range; a CurrencyUnit map key the mapper cannot read
      dev.salesops.metrics.period.ReportingPeriod.class, dev.salesops.metrics.kpi.HeadlineKpis.class);
}
