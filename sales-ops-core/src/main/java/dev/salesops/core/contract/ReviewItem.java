package dev.salesops.core.contract;

/** The points of the contract review checklist (docs/DOMAIN.md §7). */
public enum ReviewItem {
  /** The scope is defined: at least one scope line. */
  SCOPE_DEFINED,
  /** The price and the payment terms are clear: scope lines add up to the total, and payment milestones exist. */
  PRICE_AND_PAYMENT_TERMS_CLEAR,
  /** Delivery terms and acceptance criteria are stated. */
  DELIVERY_AND_ACCEPTANCE_STATED,
  /** A liability clause and a dispute-resolution clause are present. */
  LIABILITY_AND_DISPUTE_RESOLUTION_PRESENT,
  /** A confidentiality clause is present. */
  CONFIDENTIALITY_PRESENT
}
