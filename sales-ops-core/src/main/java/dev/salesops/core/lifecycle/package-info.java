/**
 * Customer lifecycle (docs/DOMAIN.md §2): the stages {@link dev.salesops.core.lifecycle.LifecycleStage}, their
 * derivation from a customer's dated {@link dev.salesops.core.lifecycle.CustomerEvent events} by configurable
 * {@link dev.salesops.core.lifecycle.LifecycleRules} into a {@link dev.salesops.core.lifecycle.LifecycleTimeline}
 * (stage at an instant, time in stage, backward moves with reasons), {@link dev.salesops.core.lifecycle.Cohorts},
 * the {@link dev.salesops.core.lifecycle.ValuePyramid value pyramid}, and the per-period repeat-purchase and
 * cross-sell facts ({@link dev.salesops.core.lifecycle.CustomerPeriodFacts}) the metrics module aggregates.
 *
 * <p>Rules and pyramids are data (JSON through sales-ops-json's codecs); loading validates
 * them and reports every problem at once. Nothing here reads a clock: instants are passed in.
 */
package dev.salesops.core.lifecycle;
