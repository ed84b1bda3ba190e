package dev.salesops.core.collection;

/** Where an invoice stands at a date. */
public enum InvoiceStatus {
  /** Issued after the date: not a receivable yet. */
  NOT_ISSUED,
  /** Open and due after the date ("current"). */
  NOT_DUE,
  /** Open and due on the date. */
  DUE,
  /** Open and due before the date. */
  OVERDUE,
  /** Nothing open: paid, credited or written off in full. */
  SETTLED
}
