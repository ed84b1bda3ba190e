package dev.salesops.core.collection;

/** Who acts on a follow-up step. The host maps roles other than the owner to people. */
public enum Responsible {
  /** The host's system (an automatic reminder). */
  SYSTEM,
  /** The rep who owns the receivable. */
  OWNER,
  /** The owner's manager. */
  MANAGER,
  /** The finance / credit-control team. */
  FINANCE,
  /** The legal team or an outside agency. */
  LEGAL
}
