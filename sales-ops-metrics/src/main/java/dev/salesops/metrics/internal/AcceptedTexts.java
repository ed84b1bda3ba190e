package dev.salesops.metrics.internal;

import dev.salesops.core.internal.Checks;

/**
 * Not API: a deal text as {@code DealRecord} takes it (a blank text is absent, text is stripped, at most 64
 * characters, no control character), with the strings already accepted unchanged remembered by identity, so that
 * the value-taking fast paths ({@code KpiAccumulator.addDeal}, {@code FunnelAccumulator.addDeal}) check each
 * dictionary string a reader hands them again only once. Not thread-safe: one per accumulator.
 */
public final class AcceptedTexts {
  private final String[] accepted = new String[64];

  /**
   * {@code value} stripped, or null when it is null or blank.
   *
   * @throws dev.salesops.core.validation.ValidationException (naming {@code field}) when it is too long or holds a
   *     control character
   */
  public String text(String value, String field) {
    if (value == null) {
      return null;
    }
    int slot = System.identityHashCode(value) & accepted.length - 1;
    if (accepted[slot] == value) {
      return value;
    }
    if (value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Checks.text(v, field, 64);
    if (v == value) {
      accepted[slot] = value;
    }
    return v;
  }
}
