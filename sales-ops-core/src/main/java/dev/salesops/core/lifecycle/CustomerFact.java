package dev.salesops.core.lifecycle;

/**
 * A running count over a customer's events up to and including the event being applied, usable in a
 * lifecycle rule's {@code atLeast} condition. Counts are over the whole history (they do not restart after a
 * churn).
 */
public enum CustomerFact {
  /** ORDER events. */
  ORDERS,
  /** UPSELL events. */
  UPSELLS,
  /** Purchases: ORDER, UPSELL and RENEWAL events. */
  PURCHASES,
  /** Distinct product lines named by ORDER and UPSELL events. */
  PRODUCT_LINES,
  /** SUPPORT_CASE events. */
  SUPPORT_CASES,
  /** RENEWAL events. */
  RENEWALS,
  /** CANCELLATION events. */
  CANCELLATIONS,
  /** REFERRAL events. */
  REFERRALS,
  /** JOINT_PROJECT events. */
  JOINT_PROJECTS
}
