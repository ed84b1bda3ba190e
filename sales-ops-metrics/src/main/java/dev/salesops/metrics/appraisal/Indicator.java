package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One appraisal indicator (考核指標): what is measured, how much it weighs, over which period, which
 * direction is better, where the value comes from and how achievement is turned into a score.
 *
 * <p>Rules: the name is 1-64 characters without control characters (unique within a scheme); the weight is
 * a fraction within (0, 1] ({@code 0.40} = 40 %); score points, if any, ordered as the direction says (0 % above
 * 100 % for lower-is-better) and not combined with {@link Direction#LOWER_IS_BETTER_INVERSE}. Whether the weight and period suit the type is a matter of
 * the scheme's {@link AppraisalPolicy}, checked when the scheme is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  /** Only the generated implementation extends this type. */
  Indicator() {}


  /** The indicator's name, e.g. {@code revenue}. */
  public abstract String name();

  /** RESULT, PROCESS or CAPABILITY. */
  public abstract IndicatorType type();

  /** The weight, a fraction within (0, 1]. */
  public abstract BigDecimal weight();

  /** The period over which the indicator is measured (week, month, quarter, year). */
  public abstract PeriodKind period();

  /** Which direction is better; higher by default. */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /** How sub-period measurements roll up into the appraisal period; {@link Aggregation#SUM} by default. */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.SUM;
  }

  /** Where the actual value comes from. */
  public abstract IndicatorSource source();

  /** How achievement becomes a score. */
  public abstract ScoringCurve curve();

  /**
   * The (value scoring 0 %, value scoring 100 %) pair, when the indicator is scored by it instead of against its
   * target (see {@link ScorePoints}); its order must match the direction.
   */
  public abstract java.util.Optional<ScorePoints> scorePoints();

  /** The direction-aware achievement of {@code actual} against {@code target}: by the score points when set. */
  public BigDecimal achievement(BigDecimal actual, BigDecimal target) {
    return scorePoints().isPresent() ? scorePoints().get().achievement(actual) : direction().achievement(actual, target);
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    String n = name();
    if (n.isBlank() || n.length() > 64 || n.chars().anyMatch(Character::isISOControl)) {
      p.add("name", "must be 1 to 64 characters without control characters", n.length() > 64 ? n.length() + " characters" : "\"" + n + "\"");
    }
    if (weight().signum() <= 0 || weight().compareTo(BigDecimal.ONE) > 0) {
      p.add("weight", "must be within (0, 1]", weight().toPlainString());
    }
    scorePoints().ifPresent(sp -> {
      if (direction() == Direction.LOWER_IS_BETTER_INVERSE) {
        p.add("scorePoints", "must not be combined with direction LOWER_IS_BETTER_INVERSE (use LOWER_IS_BETTER)", sp.describe());
      } else if (sp.lowerIsBetter() != (direction() == Direction.LOWER_IS_BETTER)) {
        p.add("scorePoints", direction() == Direction.LOWER_IS_BETTER ? "must score 0 % above the 100 % value for a lower-is-better indicator"
            : "must score 0 % below the 100 % value for a higher-is-better indicator", sp.describe());
      }
    });
    p.throwIfAny();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. Not thread-safe. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
