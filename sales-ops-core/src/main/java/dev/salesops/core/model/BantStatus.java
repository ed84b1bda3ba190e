package dev.salesops.core.model;

/** What is known of one BANT criterion, as recorded by a rep. Judging it is the scoring module's job. */
public enum BantStatus {
  /** Confirmed with evidence. */
  CONFIRMED,
  /** Partly known (e.g. a budget range, an influencer but not the decision maker). */
  PARTIAL,
  /** Not known yet: the default. */
  UNKNOWN,
  /** Known not to hold (no budget, no need). */
  NEGATIVE
}
