/**
 * Sales targets (銷售目標設定與分解): {@link dev.salesops.metrics.target.Target} definitions with a
 * {@link dev.salesops.metrics.target.SmartCheck}, exact top-down decomposition
 * ({@link dev.salesops.metrics.target.TargetDecomposition}: by explicit weights, historical share or forecast
 * share, down several levels and across months by seasonal indices; parts add up exactly, money included)
 * and milestones with gap and required run rate ({@link dev.salesops.metrics.target.MilestonePlan}).
 */
@ValueStyle
package dev.salesops.metrics.target;

import dev.salesops.core.internal.ValueStyle;
