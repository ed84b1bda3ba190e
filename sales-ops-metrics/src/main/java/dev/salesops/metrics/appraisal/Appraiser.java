package dev.salesops.metrics.appraisal;

import dev.salesops.core.model.UserId;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scheme prepared for one appraisal period: the sub-periods each indicator expects are computed once,
 * so many people can be appraised cheaply ({@link #appraise}).
 *
 * <p>Evaluation of one indicator: the supplied measurements assigned to the appraisal period (weeks by the
 * scheme's {@link WeekRule}) are rolled up by the indicator's {@link Aggregation}; {@code ratio = actual /
 * target}; the achievement is {@link Direction#achievement}; the curve scores it. Then gates are tested on
 * the achievements, failed gates zero indicators or the total, weighted scores are {@code score × weight}
 * and the total is their exact sum. With the scheme's options: the curve score is rounded ({@link
 * AppraisalScheme#scoreRounding()}); the weight is the share {@code w / Σw} ({@link WeightSum#RESCALE}, weighted
 * score {@code score × w / Σw}, 16 significant digits); the total is capped ({@link AppraisalScheme#totalCap()}).
 *
 * <p><b>Missing sub-periods</b> (e.g. a week of the quarter without a measurement) are not filled with
 * zeros: actual and target both cover only the supplied sub-periods, and the result lists the missing ones
 * ({@link IndicatorResult#periodsMissing()}) so that a reviewer sees the gap. Supplied sub-periods that are
 * not assigned to the appraisal period are ignored and listed ({@link IndicatorResult#periodsIgnored()}).
 * An indicator with no measurement in the period at all is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Appraiser {
  private final AppraisalScheme scheme;
  private final CalendarPeriod period;
  private final List<List<CalendarPeriod>> expected;
  private final List<Map<CalendarPeriod, Integer>> expectedIndex;
  private final String[] sourceTexts;
  private final String[] curveTexts;

  Appraiser(AppraisalScheme scheme, CalendarPeriod period) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.period = Objects.requireNonNull(period, "period");
    if (period.kind() != scheme.period()) {
      throw Checks.fail("period", "must be a " + scheme.period() + " for scheme " + scheme.name(), period.label());
    }
    List<List<CalendarPeriod>> e = new ArrayList<>();
    for (Indicator i : scheme.indicators()) {
      e.add(period.periodsOf(i.period(), scheme.weekRule()));
    }
    this.expected = List.copyOf(e);
    List<Map<CalendarPeriod, Integer>> idx = new ArrayList<>();
    for (List<CalendarPeriod> periods : expected) {
      Map<CalendarPeriod, Integer> m = new HashMap<>();
      for (int k = 0; k < periods.size(); k++) {
        m.put(periods.get(k), k);
      }
      idx.add(Map.copyOf(m));
    }
    this.expectedIndex = List.copyOf(idx);
    int n = scheme.indicators().size();
    this.sourceTexts = new String[n];
    this.curveTexts = new String[n];
    for (int i = 0; i < n; i++) {
      sourceTexts[i] = scheme.indicators().get(i).source().describe();
      Indicator ind = scheme.indicators().get(i);
      curveTexts[i] = ind.curve().describe() + ind.scorePoints().map(sp -> "; scored by " + sp.describe()).orElse("")
          + scheme.scoreRounding().map(r -> "; " + r.describe()).orElse("");
    }
  }

  /** The scheme. */
  public AppraisalScheme scheme() {
    return scheme;
  }

  /** The appraisal period. */
  public CalendarPeriod period() {
    return period;
  }

  /** The sub-periods indicator {@code name} expects in this period (e.g. the ISO weeks of a quarter). */
  public List<CalendarPeriod> expectedPeriods(String name) {
    Integer i = scheme.indexByName().get(name);
    if (i == null) {
      throw Checks.fail("indicator", "must name an indicator of scheme " + scheme.name(), name);
    }
    return expected.get(i);
  }

  /**
   * Appraises {@code subject} from {@code input}.
   *
   * @throws dev.salesops.core.validation.ValidationException listing every problem of the input: unknown
   *     indicator names, an indicator without any measurement in the period, a measurement of the wrong
   *     period kind, two measurements of one sub-period, a rating off its scale
   */
  public Appraisal appraise(UserId subject, AppraisalInput input) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(input, "input");
    Problems problems = new Problems();
    for (String name : input.measurements().keySet()) {
      if (!scheme.indexByName().containsKey(name)) {
        problems.add("input." + name, "is not an indicator of scheme " + scheme.name());
      }
    }
    List<Indicator> indicators = scheme.indicators();
    int n = indicators.size();
    IndicatorResult[] results = new IndicatorResult[n];
    BigDecimal[] achievements = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      Indicator ind = indicators.get(i);
      results[i] = evaluate(i, ind, expected.get(i), input.measurements().getOrDefault(ind.name(), List.of()), problems);
      achievements[i] = results[i] == null ? null : results[i].achievement();
    }
    problems.throwIfAny();

    List<GateResult> gateResults = new ArrayList<>(scheme.gates().size());
    List<String> totalZeroedBy = new ArrayList<>(0);
    List<List<String>> zeroedBy = null;
    for (Gate g : scheme.gates()) {
      int idx = scheme.indexByName().get(g.indicator());
      boolean passed = g.passes(achievements[idx]);
      gateResults.add(new GateResult(g.name(), g.indicator(), achievements[idx], g.minAchievement(), passed, g.effect(), g.zeroes()));
      if (!passed) {
        if (g.effect() == GateEffect.ZERO_TOTAL) {
          totalZeroedBy.add(g.name());
        } else {
          if (zeroedBy == null) {
            zeroedBy = new ArrayList<>(Collections.nCopies(n, List.of()));
          }
          for (String z : g.zeroes()) {
            int zi = scheme.indexByName().get(z);
            List<String> l = new ArrayList<>(zeroedBy.get(zi));
            l.add(g.name());
            zeroedBy.set(zi, l);
          }
        }
      }
    }

    Map<IndicatorType, BigDecimal> subtotals = new EnumMap<>(IndicatorType.class);
    BigDecimal total = BigDecimal.ZERO;
    List<IndicatorResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      IndicatorResult r = results[i];
      if (zeroedBy != null && !zeroedBy.get(i).isEmpty()) {
        r = new IndicatorResult(r.name(), r.type(), r.direction(), r.source(), r.curve(), r.aggregation(), r.periodsUsed(),
            r.periodsMissing(), r.periodsIgnored(), r.actual(), r.target(), r.ratio(), r.achievement(), r.curveScore(),
            zeroedBy.get(i), BigDecimal.ZERO, r.weight(), BigDecimal.ZERO);
      }
      out.add(r);
      subtotals.merge(r.type(), r.weightedScore(), BigDecimal::add);
      total = total.add(r.weightedScore());
    }
    if (!totalZeroedBy.isEmpty()) {
      total = BigDecimal.ZERO;
    }
    java.util.Optional<BigDecimal> uncapped = java.util.Optional.empty();
    if (scheme.totalCap().isPresent() && total.compareTo(scheme.totalCap().get()) > 0) {
      uncapped = java.util.Optional.of(total);
      total = scheme.totalCap().get();
    }
    String band = scheme.bands().bandFor(total).name();
    return new Appraisal(subject, period, scheme.name(), out, gateResults, subtotals, total, totalZeroedBy, band, uncapped.orElse(null));
  }

  private IndicatorResult evaluate(int index, Indicator ind, List<CalendarPeriod> expectedPeriods, List<Measurement> measurements, Problems problems) {
    boolean ok = true;
    Map<CalendarPeriod, Integer> slots = expectedIndex.get(index);
    boolean[] seen = new boolean[expectedPeriods.size()];
    int usedCount = 0;
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal target = BigDecimal.ZERO;
    List<CalendarPeriod> ignored = null;
    IndicatorSource.ManagerRating scale = ind.source() instanceof IndicatorSource.ManagerRating
        ? (IndicatorSource.ManagerRating) ind.source() : null;
    for (int j = 0; j < measurements.size(); j++) {
      Measurement m = measurements.get(j);
      if (m.period().kind() != ind.period()) {
        problems.add("input." + ind.name() + "[" + j + "].period", "must be a " + ind.period() + " for indicator " + ind.name(), m.period().label());
        ok = false;
        continue;
      }
      Integer slot = slots.get(m.period());
      boolean duplicate;
      if (slot != null) {
        duplicate = seen[slot];
        seen[slot] = true;
      } else {
        if (ignored == null) {
          ignored = new ArrayList<>(2);
        }
        duplicate = ignored.contains(m.period());
        if (!duplicate) {
          ignored.add(m.period());
        }
      }
      if (duplicate) {
        problems.add("input." + ind.name() + "[" + j + "].period", "must not be measured twice", m.period().label());
        ok = false;
        continue;
      }
      if (scale != null) {
        if (!scale.allows(m.actual())) {
          problems.add("input." + ind.name() + "[" + j + "].actual", "must be on the rating scale [" + scale.min().toPlainString() + ", " + scale.max().toPlainString() + "]", m.actual().toPlainString());
          ok = false;
        }
        if (!scale.allows(m.target())) {
          problems.add("input." + ind.name() + "[" + j + "].target", "must be on the rating scale [" + scale.min().toPlainString() + ", " + scale.max().toPlainString() + "]", m.target().toPlainString());
          ok = false;
        }
      }
      if (slot != null) {
        usedCount++;
        actual = actual.add(m.actual());
        target = target.add(m.target());
      }
    }
    if (!ok) {
      return null;
    }
    List<CalendarPeriod> ignoredSorted = ignored == null ? List.of() : sorted(ignored);
    if (usedCount == 0) {
      problems.add("input." + ind.name(), "must hold at least one " + ind.period() + " measurement in " + period.label()
          + (ignoredSorted.isEmpty() ? "" : " (supplied but outside the period: " + IndicatorResult.labels(ignoredSorted) + ")"));
      return null;
    }
    if (ind.aggregation() == Aggregation.MEAN && usedCount > 1) {
      BigDecimal count = BigDecimal.valueOf(usedCount);
      actual = actual.divide(count, MathContext.DECIMAL64);
      target = target.divide(count, MathContext.DECIMAL64);
    }
    List<CalendarPeriod> usedPeriods;
    List<CalendarPeriod> missing;
    if (usedCount == expectedPeriods.size()) {
      usedPeriods = expectedPeriods;
      missing = List.of();
    } else {
      List<CalendarPeriod> u = new ArrayList<>(usedCount);
      List<CalendarPeriod> miss = new ArrayList<>(expectedPeriods.size() - usedCount);
      for (int k = 0; k < seen.length; k++) {
        (seen[k] ? u : miss).add(expectedPeriods.get(k));
      }
      usedPeriods = u;
      missing = miss;
    }
    Ratio ratio = Ratio.of(actual, target);
    BigDecimal achievement = ind.achievement(actual, target);
    BigDecimal curveScore = ind.curve().score(achievement);
    if (scheme.scoreRounding().isPresent()) {
      curveScore = scheme.scoreRounding().get().apply(curveScore);
    }
    BigDecimal weight = ind.weight();
    BigDecimal weighted = curveScore.multiply(weight);
    if (scheme.weightSum() == WeightSum.RESCALE) {
      weighted = weighted.divide(scheme.weightTotal(), MathContext.DECIMAL64);
      weight = weight.divide(scheme.weightTotal(), MathContext.DECIMAL64);
    }
    return new IndicatorResult(ind.name(), ind.type(), ind.direction(), sourceTexts[index], curveTexts[index],
        ind.aggregation(), usedPeriods, missing, ignoredSorted, actual, target, ratio, achievement, curveScore, List.of(),
        curveScore, weight, weighted);
  }

  private static List<CalendarPeriod> sorted(List<CalendarPeriod> periods) {
    if (periods.size() > 1) {
      List<CalendarPeriod> copy = new ArrayList<>(periods);
      Collections.sort(copy);
      return copy;
    }
    return periods;
  }
}
