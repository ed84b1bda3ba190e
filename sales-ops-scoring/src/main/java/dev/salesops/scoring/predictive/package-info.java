/**
 * Predictive scoring: naive Bayes learned from the host's own closed-won / closed-lost deals, as CRMs such as
 * Odoo ship it ("predictive lead scoring"), with every prediction explained factor by factor.
 *
 * <p>Data flow: {@link dev.salesops.scoring.predictive.ClosedDeal}s are added to {@link
 * dev.salesops.scoring.predictive.FrequencyTables} (an {@link dev.salesops.core.accumulate.Accumulator}: add,
 * remove on reopen, merge shards); {@link dev.salesops.scoring.predictive.FrequencyTables#finish()} freezes them
 * into a {@link dev.salesops.scoring.predictive.NaiveBayesModel}, which predicts an open {@link
 * dev.salesops.scoring.predictive.Deal} as a {@link dev.salesops.scoring.predictive.Prediction} (probability,
 * prior, likelihood ratio per field value, values skipped). {@link dev.salesops.scoring.predictive.NaiveBayesConfig}
 * holds the stages, fields, smoothing and clamp; {@link dev.salesops.scoring.predictive.NaiveBayesConfig#odooPreset}
 * is the Odoo configuration.
 *
 * <p>Bulk paths: {@link dev.salesops.scoring.predictive.FrequencyTables#addAll(Iterable)}; and {@link
 * dev.salesops.scoring.predictive.DealColumns}, a batch of deals encoded once into int-id columns, counted by
 * {@link dev.salesops.scoring.predictive.FrequencyTables#addAll(DealColumns)} and scored by {@link
 * dev.salesops.scoring.predictive.NaiveBayesModel#probabilities(DealColumns)} without hashing a string per deal
 * (for deals scored repeatedly). Every fast path gives exactly the counts and probabilities of the one-deal paths.
 */
package dev.salesops.scoring.predictive;
