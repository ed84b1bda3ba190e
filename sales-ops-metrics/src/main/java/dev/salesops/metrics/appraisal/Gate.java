package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A gate (門檻): when the achievement of one indicator is <em>below</em> a minimum, either the whole score
 * or the scores of some indicators are zeroed. Example: "if revenue is below 80 % of target, the total is
 * 0" is {@code Gate.zeroTotal("revenue-gate", "revenue", 0.8)}.
 *
 * <p>The achievement is the indicator's rolled-up, direction-aware achievement ({@link Direction}); an
 * achievement exactly at the minimum passes by default ({@code onMinimum} {@link BoundaryRule#UPPER_TIER}: "at least
 * 80 %", as plan documents word gates) or fails with {@link BoundaryRule#LOWER_TIER} ("more than 80 %"). Gates are evaluated on achievements, before any zeroing, so
 * they do not depend on each other's order.
 *
 * <p>Rules: name 1-64 characters; minimum within [0, 10]; {@link GateEffect#ZERO_INDICATORS} names at
 * least one indicator, {@link GateEffect#ZERO_TOTAL} names none. That the indicators exist is checked by
 * the scheme.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the gate's name
 * @param indicator the indicator whose achievement is tested
 * @param minAchievement the smallest achievement that passes
 * @param effect what a failure zeroes
 * @param zeroes the indicators zeroed on failure (only for {@link GateEffect#ZERO_INDICATORS})
 * @param onMinimum whether an achievement exactly at the minimum passes (UPPER_TIER) or fails (LOWER_TIER)
 */
public record Gate(String name, String indicator, BigDecimal minAchievement, GateEffect effect, List<String> zeroes, BoundaryRule onMinimum) {

  /** A gate passed exactly at its minimum ({@link BoundaryRule#UPPER_TIER}). */
  public Gate(String name, String indicator, BigDecimal minAchievement, GateEffect effect, List<String> zeroes) {
    this(name, indicator, minAchievement, effect, zeroes, BoundaryRule.UPPER_TIER);
  }

  /** Validates the parts, reporting every problem at once. */
  public Gate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(minAchievement, "minAchievement");
    Objects.requireNonNull(effect, "effect");
    zeroes = List.copyOf(Objects.requireNonNull(zeroes, "zeroes"));
    Objects.requireNonNull(onMinimum, "onMinimum");
    Problems p = new Problems();
    if (name.isBlank() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
      p.add("name", "must be 1 to 64 characters without control characters", name.length() > 64 ? name.length() + " characters" : "\"" + name + "\"");
    }
    if (indicator.isBlank()) {
      p.add("indicator", "must not be blank", "\"" + indicator + "\"");
    }
    if (minAchievement.signum() < 0 || minAchievement.compareTo(ScoringCurve.MAX) > 0) {
      p.add("minAchievement", "must be within [0, 10]", minAchievement.toPlainString());
    }
    if (effect == GateEffect.ZERO_INDICATORS && zeroes.isEmpty()) {
      p.add("zeroes", "must name at least one indicator when the effect is ZERO_INDICATORS", "[]");
    }
    if (effect == GateEffect.ZERO_TOTAL && !zeroes.isEmpty()) {
      p.add("zeroes", "must be empty when the effect is ZERO_TOTAL", zeroes);
    }
    p.throwIfAny();
  }

  /** A gate zeroing the whole score when {@code indicator}'s achievement is below {@code minAchievement}. */
  public static Gate zeroTotal(String name, String indicator, BigDecimal minAchievement) {
    return new Gate(name, indicator, minAchievement, GateEffect.ZERO_TOTAL, List.of());
  }

  /** A gate zeroing {@code zeroes} when {@code indicator}'s achievement is below {@code minAchievement}. */
  public static Gate zeroIndicators(String name, String indicator, BigDecimal minAchievement, List<String> zeroes) {
    return new Gate(name, indicator, minAchievement, GateEffect.ZERO_INDICATORS, zeroes);
  }

  /** This gate with {@code rule} for an achievement exactly at the minimum. */
  public Gate withOnMinimum(BoundaryRule rule) {
    return new Gate(name, indicator, minAchievement, effect, zeroes, rule);
  }

  /** Whether {@code achievement} passes this gate ({@code achievement >= minAchievement}, or {@code >} with LOWER_TIER). */
  public boolean passes(BigDecimal achievement) {
    int c = achievement.compareTo(minAchievement);
    return c > 0 || c == 0 && onMinimum == BoundaryRule.UPPER_TIER;
  }
}
