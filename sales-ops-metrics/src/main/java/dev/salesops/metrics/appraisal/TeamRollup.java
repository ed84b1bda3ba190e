package dev.salesops.metrics.appraisal;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mergeable roll-up of appraisals into a {@link TeamSummary} (mean or target-weighted score, rating
 * distribution). Add appraisals per thread or shard and {@link #merge}; the result equals the roll-up of
 * all appraisals at once.
 *
 * <p>An appraisal whose band is not among the declared bands is refused; for {@link
 * RollupMethod#TARGET_WEIGHTED} an appraisal without the named indicator is refused.
 *
 * <p><b>Not thread-safe</b>: one per thread, then merge.
 */
public final class TeamRollup implements Accumulator<Appraisal, TeamRollup, TeamSummary> {
  private final RollupMethod method;
  private final String indicator;
  private final List<String> bands;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private long headcount;
  private BigDecimal numerator = BigDecimal.ZERO;
  private BigDecimal denominator = BigDecimal.ZERO;

  private TeamRollup(RollupMethod method, String indicator, List<String> bands) {
    this.method = method;
    this.indicator = indicator;
    this.bands = List.copyOf(bands);
    for (String b : this.bands) {
      counts.put(b, 0L);
    }
  }

  /** A roll-up by the plain mean, with the distribution over {@code bands}. */
  public static TeamRollup mean(RatingBands bands) {
    return new TeamRollup(RollupMethod.MEAN, null, Objects.requireNonNull(bands, "bands").names());
  }

  /** A roll-up weighted by each member's target on {@code indicator}. */
  public static TeamRollup targetWeighted(String indicator, RatingBands bands) {
    Objects.requireNonNull(indicator, "indicator");
    return new TeamRollup(RollupMethod.TARGET_WEIGHTED, indicator, Objects.requireNonNull(bands, "bands").names());
  }

  @Override
  public void add(Appraisal appraisal) {
    Objects.requireNonNull(appraisal, "appraisal");
    if (!counts.containsKey(appraisal.band())) {
      throw Checks.fail("appraisal.band", "must be one of " + bands, appraisal.band());
    }
    if (method == RollupMethod.TARGET_WEIGHTED) {
      IndicatorResult r = appraisal.indicator(indicator)
          .orElseThrow(() -> Checks.fail("appraisal", "must have indicator " + indicator + " for a target-weighted roll-up", appraisal.scheme()));
      numerator = numerator.add(appraisal.total().multiply(r.target()));
      denominator = denominator.add(r.target());
    } else {
      numerator = numerator.add(appraisal.total());
      denominator = denominator.add(BigDecimal.ONE);
    }
    headcount++;
    counts.merge(appraisal.band(), 1L, Long::sum);
  }

  @Override
  public TeamRollup merge(TeamRollup other) {
    Objects.requireNonNull(other, "other");
    if (other.method != method || !Objects.equals(other.indicator, indicator) || !other.bands.equals(bands)) {
      throw Checks.fail("other", "must be a roll-up of the same method, indicator and bands", other.method);
    }
    headcount += other.headcount;
    numerator = numerator.add(other.numerator);
    denominator = denominator.add(other.denominator);
    other.counts.forEach((b, c) -> counts.merge(b, c, Long::sum));
    return this;
  }

  @Override
  public TeamSummary finish() {
    return new TeamSummary(method, headcount, Ratio.of(numerator, denominator), new RatingDistribution(counts));
  }
}
