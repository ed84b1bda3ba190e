package dev.salesops.scoring.scorecard;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a score's breakdown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the criterion id
 * @param group its group
 * @param matched whether its rule matched
 * @param rawPoints the points earned before decay (0 when not matched)
 * @param decayedPoints the points after decay (equal to raw without decay)
 * @param ageDays the age of the activity used for decay, when decay applied
 * @param detail what was seen, e.g. {@code "account.industry = TECHNOLOGY matches in [FINANCE, TECHNOLOGY]"}
 */
public record ScorecardCriterionScore(String id, Group group, boolean matched, double rawPoints, double decayedPoints,
    Optional<Double> ageDays, String detail) {
  /** Refuses {@code null} components. */
  public ScorecardCriterionScore {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(ageDays, "ageDays");
    Objects.requireNonNull(detail, "detail");
  }
}
