package dev.salesops.metrics.appraisal;

import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The full breakdown of one indicator in one appraisal.
 *
 * <p>{@code actual} and {@code target} are the rolled-up values ({@link Aggregation}) over {@code
 * periodsUsed}; {@code ratio = actual / target}; {@code achievement} is the direction-aware achievement
 * ({@link Direction}); {@code curveScore} the curve's score; {@code score} is the curve score, or 0 when a
 * gate in {@code zeroedBy} failed; {@code weightedScore = score × weight}, exact.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the indicator
 * @param type its type
 * @param direction its direction
 * @param source its source, described
 * @param curve its curve, described
 * @param aggregation how sub-periods rolled up
 * @param periodsUsed the sub-periods counted, in order
 * @param periodsMissing the sub-periods of the appraisal period without a measurement
 * @param periodsIgnored the supplied sub-periods not assigned to the appraisal period
 * @param actual the rolled-up actual
 * @param target the rolled-up target
 * @param ratio {@code actual / target}
 * @param achievement the direction-aware achievement
 * @param curveScore the curve's score
 * @param zeroedBy the failed gates that zeroed this indicator
 * @param score the score after gates
 * @param weight the weight counted: the indicator's weight, or its share {@code w / Σw} when the scheme rescales
 * @param weightedScore {@code score × weight}
 */
public record IndicatorResult(String name, IndicatorType type, Direction direction, String source, String curve,
    Aggregation aggregation, List<CalendarPeriod> periodsUsed, List<CalendarPeriod> periodsMissing,
    List<CalendarPeriod> periodsIgnored, BigDecimal actual, BigDecimal target, Ratio ratio, BigDecimal achievement,
    BigDecimal curveScore, List<String> zeroedBy, BigDecimal score, BigDecimal weight, BigDecimal weightedScore) {

  /** Copies the lists. */
  public IndicatorResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(curve, "curve");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(periodsUsed, "periodsUsed");
    Objects.requireNonNull(periodsMissing, "periodsMissing");
    Objects.requireNonNull(periodsIgnored, "periodsIgnored");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(curveScore, "curveScore");
    Objects.requireNonNull(zeroedBy, "zeroedBy");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(weightedScore, "weightedScore");
    periodsUsed = List.copyOf(periodsUsed);
    periodsMissing = List.copyOf(periodsMissing);
    periodsIgnored = List.copyOf(periodsIgnored);
    zeroedBy = List.copyOf(zeroedBy);
  }

  /** One line: {@code revenue RESULT actual 1000 / target 1250 = 0.8 → achievement 0.8, curve 0.4, ...}. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(name).append(" [").append(type).append(", ").append(direction == Direction.HIGHER_IS_BETTER ? "higher" : direction == Direction.LOWER_IS_BETTER ? "lower" : "lower (target / actual)")
        .append(" is better, ").append(source).append("]: actual ").append(plain(actual)).append(" / target ")
        .append(plain(target)).append(" = ").append(ratio.value().map(IndicatorResult::plain).orElse("undefined"))
        .append(", achievement ").append(plain(achievement)).append(", curve score ").append(plain(curveScore));
    if (!zeroedBy.isEmpty()) {
      sb.append(", zeroed by gate ").append(String.join(", ", zeroedBy));
    }
    sb.append(", score ").append(plain(score)).append(" × weight ").append(plain(weight)).append(" = ")
        .append(plain(weightedScore));
    if (periodsUsed.size() > 1 || !periodsMissing.isEmpty() || !periodsIgnored.isEmpty()) {
      sb.append("; ").append(aggregation).append(" of ").append(labels(periodsUsed));
      if (!periodsMissing.isEmpty()) {
        sb.append(", missing ").append(labels(periodsMissing));
      }
      if (!periodsIgnored.isEmpty()) {
        sb.append(", ignored ").append(labels(periodsIgnored));
      }
    }
    return sb.toString();
  }

  /** The number without trailing zeros, in plain notation. */
  static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  static String labels(List<CalendarPeriod> periods) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < periods.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(periods.get(i).label());
    }
    return sb.append(']').toString();
  }
}
