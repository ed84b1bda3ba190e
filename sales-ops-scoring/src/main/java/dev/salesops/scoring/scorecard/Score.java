package dev.salesops.scoring.scorecard;

import dev.salesops.core.internal.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorecard's score with its full breakdown: enough to render "why is this lead an A".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Score {
  private final String scorecard;
  private final double total;
  private final double uncappedTotal;
  private final Double totalCap;  // null when absent
  private final String grade;  // null when absent
  private final List<GradeBand> bands;
  private final List<GroupScore> groups;
  private final List<ScorecardCriterionScore> criteria;

  /**
   * Copies the lists.
   *
   * @param scorecard the scorecard's name
   * @param total the final score (after group caps, weights and the total cap)
   * @param uncappedTotal the sum of group contributions before the total cap
   * @param totalCap the total cap, when set; {@code null} when absent
   * @param grade the grade whose band holds the total; empty when no band does; {@code null} when absent
   * @param bands the grade bands, for display
   * @param groups the group parts, FIT then ENGAGEMENT
   * @param criteria every criterion, in the scorecard's order
   */
  public Score(String scorecard, double total, double uncappedTotal, @Nullable Double totalCap, @Nullable String grade, List<GradeBand> bands, List<GroupScore> groups, List<ScorecardCriterionScore> criteria) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(criteria, "criteria");
    bands = List.copyOf(bands);
    groups = List.copyOf(groups);
    criteria = List.copyOf(criteria);
    this.scorecard = scorecard;
    this.total = total;
    this.uncappedTotal = uncappedTotal;
    this.totalCap = totalCap;
    this.grade = grade;
    this.bands = bands;
    this.groups = groups;
    this.criteria = criteria;
  }

  /** The {@code scorecard}: the scorecard's name. */
  public String scorecard() {
    return scorecard;
  }

  /** The {@code total}: the final score (after group caps, weights and the total cap). */
  public double total() {
    return total;
  }

  /** The {@code uncappedTotal}: the sum of group contributions before the total cap. */
  public double uncappedTotal() {
    return uncappedTotal;
  }

  /** The {@code totalCap}: the total cap, when set. */
  public Optional<Double> totalCap() {
    return Optional.ofNullable(totalCap);
  }

  /** The {@code grade}: the grade whose band holds the total; empty when no band does. */
  public Optional<String> grade() {
    return Optional.ofNullable(grade);
  }

  /** The {@code bands}: the grade bands, for display. */
  public List<GradeBand> bands() {
    return bands;
  }

  /** The {@code groups}: the group parts, FIT then ENGAGEMENT. */
  public List<GroupScore> groups() {
    return groups;
  }

  /** The {@code criteria}: every criterion, in the scorecard's order. */
  public List<ScorecardCriterionScore> criteria() {
    return criteria;
  }

  /** A plain-text explanation, one line per criterion, group and the grade. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(scorecard).append(": ").append(fmt(total)).append(grade().map(g -> " (grade " + g + ")").orElse(" (no grade)")).append('\n');
    for (ScorecardCriterionScore c : criteria) {
      sb.append("  ").append(c.matched() ? "+ " : "  ").append(c.id()).append(" [").append(c.group()).append("] ")
          .append(fmt(c.decayedPoints()));
      if (c.decayedPoints() != c.rawPoints()) {
        sb.append(" (").append(fmt(c.rawPoints())).append(" before decay, ").append(fmt(c.ageDays().orElse(0.0))).append(" days old)");
      }
      sb.append(": ").append(c.detail()).append('\n');
    }
    for (GroupScore g : groups) {
      sb.append("  ").append(g.group()).append(": ").append(fmt(g.points()))
          .append(g.capApplied() ? " capped at " + fmt(g.cap().orElseThrow()) : "")
          .append(g.weight() != 1 ? " × " + fmt(g.weight()) : "").append(" = ").append(fmt(g.contribution())).append('\n');
    }
    totalCap().filter(c -> uncappedTotal > c).ifPresent(c -> sb.append("  total capped at ").append(fmt(c)).append('\n'));
    sb.append("  grades: ").append(bands);
    return sb.toString();
  }

  private static String fmt(double d) {
    return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof Score o
        && Objects.equals(scorecard, o.scorecard)
        && Double.compare(total, o.total) == 0
        && Double.compare(uncappedTotal, o.uncappedTotal) == 0
        && Objects.equals(totalCap, o.totalCap)
        && Objects.equals(grade, o.grade)
        && Objects.equals(bands, o.bands)
        && Objects.equals(groups, o.groups)
        && Objects.equals(criteria, o.criteria);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scorecard, total, uncappedTotal, totalCap, grade, bands, groups, criteria);
  }

  /** As a record's: {@code Score[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "Score[scorecard=" + scorecard + ", total=" + total + ", uncappedTotal=" + uncappedTotal + ", totalCap=" + totalCap() + ", grade=" + grade() + ", bands=" + bands + ", groups=" + groups + ", criteria=" + criteria + "]";
  }
}
