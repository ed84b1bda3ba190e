package dev.salesops.metrics.target;

/** The organisational level a target is set for. */
public enum ScopeLevel {
  /** The whole company. */
  COMPANY,
  /** A sales region. */
  REGION,
  /** A team. */
  TEAM,
  /** One sales rep. */
  REP,
  /** A product line. */
  PRODUCT_LINE,
  /** A sales channel. */
  CHANNEL
}
