/**
 * Contracts for won opportunities (回款與合同管理): parties, scope, delivery and acceptance terms, clauses,
 * and payment terms as dated milestones whose amounts add up exactly to the contract total; and the contract
 * review checklist, both as a plain API ({@link dev.salesops.core.contract.ContractReview}) and as the workflow
 * guard {@code contract.reviewed} ({@link dev.salesops.core.contract.ContractReviewedCriterionType}).
 *
 * <p>Invoices, payments and the follow-up ladder live in {@code dev.salesops.core.collection}.
 *
 * <p>JSON (sales-ops-json's codecs): the camelCase names of each type's
 * accessors ({@code id}, {@code opportunityId}, {@code accountId}, {@code ownerId}, {@code teamId}, {@code total},
 * {@code signedOn}, {@code scope}, {@code deliveryTerms}, ..., {@code milestones}); money as {@code
 * {"amount":"1234.50","currency":"USD"}}, dates ISO-8601; absent optional fields are omitted on output and may be
 * omitted or {@code null} on input; lists may be omitted. Derived values ({@code currency}, {@code
 * paymentSchedule}, {@code ScopeLine.amount}) are not written and refused on input. Input goes through the
 * same validation as the builders and factories (a contract reports all its problems at once); a failure
 * through the codecs is a {@link dev.salesops.core.json.JsonInputException} naming
 * the JSON path. {@link dev.salesops.core.contract.PaymentMilestone} and {@link
 * dev.salesops.core.contract.ReviewFinding} are results: they are written and read back as they are.
 */
@ValueStyle
package dev.salesops.core.contract;

import dev.salesops.core.internal.ValueStyle;
