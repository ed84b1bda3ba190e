/**
 * Incentives (激勵): commission plans fed by attainment and the appraisal rating (考核結果應與薪酬激勵緊密關聯).
 *
 * <p>A {@link dev.salesops.metrics.incentive.CommissionPlan} (flat, tiered marginal or tiered retroactive,
 * with accelerators above quota, caps and a payout multiplier per rating band) turns a credited amount
 * and a quota into a {@link dev.salesops.metrics.incentive.Payout}: exact money with a stated rounding and
 * the calculation lines a rep can check by hand.
 *
 * <p>JSON (sales-ops-json's codecs): a plan is an object with its accessor names
 * (read by the codec, stopping at the first problem, or with {@link
 * dev.salesops.metrics.incentive.CommissionPlans#read}, reporting every problem at once); a {@link
 * dev.salesops.metrics.incentive.Payout} is written with its lines and reads back equal.
 */
@ValueStyle
package dev.salesops.metrics.incentive;

import dev.salesops.core.internal.ValueStyle;
