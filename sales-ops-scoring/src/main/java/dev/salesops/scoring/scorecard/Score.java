package dev.salesops.scoring.scorecard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorecard's score with its full breakdown: enough to render "why is this lead an A".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scorecard the scorecard's name
 * @param total the final score (after group caps, weights and the total cap)
 * @param uncappedTotal the sum of group contributions before the total cap
 * @param totalCap the total cap, when set
 * @param grade the grade whose band holds the total; empty when no band does
 * @param bands the grade bands, for display
 * @param groups the group parts, FIT then ENGAGEMENT
 * @param criteria every criterion, in the scorecard's order
 */
public record Score(String scorecard, double total, double uncappedTotal, Optional<Double> totalCap, Optional<String> grade,
    List<GradeBand> bands, List<GroupScore> groups, List<ScorecardCriterionScore> criteria) {

  /** Copies the lists. */
  public Score {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(totalCap, "totalCap");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(criteria, "criteria");
    bands = List.copyOf(bands);
    groups = List.copyOf(groups);
    criteria = List.copyOf(criteria);
  }

  /** A plain-text explanation, one line per criterion, group and the grade. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(scorecard).append(": ").append(fmt(total)).append(grade.map(g -> " (grade " + g + ")").orElse(" (no grade)")).append('\n');
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
    totalCap.filter(c -> uncappedTotal > c).ifPresent(c -> sb.append("  total capped at ").append(fmt(c)).append('\n'));
    sb.append("  grades: ").append(bands);
    return sb.toString();
  }

  private static String fmt(double d) {
    return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
