/**
 * Segmentation, key accounts and partner tiers (docs/DOMAIN.md §2), and the reusable {@link
 * dev.salesops.core.segmentation.WeightedAssessment} building block (criteria with weights and scores to an
 * exact total with its per-criterion breakdown) that key-account identification and partner/supplier tiers
 * are built on, and that other scoring models may reuse.
 *
 * <p>Schemes are data (records, JSON through sales-ops-json's codecs); constructing one
 * validates it and reports every problem at once as a {@link dev.salesops.core.validation.ValidationException}
 * (a codec reports the first as a {@link dev.salesops.core.json.JsonInputException} with its JSON path).
 */
package dev.salesops.core.segmentation;
