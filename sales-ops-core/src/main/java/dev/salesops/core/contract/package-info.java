/**
 * Contracts for won opportunities (回款與合同管理): parties, scope, delivery and acceptance terms, clauses,
 * and payment terms as dated milestones whose amounts add up exactly to the contract total; and the contract
 * review checklist, both as a plain API ({@link dev.salesops.core.contract.ContractReview}) and as the workflow
 * guard {@code contract.reviewed} ({@link dev.salesops.core.contract.ContractReviewedCriterionType}).
 *
 * <p>Invoices, payments and the follow-up ladder live in {@code dev.salesops.core.collection}.
 */
@ValueStyle
package dev.salesops.core.contract;

import dev.salesops.core.internal.ValueStyle;
