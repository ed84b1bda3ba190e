/**
 * Performance appraisal (銷售績效考核體系): schemes of weighted indicators with scoring curves, gates, policy
 * validation, evaluation per person and period with a full breakdown, rating bands, period alignment and
 * team roll-ups.
 *
 * <p>Data flow: a {@link dev.salesops.metrics.appraisal.AppraisalScheme} (built in code or read with {@link
 * dev.salesops.metrics.appraisal.AppraisalSchemes}) is validated against an {@link
 * dev.salesops.metrics.appraisal.AppraisalPolicy} when it is built; the caller supplies the measured actuals
 * and targets per indicator and sub-period ({@link dev.salesops.metrics.appraisal.AppraisalInput}); {@link
 * dev.salesops.metrics.appraisal.AppraisalScheme#appraise} returns an {@link
 * dev.salesops.metrics.appraisal.Appraisal} with every intermediate number; {@link
 * dev.salesops.metrics.appraisal.TeamRollup} and {@link dev.salesops.metrics.appraisal.ForcedDistribution}
 * summarise many appraisals.
 *
 * <p><b>Numbers</b>: weights, achievements and scores are fractions held as {@link java.math.BigDecimal}
 * ({@code 0.40} = 40 %, a curve score of {@code 1.00} = 100 %). Sums and products are exact; the only
 * quotients (an achievement ratio, a mean, an interpolation) are rounded to 16 significant digits,
 * {@link java.math.RoundingMode#HALF_EVEN} ({@link java.math.MathContext#DECIMAL64}).
 */
@ValueStyle
package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.ValueStyle;
