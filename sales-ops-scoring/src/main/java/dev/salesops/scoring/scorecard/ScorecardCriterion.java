package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a scorecard: an id, its group, the points it earns when its rule matches (negative points
 * penalise, e.g. a competitor's customer), an optional decay (engagement only) and the rule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id unique within the scorecard: lower-case letters, digits and underscores, at most 64 characters
 * @param group FIT or ENGAGEMENT
 * @param points the points earned when matched, finite
 * @param decay how the points fade with the activity's age; only for ENGAGEMENT
 * @param rule the condition
 * @param description what the criterion means, for people
 */
public record ScorecardCriterion(String id, Group group, double points, Optional<Decay> decay, ScoringRule rule, String description) {

  /** Validates the parts. */
  public ScorecardCriterion {
    Checks.text(id, "criterion.id", 64);
    if (!id.matches("[a-z][a-z0-9_]*")) {
      throw Checks.fail("criterion.id", "must be lower-case letters, digits and underscores, starting with a letter", id);
    }
    Objects.requireNonNull(group, "group");
    Checks.finite(points, "criterion.points");
    Objects.requireNonNull(decay, "decay");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(description, "description");
    if (decay.isPresent() && group == Group.FIT) {
      throw Checks.fail("criterion." + id + ".decay", "is only allowed in the ENGAGEMENT group (fit points do not decay)", decay.get());
    }
  }

  /** A criterion without decay nor description. */
  public static ScorecardCriterion of(String id, Group group, double points, ScoringRule rule) {
    return new ScorecardCriterion(id, group, points, Optional.empty(), rule, "");
  }

  /** A copy with a one-day half-life decay (convenience for tests and examples; refused on FIT). */
  public ScorecardCriterion withDecay() {
    return withDecay(Decay.halfLife(1));
  }

  /** A copy with {@code value} as decay (refused on FIT). */
  public ScorecardCriterion withDecay(Decay value) {
    return new ScorecardCriterion(id, group, points, Optional.of(value), rule, description);
  }
}
