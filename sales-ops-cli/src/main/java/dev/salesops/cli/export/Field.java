package dev.salesops.cli.export;

import java.util.Locale;
import java.util.Optional;

/** The standard fields an opportunity export can map columns to. */
public enum Field {
  /** The opportunity id (required). */
  ID,
  /** The stage value as the CRM writes it (required), mapped to a pipeline stage by the mapping. */
  STAGE,
  /** The owning rep. */
  OWNER,
  /** The customer account. */
  ACCOUNT,
  /** The product line. */
  PRODUCT,
  /** The team of the owner. */
  TEAM,
  /** The region. */
  REGION,
  /** The sales channel. */
  CHANNEL,
  /** The lead source. */
  SOURCE,
  /** The customer segment. */
  SEGMENT,
  /** The creation date. */
  CREATED,
  /** The actual close date of a closed deal. */
  CLOSED,
  /** The amount. */
  AMOUNT,
  /** The ISO currency of the amount. */
  CURRENCY,
  /** The lost reason of a lost deal. */
  LOST_REASON,
  /** The stage at which a lost deal was lost. */
  LOST_AT,
  /**
   * The sales cycle in whole days (e.g. "days from identified to close"): with one of the created and closed
   * dates, the other one is derived from it (created = closed - days; closed = created + days, closed deals only).
   */
  CYCLE_DAYS;

  private static final Field[] VALUES = values();
  private final String key = computeKey();

  /** The JSON key, e.g. {@code lostReason}. */
  public String key() {
    return key;
  }

  private String computeKey() {
    String[] parts = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return b.toString();
  }

  /** The field with JSON key {@code key}. */
  public static Optional<Field> ofKey(String key) {
    for (Field f : VALUES) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether the field is a grouping dimension (owner, team, ...). */
  public boolean isDimension() {
    switch (this) {
      case OWNER:
      case ACCOUNT:
      case PRODUCT:
      case TEAM:
      case REGION:
      case CHANNEL:
      case SOURCE:
      case SEGMENT:
        return true;
      default:
        return false;
    }
  }
}
