/**
 * Sales targets (銷售目標設定與分解): {@link dev.salesops.metrics.target.Target} definitions with a
 * {@link dev.salesops.metrics.target.SmartCheck}, exact top-down decomposition
 * ({@link dev.salesops.metrics.target.TargetDecomposition}: by explicit weights, historical share or forecast
 * share, down several levels and across months by seasonal indices; parts add up exactly, money included)
 * and milestones with gap and required run rate ({@link dev.salesops.metrics.target.MilestonePlan}).
 *
 * <p>JSON (sales-ops-json's codecs): {@link dev.salesops.metrics.target.Target},
 * {@link dev.salesops.metrics.target.Scope}, {@link dev.salesops.metrics.target.TargetPeriod} (months as
 * {@code "2026-01"}), {@link dev.salesops.metrics.target.Milestone}, {@link
 * dev.salesops.metrics.target.SmartFinding}, {@link dev.salesops.metrics.target.MilestoneStatus} and {@link
 * dev.salesops.metrics.target.TargetAllocation} are objects with their accessor names; a {@link
 * dev.salesops.metrics.target.MilestonePlan} is its monthly plan (an object keyed by month). Absent optionals
 * are omitted; input goes through the same validation as the builders and factories. {@link
 * dev.salesops.metrics.target.Weights} (generic in its keys) has no JSON form.
 */
@ValueStyle
package dev.salesops.metrics.target;

import dev.salesops.core.internal.ValueStyle;
