package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a score's breakdown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardCriterionScore {
  private final String id;
  private final Group group;
  private final boolean matched;
  private final double rawPoints;
  private final double decayedPoints;
  private final Double ageDays;  // null when absent
  private final String detail;

  /**
   * Refuses {@code null} components.
   *
   * @param id the criterion id
   * @param group its group
   * @param matched whether its rule matched
   * @param rawPoints the points earned before decay (0 when not matched)
   * @param decayedPoints the points after decay (equal to raw without decay)
   * @param ageDays the age of the activity used for decay, when decay applied; {@code null} when absent
   * @param detail what was seen, e.g. {@code "account.industry = TECHNOLOGY matches in [FINANCE, TECHNOLOGY]"}
   */
  public ScorecardCriterionScore(String id, Group group, boolean matched, double rawPoints, double decayedPoints, @Nullable Double ageDays, String detail) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(detail, "detail");
    this.id = id;
    this.group = group;
    this.matched = matched;
    this.rawPoints = rawPoints;
    this.decayedPoints = decayedPoints;
    this.ageDays = ageDays;
    this.detail = detail;
  }

  /** The {@code id}: the criterion id. */
  public String id() {
    return id;
  }

  /** The {@code group}: its group. */
  public Group group() {
    return group;
  }

  /** The {@code matched}: whether its rule matched. */
  public boolean matched() {
    return matched;
  }

  /** The {@code rawPoints}: the points earned before decay (0 when not matched). */
  public double rawPoints() {
    return rawPoints;
  }

  /** The {@code decayedPoints}: the points after decay (equal to raw without decay). */
  public double decayedPoints() {
    return decayedPoints;
  }

  /** The {@code ageDays}: the age of the activity used for decay, when decay applied. */
  public Optional<Double> ageDays() {
    return Optional.ofNullable(ageDays);
  }

  /** The {@code detail}: what was seen, e.g. {@code "account.industry = TECHNOLOGY matches in [FINANCE, TECHNOLOGY]"}. */
  public String detail() {
    return detail;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof ScorecardCriterionScore o
        && Objects.equals(id, o.id)
        && Objects.equals(group, o.group)
        && matched == o.matched
        && Double.compare(rawPoints, o.rawPoints) == 0
        && Double.compare(decayedPoints, o.decayedPoints) == 0
        && Objects.equals(ageDays, o.ageDays)
        && Objects.equals(detail, o.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, group, matched, rawPoints, decayedPoints, ageDays, detail);
  }

  /** As a record's: {@code ScorecardCriterionScore[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "ScorecardCriterionScore[id=" + id + ", group=" + group + ", matched=" + matched + ", rawPoints=" + rawPoints + ", decayedPoints=" + decayedPoints + ", ageDays=" + ageDays() + ", detail=" + detail + "]";
  }
}
