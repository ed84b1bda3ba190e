package dev.salesops.metrics.appraisal;

import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An appraisal scheme (考核方案): weighted indicators, gates and rating bands for one kind of appraisal
 * period (a quarter by default), valid under a policy. A scheme that exists is valid: building one checks
 * every rule and reports <em>all</em> problems at once in a {@link dev.salesops.core.validation.ValidationException}:
 *
 * <ul>
 *   <li>at least one indicator; unique indicator names; weights sum to exactly 1 (100 %), unless the scheme
 *       rescales them ({@link WeightSum#RESCALE}: each weight then counts as its share {@code w / Σw});
 *   <li>each type's total weight (share, when rescaled) within its {@link AppraisalPolicy} range (the seed's by default: RESULT
 *       60-70 %, PROCESS 20-30 %, CAPABILITY 10-20 %) and each indicator's period allowed for its type;
 *   <li>no indicator period longer than the appraisal period (a yearly indicator cannot be appraised per
 *       quarter);
 *   <li>gates name existing indicators and have unique names;
 *   <li>a total cap, if any, within (0, 10].
 * </ul>
 *
 * <p>Optionally, interpolated indicator scores are rounded ({@link #scoreRounding()}, e.g. up to one decimal of a
 * percent) and the total is capped ({@link #totalCap()}, beside the per-indicator caps of the curves).
 *
 * <p>Read schemes from JSON with {@link AppraisalSchemes}. Evaluate with {@link #appraise} (one person) or
 * {@link #appraiser} (many people, one period).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AppraisalScheme {
  /** Only the generated implementation extends this type. */
  AppraisalScheme() {}


  /** The scheme's name. */
  public abstract String name();

  /** The kind of appraisal period; a quarter by default. */
  @Value.Default
  public PeriodKind period() {
    return PeriodKind.QUARTER;
  }

  /** The indicators, in the order they are reported. */
  public abstract List<Indicator> indicators();

  /** The gates. */
  public abstract List<Gate> gates();

  /** The rating bands; S/A/B/C/D by default ({@link RatingBands#defaults()}). */
  @Value.Default
  public RatingBands bands() {
    return RatingBands.defaults();
  }

  /** The policy the scheme is validated against; the seed's by default. */
  @Value.Default
  public AppraisalPolicy policy() {
    return AppraisalPolicy.seedDefault();
  }

  /** How ISO weeks straddling a period boundary are assigned; Thursday (ISO 8601) by default. */
  @Value.Default
  public WeekRule weekRule() {
    return WeekRule.THURSDAY;
  }

  /** What happens when the weights do not sum to 100 %: refused ({@link WeightSum#EXACT}, the default) or rescaled. */
  @Value.Default
  public WeightSum weightSum() {
    return WeightSum.EXACT;
  }

  /** How interpolated indicator scores are rounded; none by default (exact). */
  public abstract Optional<ScoreRounding> scoreRounding();

  /** The largest appraisal total (a fraction, e.g. 1.2 = 120 %); none by default. */
  public abstract Optional<BigDecimal> totalCap();

  /** Σ of the indicator weights (1 unless {@link WeightSum#RESCALE}). */
  @Value.Lazy
  public BigDecimal weightTotal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : indicators()) {
      sum = sum.add(i.weight());
    }
    return sum;
  }

  /** The indicator named {@code name}, if any. */
  public Optional<Indicator> indicator(String name) {
    Integer i = indexByName().get(name);
    return i == null ? Optional.empty() : Optional.of(indicators().get(i));
  }

  @Value.Lazy
  Map<String, Integer> indexByName() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < indicators().size(); i++) {
      m.put(indicators().get(i).name(), i);
    }
    return Map.copyOf(m);
  }

  /** A prepared evaluator of this scheme for {@code period} (of this scheme's {@link #period()} kind). */
  public Appraiser appraiser(CalendarPeriod period) {
    return new Appraiser(this, period);
  }

  /**
   * Appraises {@code subject} for {@code period} from the supplied measurements.
   *
   * @throws dev.salesops.core.validation.ValidationException listing every problem of the input (unknown or
   *     missing indicators, measurements of the wrong period kind, duplicates, ratings off the scale)
   */
  public Appraisal appraise(UserId subject, CalendarPeriod period, AppraisalInput input) {
    return appraiser(period).appraise(subject, input);
  }

  @Value.Check
  final void check() {
    Problems p = new Problems();
    if (name().isBlank() || name().length() > 128 || name().chars().anyMatch(Character::isISOControl)) {
      p.add("name", "must be 1 to 128 characters without control characters", name().length() > 128 ? name().length() + " characters" : "\"" + name() + "\"");
    }
    List<SchemeRules.Head> heads = new ArrayList<>();
    for (int i = 0; i < indicators().size(); i++) {
      Indicator ind = indicators().get(i);
      heads.add(new SchemeRules.Head(i, ind.name(), ind.type(), ind.weight(), ind.period()));
    }
    SchemeRules.checkIndicators(heads, true, policy(), period(), weightSum(), p);
    totalCap().ifPresent(c -> {
      if (c.signum() <= 0 || c.compareTo(ScoringCurve.MAX) > 0) {
        p.add("totalCap", "must be within (0, 10]", c.toPlainString());
      }
    });
    SchemeRules.checkGates(gates(), new HashSet<>(indicatorNames()), p);
    p.throwIfAny();
  }

  private List<String> indicatorNames() {
    List<String> names = new ArrayList<>();
    for (Indicator i : indicators()) {
      names.add(i.name());
    }
    return names;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppraisalScheme}. Not thread-safe. */
  public static final class Builder extends ImmutableAppraisalScheme.Builder {
    Builder() {}
  }
}
