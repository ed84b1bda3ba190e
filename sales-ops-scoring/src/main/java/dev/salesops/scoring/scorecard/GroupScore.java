package dev.salesops.scoring.scorecard;

import java.util.Objects;
import java.util.Optional;

/**
 * A group's part of a score: the sum of its criteria's decayed points, the cap and whether it applied, and the
 * weighted contribution to the total.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param group the group
 * @param points the sum of the group's decayed points
 * @param cap the group's cap, when set
 * @param capApplied whether the cap lowered the points
 * @param weight the group's weight
 * @param contribution {@code min(points, cap) × weight}
 */
public record GroupScore(Group group, double points, Optional<Double> cap, boolean capApplied, double weight, double contribution) {
  /** Refuses {@code null} components. */
  public GroupScore {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(cap, "cap");
  }
}
