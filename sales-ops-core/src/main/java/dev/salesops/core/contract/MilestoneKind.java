package dev.salesops.core.contract;

/**
 * What a payment milestone is tied to. The kind is descriptive (it is reported and reviewed); the date that
 * counts is always the milestone's planned date, and the invoice's due date is the invoice date plus the
 * milestone's net days.
 */
public enum MilestoneKind {
  /** A deposit payable on signing. */
  DEPOSIT_ON_SIGNING,
  /** Payable on delivery. */
  ON_DELIVERY,
  /** Payable on acceptance. */
  ON_ACCEPTANCE,
  /** Payable N days after the invoice (net-N). */
  NET_AFTER_INVOICE,
  /** One of several instalments. */
  INSTALMENT
}
