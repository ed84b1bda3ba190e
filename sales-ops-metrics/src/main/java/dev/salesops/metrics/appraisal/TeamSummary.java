package dev.salesops.metrics.appraisal;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team's roll-up of appraisal totals: the score (as a {@link Ratio}, so the parts stay visible), the
 * headcount and the rating distribution.
 *
 * <ul>
 *   <li>{@link RollupMethod#MEAN}: {@code Σ total / headcount};
 *   <li>{@link RollupMethod#TARGET_WEIGHTED}: {@code Σ (total × target) / Σ target}, the target of one named
 *       indicator (e.g. revenue), so that bigger territories weigh more;
 *   <li>{@link RollupMethod#HEADCOUNT_WEIGHTED} ({@link #headcountWeighted}): teams of teams, {@code Σ
 *       (teamScore × headcount) / Σ headcount}; for mean-based teams this equals the mean over all people.
 * </ul>
 *
 * <p>An empty team's score is undefined (0/0), never 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method how the score was rolled up
 * @param headcount how many people
 * @param score the rolled-up score, with its numerator and denominator
 * @param distribution the rating distribution
 */
public record TeamSummary(RollupMethod method, long headcount, Ratio score, RatingDistribution distribution) {

  /** Validates the parts. */
  public TeamSummary {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(distribution, "distribution");
    Checks.nonNegative(headcount, "headcount");
  }

  /**
   * Rolls up teams by headcount: {@code Σ (value(score_j) × headcount_j) / Σ headcount_j}, over teams with a
   * defined score; distributions are added band by band (in the first team's band order, then any other
   * band).
   */
  public static TeamSummary headcountWeighted(List<TeamSummary> teams) {
    Objects.requireNonNull(teams, "teams");
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    long headcount = 0;
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TeamSummary t : new ArrayList<>(teams)) {
      Objects.requireNonNull(t, "teams element");
      headcount += t.headcount();
      t.distribution().counts().forEach((b, c) -> counts.merge(b, c, Long::sum));
      if (t.score().isDefined() && t.headcount() > 0) {
        BigDecimal h = BigDecimal.valueOf(t.headcount());
        num = num.add(t.score().value().orElseThrow().multiply(h));
        den = den.add(h);
      }
    }
    return new TeamSummary(RollupMethod.HEADCOUNT_WEIGHTED, headcount, Ratio.of(num, den), new RatingDistribution(counts));
  }
}
