/**
 * Collection metrics (回款指標) over the invoice records of a {@link dev.salesops.core.collection.Ledger}, all
 * as mergeable {@link dev.salesops.core.accumulate.Accumulator}s (per thread, per shard, per machine):
 * receivable ageing by due date into buckets given as data ({@link
 * dev.salesops.metrics.collections.ReceivableAgeing}), DSO by the standard and the countback methods ({@link
 * dev.salesops.metrics.collections.Dso}), the collection effectiveness index ({@link
 * dev.salesops.metrics.collections.Cei}), cash collected per rep and period for appraisals ({@link
 * dev.salesops.metrics.collections.CollectedCash}) and bad-debt write-offs with their rate ({@link
 * dev.salesops.metrics.collections.BadDebt}).
 *
 * <p>Amounts are exact (minor units) and never converted between currencies: results are per currency.
 * Ratios are {@link dev.salesops.metrics.ratio.Ratio}s that keep their parts and are undefined, never 0, on an
 * empty denominator.
 */
package dev.salesops.metrics.collections;
