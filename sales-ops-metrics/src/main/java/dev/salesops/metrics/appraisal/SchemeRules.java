package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scheme-level rules, shared by the builder and the JSON reader. Not API. */
final class SchemeRules {
  private SchemeRules() {}

  /** The parts of an indicator the policy looks at; {@code null} parts could not be read. */
  record Head(int index, String name, IndicatorType type, BigDecimal weight, PeriodKind period) {}

  static void checkIndicators(List<Head> heads, boolean complete, AppraisalPolicy policy, PeriodKind schemePeriod, WeightSum weightSum,
      Problems p) {
    if (heads.isEmpty() && complete) {
      p.add("indicators", "must hold at least one indicator", "[]");
      return;
    }
    Set<String> names = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    Map<IndicatorType, BigDecimal> byType = new EnumMap<>(IndicatorType.class);
    boolean weightsKnown = complete;
    for (Head h : heads) {
      String path = "indicators[" + h.index() + "]";
      if (h.name() != null && !names.add(h.name())) {
        p.add(path + ".name", "must be unique within the scheme", h.name());
      }
      if (h.type() != null && h.weight() != null) {
        sum = sum.add(h.weight());
        byType.merge(h.type(), h.weight(), BigDecimal::add);
      } else {
        weightsKnown = false;
      }
      if (h.type() != null && h.period() != null) {
        AppraisalPolicy.TypeRule rule = policy.rules().get(h.type());
        if (rule == null) {
          p.add(path + ".type", "is not allowed by the policy (allowed: " + policy.rules().keySet() + ")", h.type());
        } else if (!rule.periods().contains(h.period())) {
          p.add(path + ".period", "must be one of " + rule.periods() + " for a " + h.type() + " indicator", h.period());
        }
      }
      if (h.period() != null && schemePeriod != null && h.period().isLongerThan(schemePeriod)) {
        p.add(path + ".period", "must not be longer than the scheme's appraisal period " + schemePeriod, h.period());
      }
    }
    if (!weightsKnown) {
      return; // sums over unreadable weights would only mislead
    }
    boolean rescale = weightSum == WeightSum.RESCALE;
    if (!rescale && sum.compareTo(BigDecimal.ONE) != 0) {
      p.add("indicators", "weights must sum to exactly 1 (100 %)", sum.toPlainString());
    }
    if (sum.signum() <= 0) {
      return; // every weight was refused on its own
    }
    for (Map.Entry<IndicatorType, AppraisalPolicy.TypeRule> e : policy.rules().entrySet()) {
      BigDecimal total = byType.getOrDefault(e.getKey(), BigDecimal.ZERO);
      if (rescale) {
        total = total.divide(sum, java.math.MathContext.DECIMAL64);
      }
      AppraisalPolicy.TypeRule rule = e.getValue();
      if (!rule.allowsWeight(total)) {
        p.add("indicators", e.getKey() + (rescale ? " weight shares" : " weights") + " must sum to within [" + rule.minWeight().toPlainString() + ", "
            + rule.maxWeight().toPlainString() + "]", total.toPlainString());
      }
    }
  }

  static void checkGates(List<Gate> gates, Set<String> indicatorNames, Problems p) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < gates.size(); i++) {
      Gate g = gates.get(i);
      String path = "gates[" + i + "]";
      if (!names.add(g.name())) {
        p.add(path + ".name", "must be unique within the scheme", g.name());
      }
      if (!indicatorNames.contains(g.indicator())) {
        p.add(path + ".indicator", "must name an indicator of the scheme", g.indicator());
      }
      for (int j = 0; j < g.zeroes().size(); j++) {
        if (!indicatorNames.contains(g.zeroes().get(j))) {
          p.add(path + ".zeroes[" + j + "]", "must name an indicator of the scheme", g.zeroes().get(j));
        }
      }
    }
  }
}
