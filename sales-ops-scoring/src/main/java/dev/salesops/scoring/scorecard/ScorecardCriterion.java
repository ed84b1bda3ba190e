package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.internal.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a scorecard: an id, its group, the points it earns when its rule matches (negative points
 * penalise, e.g. a competitor's customer), an optional decay (engagement only) and the rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardCriterion {
  private final String id;
  private final Group group;
  private final double points;
  private final Decay decay;  // null when absent
  private final ScoringRule rule;
  private final String description;

  /**
   * Validates the parts.
   *
   * @param id unique within the scorecard: lower-case letters, digits and underscores, at most 64 characters
   * @param group FIT or ENGAGEMENT
   * @param points the points earned when matched, finite
   * @param decay how the points fade with the activity's age; only for ENGAGEMENT; {@code null} when absent
   * @param rule the condition
   * @param description what the criterion means, for people
   */
  public ScorecardCriterion(String id, Group group, double points, @Nullable Decay decay, ScoringRule rule, String description) {
    Checks.text(id, "criterion.id", 64);
    if (!id.matches("[a-z][a-z0-9_]*")) {
      throw Checks.fail("criterion.id", "must be lower-case letters, digits and underscores, starting with a letter", id);
    }
    Objects.requireNonNull(group, "group");
    Checks.finite(points, "criterion.points");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(description, "description");
    if (decay != null && group == Group.FIT) {
      throw Checks.fail("criterion." + id + ".decay", "is only allowed in the ENGAGEMENT group (fit points do not decay)", decay);
    }
    this.id = id;
    this.group = group;
    this.points = points;
    this.decay = decay;
    this.rule = rule;
    this.description = description;
  }

  /** The {@code id}: unique within the scorecard: lower-case letters, digits and underscores, at most 64 characters. */
  public String id() {
    return id;
  }

  /** The {@code group}: FIT or ENGAGEMENT. */
  public Group group() {
    return group;
  }

  /** The {@code points}: the points earned when matched, finite. */
  public double points() {
    return points;
  }

  /** The {@code decay}: how the points fade with the activity's age; only for ENGAGEMENT. */
  public Optional<Decay> decay() {
    return Optional.ofNullable(decay);
  }

  /** The {@code rule}: the condition. */
  public ScoringRule rule() {
    return rule;
  }

  /** The {@code description}: what the criterion means, for people. */
  public String description() {
    return description;
  }

  /** A criterion without decay nor description. */
  public static ScorecardCriterion of(String id, Group group, double points, ScoringRule rule) {
    return new ScorecardCriterion(id, group, points, null, rule, "");
  }

  /** A copy with a one-day half-life decay (convenience for tests and examples; refused on FIT). */
  public ScorecardCriterion withDecay() {
    return withDecay(Decay.halfLife(1));
  }

  /** A copy with {@code value} as decay (refused on FIT). */
  public ScorecardCriterion withDecay(Decay value) {
    return new ScorecardCriterion(id, group, points, value, rule, description);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof ScorecardCriterion o
        && Objects.equals(id, o.id)
        && Objects.equals(group, o.group)
        && Double.compare(points, o.points) == 0
        && Objects.equals(decay, o.decay)
        && Objects.equals(rule, o.rule)
        && Objects.equals(description, o.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, group, points, decay, rule, description);
  }

  /** As a record's: {@code ScorecardCriterion[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "ScorecardCriterion[id=" + id + ", group=" + group + ", points=" + points + ", decay=" + decay() + ", rule=" + rule + ", description=" + description + "]";
  }
}
