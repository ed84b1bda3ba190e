package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's part of a score: the sum of its criteria's decayed points, the cap and whether it applied, and the
 * weighted contribution to the total.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupScore {
  private final Group group;
  private final double points;
  private final Double cap;  // null when absent
  private final boolean capApplied;
  private final double weight;
  private final double contribution;

  /**
   * Refuses {@code null} components.
   *
   * @param group the group
   * @param points the sum of the group's decayed points
   * @param cap the group's cap, when set; {@code null} when absent
   * @param capApplied whether the cap lowered the points
   * @param weight the group's weight
   * @param contribution {@code min(points, cap) × weight}
   */
  public GroupScore(Group group, double points, @Nullable Double cap, boolean capApplied, double weight, double contribution) {
    Objects.requireNonNull(group, "group");
    this.group = group;
    this.points = points;
    this.cap = cap;
    this.capApplied = capApplied;
    this.weight = weight;
    this.contribution = contribution;
  }

  /** The {@code group}: the group. */
  public Group group() {
    return group;
  }

  /** The {@code points}: the sum of the group's decayed points. */
  public double points() {
    return points;
  }

  /** The {@code cap}: the group's cap, when set. */
  public Optional<Double> cap() {
    return Optional.ofNullable(cap);
  }

  /** The {@code capApplied}: whether the cap lowered the points. */
  public boolean capApplied() {
    return capApplied;
  }

  /** The {@code weight}: the group's weight. */
  public double weight() {
    return weight;
  }

  /** The {@code contribution}: {@code min(points, cap) × weight}. */
  public double contribution() {
    return contribution;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof GroupScore o
        && Objects.equals(group, o.group)
        && Double.compare(points, o.points) == 0
        && Objects.equals(cap, o.cap)
        && capApplied == o.capApplied
        && Double.compare(weight, o.weight) == 0
        && Double.compare(contribution, o.contribution) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, points, cap, capApplied, weight, contribution);
  }

  /** As a record's: {@code GroupScore[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "GroupScore[group=" + group + ", points=" + points + ", cap=" + cap() + ", capApplied=" + capApplied + ", weight=" + weight + ", contribution=" + contribution + "]";
  }
}
