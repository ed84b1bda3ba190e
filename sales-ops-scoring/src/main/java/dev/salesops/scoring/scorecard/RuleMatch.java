package dev.salesops.scoring.scorecard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ScoringRule} found: matched or not, when the activity behind it happened (for decay; empty for
 * facts that do not age) and a short human-readable detail ({@code "account.industry = TECHNOLOGY"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param matched whether the rule holds
 * @param activityAt when the activity that made it hold happened, for engagement decay
 * @param detail what was seen
 */
public record RuleMatch(boolean matched, Optional<Instant> activityAt, String detail) {

  /** Validates the parts. */
  public RuleMatch {
    Objects.requireNonNull(activityAt, "activityAt");
    Objects.requireNonNull(detail, "detail");
  }

  /** Matched, without a date. */
  public static RuleMatch yes(String detail) {
    return new RuleMatch(true, Optional.empty(), detail);
  }

  /** Matched, by an activity at {@code at}. */
  public static RuleMatch yes(Instant at, String detail) {
    return new RuleMatch(true, Optional.of(at), detail);
  }

  /** Not matched. */
  public static RuleMatch no(String detail) {
    return new RuleMatch(false, Optional.empty(), detail);
  }
}
