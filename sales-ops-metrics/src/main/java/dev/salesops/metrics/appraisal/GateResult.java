package dev.salesops.metrics.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How one gate fared in one appraisal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param gate the gate's name
 * @param indicator the indicator tested
 * @param achievement its achievement
 * @param minAchievement the gate's minimum
 * @param passed whether {@code achievement >= minAchievement}
 * @param effect what a failure zeroes
 * @param zeroes the indicators zeroed on failure
 */
public record GateResult(String gate, String indicator, BigDecimal achievement, BigDecimal minAchievement, boolean passed,
    GateEffect effect, List<String> zeroes) {

  /** Copies the list. */
  public GateResult {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(minAchievement, "minAchievement");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(zeroes, "zeroes");
    zeroes = List.copyOf(zeroes);
  }

  /** One line, e.g. {@code gate revenue-gate: revenue achievement 0.75 < 0.8: FAILED, total zeroed}. */
  public String explain() {
    // failing exactly at the minimum happens only with BoundaryRule.LOWER_TIER
    String relation = passed ? " >= " : achievement.compareTo(minAchievement) == 0 ? " <= " : " < ";
    return "gate " + gate + ": " + indicator + " achievement " + IndicatorResult.plain(achievement) + relation
        + IndicatorResult.plain(minAchievement) + ": " + (passed ? "passed" : "FAILED, "
        + (effect == GateEffect.ZERO_TOTAL ? "total zeroed" : "zeroes " + String.join(", ", zeroes)));
  }
}
