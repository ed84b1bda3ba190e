package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a scheme's weights and periods must follow, per indicator type: the range of the type's total
 * weight and the periods its indicators may use. Hosts supply their own; {@link #seedDefault()} is the
 * seed's table (銷售績效考核體系):
 *
 * <table>
 *   <caption>seed default</caption>
 *   <tr><th>type</th><th>total weight</th><th>periods</th></tr>
 *   <tr><td>RESULT</td><td>60-70 %</td><td>MONTH, QUARTER</td></tr>
 *   <tr><td>PROCESS</td><td>20-30 %</td><td>WEEK, MONTH</td></tr>
 *   <tr><td>CAPABILITY</td><td>10-20 %</td><td>QUARTER, YEAR</td></tr>
 * </table>
 *
 * <p>Independently of the policy, a scheme's weights always sum to exactly 1 (100 %), compared by value
 * ({@code 1.00} equals {@code 1}). Ranges are inclusive. A type absent from the policy may not be used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rules the rule of each allowed type
 */
public record AppraisalPolicy(Map<IndicatorType, TypeRule> rules) {
  private static final AppraisalPolicy SEED = new AppraisalPolicy(Map.of(
      IndicatorType.RESULT, TypeRule.of("0.60", "0.70", PeriodKind.MONTH, PeriodKind.QUARTER),
      IndicatorType.PROCESS, TypeRule.of("0.20", "0.30", PeriodKind.WEEK, PeriodKind.MONTH),
      IndicatorType.CAPABILITY, TypeRule.of("0.10", "0.20", PeriodKind.QUARTER, PeriodKind.YEAR)));

  /** Copies the rules. */
  public AppraisalPolicy {
    Objects.requireNonNull(rules, "rules");
    EnumMap<IndicatorType, TypeRule> copy = new EnumMap<>(IndicatorType.class);
    rules.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "rules key"), Objects.requireNonNull(v, "rules value")));
    rules = Collections.unmodifiableMap(copy);
  }

  /** The seed's policy: RESULT 60-70 % (month/quarter), PROCESS 20-30 % (week/month), CAPABILITY 10-20 % (quarter/year). */
  public static AppraisalPolicy seedDefault() {
    return SEED;
  }

  /** A policy of {@code rules}. */
  public static AppraisalPolicy of(Map<IndicatorType, TypeRule> rules) {
    return new AppraisalPolicy(rules);
  }

  /** This policy with {@code type}'s rule replaced. */
  public AppraisalPolicy with(IndicatorType type, TypeRule rule) {
    EnumMap<IndicatorType, TypeRule> copy = new EnumMap<>(IndicatorType.class);
    copy.putAll(rules);
    copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(rule, "rule"));
    return new AppraisalPolicy(copy);
  }

  /**
   * The rule of one indicator type: the inclusive range of the type's total weight and the allowed periods.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param minWeight the smallest total weight, within [0, 1]
   * @param maxWeight the largest total weight, within [minWeight, 1]
   * @param periods the periods the type's indicators may use; not empty
   */
  public record TypeRule(BigDecimal minWeight, BigDecimal maxWeight, Set<PeriodKind> periods) {
    /** Validates the rule, reporting every problem at once. */
    public TypeRule {
      Objects.requireNonNull(minWeight, "minWeight");
      Objects.requireNonNull(maxWeight, "maxWeight");
      Objects.requireNonNull(periods, "periods");
      Problems p = new Problems();
      if (minWeight.signum() < 0 || minWeight.compareTo(BigDecimal.ONE) > 0) {
        p.add("minWeight", "must be within [0, 1]", minWeight.toPlainString());
      }
      if (maxWeight.compareTo(minWeight) < 0 || maxWeight.compareTo(BigDecimal.ONE) > 0) {
        p.add("maxWeight", "must be within [minWeight " + minWeight.toPlainString() + ", 1]", maxWeight.toPlainString());
      }
      if (periods.isEmpty()) {
        p.add("periods", "must allow at least one period", "[]");
      }
      p.throwIfAny();
      periods = Collections.unmodifiableSet(EnumSet.copyOf(periods));
    }

    /** A rule from decimal texts and the allowed periods. */
    public static TypeRule of(String minWeight, String maxWeight, PeriodKind... periods) {
      Objects.requireNonNull(minWeight, "minWeight");
      Objects.requireNonNull(maxWeight, "maxWeight");
      Objects.requireNonNull(periods, "periods");
      return new TypeRule(new BigDecimal(minWeight), new BigDecimal(maxWeight), Set.of(periods));
    }

    /** Whether {@code weight} is within the range. */
    public boolean allowsWeight(BigDecimal weight) {
      return weight.compareTo(minWeight) >= 0 && weight.compareTo(maxWeight) <= 0;
    }
  }
}
