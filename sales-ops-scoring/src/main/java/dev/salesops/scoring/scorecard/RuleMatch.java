package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ScoringRule} found: matched or not, when the activity behind it happened (for decay; empty for
 * facts that do not age) and a short human-readable detail ({@code "account.industry = TECHNOLOGY"}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleMatch {
  private final boolean matched;
  private final Instant activityAt;  // null when absent
  private final String detail;

  /**
   * Validates the parts.
   *
   * @param matched whether the rule holds
   * @param activityAt when the activity that made it hold happened, for engagement decay; {@code null} when absent
   * @param detail what was seen
   */
  public RuleMatch(boolean matched, @Nullable Instant activityAt, String detail) {
    Objects.requireNonNull(detail, "detail");
    this.matched = matched;
    this.activityAt = activityAt;
    this.detail = detail;
  }

  /** The {@code matched}: whether the rule holds. */
  public boolean matched() {
    return matched;
  }

  /** The {@code activityAt}: when the activity that made it hold happened, for engagement decay. */
  public Optional<Instant> activityAt() {
    return Optional.ofNullable(activityAt);
  }

  /** The {@code detail}: what was seen. */
  public String detail() {
    return detail;
  }

  /** Matched, without a date. */
  public static RuleMatch yes(String detail) {
    return new RuleMatch(true, null, detail);
  }

  /** Matched, by an activity at {@code at}. */
  public static RuleMatch yes(Instant at, String detail) {
    return new RuleMatch(true, Objects.requireNonNull(at, "at"), detail);
  }

  /** Not matched. */
  public static RuleMatch no(String detail) {
    return new RuleMatch(false, null, detail);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof RuleMatch o
        && matched == o.matched
        && Objects.equals(activityAt, o.activityAt)
        && Objects.equals(detail, o.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matched, activityAt, detail);
  }

  /** As a record's: {@code RuleMatch[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "RuleMatch[matched=" + matched + ", activityAt=" + activityAt() + ", detail=" + detail + "]";
  }
}
