package dev.salesops.core.model;

/** The size of a customer company by headcount (a segmentation dimension, docs/DOMAIN.md §2). */
public enum SizeBand {
  /** Fewer than 10 employees. */
  MICRO,
  /** 10 to 49 employees. */
  SMALL,
  /** 50 to 249 employees. */
  MEDIUM,
  /** 250 to 999 employees. */
  LARGE,
  /** 1,000 employees or more. */
  ENTERPRISE
}
