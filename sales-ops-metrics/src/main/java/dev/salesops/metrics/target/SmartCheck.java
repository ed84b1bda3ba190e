package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.target.SmartFinding.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a target against SMART and returns findings (never throws for a non-SMART target):
 * <ul>
 *   <li><b>Specific</b>: metric set ({@code metric-missing}), scope set ({@code scope-missing}) — errors;</li>
 *   <li><b>Measurable</b>: exactly one of amount or count ({@code quantity-missing}, {@code quantity-ambiguous});
 *   a count has a unit ({@code unit-missing}) — errors;</li>
 *   <li><b>Achievable</b> (warnings): growth {@code (target − lastYear) / lastYear} at most {@link #maxGrowth()}
 *   ({@code growth-too-high}; {@code growth-undefined} when last year was 0); the target is not below the
 *   trailing run rate × months by more than {@link #maxBelowRunRate()} as a fraction
 *   ({@code below-run-rate}: a target under what the team already does is sandbagging);</li>
 *   <li><b>Relevant</b>: a non-company scope names a parent ({@code parent-missing}, warning); the given parent
 *   has the id named ({@code parent-mismatch}), the same metric and a covering period
 *   ({@code parent-metric-mismatch}, {@code parent-period-mismatch}) — errors; the given parts name this target
 *   as parent ({@code part-parent-mismatch}) and add up exactly to it ({@code parts-do-not-add-up}) — errors;</li>
 *   <li><b>Time-bound</b>: period set ({@code period-missing}, error); each milestone inside the period
 *   ({@code milestone-outside-period}, error); milestones non-decreasing in date order and not above the target
 *   ({@code milestones-decreasing}, {@code milestone-above-target}, warnings).</li>
 * </ul>
 * Defaults: growth at most +50%, not more than 20% below the run rate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SmartCheck {
  private static final SmartCheck DEFAULTS = new SmartCheck(new BigDecimal("0.5"), new BigDecimal("0.2"));

  private final BigDecimal maxGrowth;
  private final BigDecimal maxBelowRunRate;

  private SmartCheck(BigDecimal maxGrowth, BigDecimal maxBelowRunRate) {
    this.maxGrowth = maxGrowth;
    this.maxBelowRunRate = maxBelowRunRate;
  }

  /** The check with default bounds (growth ≤ 0.5, at most 0.2 below the run rate). */
  public static SmartCheck defaults() {
    return DEFAULTS;
  }

  /** With the largest acceptable growth over last year as a fraction (0.5 = +50%), not negative. */
  public SmartCheck withMaxGrowth(BigDecimal maxGrowth) {
    return new SmartCheck(Checks.nonNegative(maxGrowth, "maxGrowth"), maxBelowRunRate);
  }

  /** With how far below the trailing run rate a target may be, as a fraction within [0, 1]. */
  public SmartCheck withMaxBelowRunRate(BigDecimal maxBelowRunRate) {
    return new SmartCheck(maxGrowth, Checks.within(maxBelowRunRate, BigDecimal.ZERO, BigDecimal.ONE, "maxBelowRunRate"));
  }

  /** The largest acceptable growth fraction. */
  public BigDecimal maxGrowth() {
    return maxGrowth;
  }

  /** The largest acceptable shortfall under the run rate, as a fraction. */
  public BigDecimal maxBelowRunRate() {
    return maxBelowRunRate;
  }

  /** The findings for {@code target} without context. */
  public List<SmartFinding> check(Target target) {
    return check(target, SmartContext.none());
  }

  /** The findings for {@code target} in {@code context}; empty when the target is SMART. */
  public List<SmartFinding> check(Target target, SmartContext context) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(context, "context");
    List<SmartFinding> out = new ArrayList<>();
    // Specific
    if (target.metric().isEmpty()) {
      out.add(new SmartFinding(SmartCriterion.SPECIFIC, Severity.ERROR, "metric-missing", "target " + target.id() + " has no metric"));
    }
    if (target.scope().isEmpty()) {
      out.add(new SmartFinding(SmartCriterion.SPECIFIC, Severity.ERROR, "scope-missing", "target " + target.id() + " has no scope"));
    }
    // Measurable
    if (target.amount().isEmpty() && target.count().isEmpty()) {
      out.add(new SmartFinding(SmartCriterion.MEASURABLE, Severity.ERROR, "quantity-missing", "target " + target.id() + " has neither an amount nor a count"));
    } else if (target.amount().isPresent() && target.count().isPresent()) {
      out.add(new SmartFinding(SmartCriterion.MEASURABLE, Severity.ERROR, "quantity-ambiguous", "target " + target.id() + " has both an amount and a count"));
    } else if (target.count().isPresent() && target.unit().isEmpty()) {
      out.add(new SmartFinding(SmartCriterion.MEASURABLE, Severity.ERROR, "unit-missing", "target " + target.id() + " has a count without a unit"));
    }
    // Achievable
    target.value().ifPresent(v -> {
      context.sameperiodLastYear().ifPresent(ly -> {
        Ratio growth = Ratio.of(v.subtract(ly), ly);
        if (!growth.isDefined()) {
          out.add(new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING, "growth-undefined",
              "growth over last year is undefined: last year's actual was 0 (target " + v.toPlainString() + ")"));
        } else if (growth.value().get().compareTo(maxGrowth) > 0) {
          out.add(new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING, "growth-too-high",
              "growth over last year " + pct(growth) + " exceeds the bound " + pct(maxGrowth) + " (target " + v.toPlainString() + ", last year "
                  + ly.toPlainString() + ")"));
        }
      });
      context.trailingMonthlyRunRate().ifPresent(rr -> target.period().ifPresent(p -> {
        BigDecimal atRunRate = rr.multiply(BigDecimal.valueOf(p.months().size()));
        BigDecimal floor = atRunRate.multiply(BigDecimal.ONE.subtract(maxBelowRunRate));
        if (v.compareTo(floor) < 0) {
          out.add(new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING, "below-run-rate",
              "target " + v.toPlainString() + " is more than " + pct(maxBelowRunRate) + " below the trailing run rate ("
                  + rr.toPlainString() + " per month × " + p.months().size() + " months = " + atRunRate.toPlainString() + ")"));
        }
      }));
    });
    // Relevant
    boolean company = target.scope().map(s -> s.level() == ScopeLevel.COMPANY).orElse(false);
    if (!company && target.parentId().isEmpty()) {
      out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.WARNING, "parent-missing", "target " + target.id() + " does not roll up to a parent target"));
    }
    context.parent().ifPresent(parent -> {
      if (!target.parentId().equals(java.util.Optional.of(parent.id()))) {
        out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.ERROR, "parent-mismatch",
            "target " + target.id() + " names parent " + target.parentId().orElse("(none)") + ", not " + parent.id()));
      }
      if (!parent.metric().equals(target.metric())) {
        out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.ERROR, "parent-metric-mismatch",
            "target metric " + target.metric().orElse("(none)") + " differs from parent metric " + parent.metric().orElse("(none)")));
      }
      if (parent.period().isPresent() && target.period().isPresent()
          && (target.period().get().from().isBefore(parent.period().get().from()) || target.period().get().to().isAfter(parent.period().get().to()))) {
        out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.ERROR, "parent-period-mismatch",
            "target period " + target.period().get() + " is not inside the parent period " + parent.period().get()));
      }
    });
    if (!context.parts().isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean summable = target.value().isPresent();
      for (Target part : context.parts()) {
        if (!part.parentId().equals(java.util.Optional.of(target.id()))) {
          out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.ERROR, "part-parent-mismatch",
              "part " + part.id() + " names parent " + part.parentId().orElse("(none)") + ", not " + target.id()));
        }
        boolean sameUnit = part.value().isPresent()
            && part.amount().map(a -> a.getCurrencyUnit()).equals(target.amount().map(a -> a.getCurrencyUnit()))
            && part.unit().equals(target.unit());
        if (!sameUnit) {
          summable = false;
        } else {
          sum = sum.add(part.value().get());
        }
      }
      if (!summable) {
        out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.ERROR, "parts-do-not-add-up",
            "the parts of target " + target.id() + " cannot be added up: missing quantity or different unit or currency"));
      } else if (sum.compareTo(target.value().get()) != 0) {
        out.add(new SmartFinding(SmartCriterion.RELEVANT, Severity.ERROR, "parts-do-not-add-up",
            "the parts of target " + target.id() + " add up to " + sum.toPlainString() + ", not " + target.value().get().toPlainString()));
      }
    }
    // Time-bound
    if (target.period().isEmpty()) {
      out.add(new SmartFinding(SmartCriterion.TIME_BOUND, Severity.ERROR, "period-missing", "target " + target.id() + " has no period"));
    } else {
      TargetPeriod p = target.period().get();
      for (Milestone m : target.milestones()) {
        if (!p.contains(m.date())) {
          out.add(new SmartFinding(SmartCriterion.TIME_BOUND, Severity.ERROR, "milestone-outside-period",
              "milestone on " + m.date() + " lies outside the period " + p.from() + " to " + p.to()));
        }
      }
    }
    List<Milestone> sorted = new ArrayList<>(target.milestones());
    sorted.sort(java.util.Comparator.comparing(Milestone::date));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).expectedToDate().compareTo(sorted.get(i - 1).expectedToDate()) < 0) {
        out.add(new SmartFinding(SmartCriterion.TIME_BOUND, Severity.WARNING, "milestones-decreasing",
            "milestone on " + sorted.get(i).date() + " expects less to date than the one on " + sorted.get(i - 1).date()));
      }
    }
    target.value().ifPresent(v -> {
      for (Milestone m : sorted) {
        if (m.expectedToDate().compareTo(v) > 0) {
          out.add(new SmartFinding(SmartCriterion.TIME_BOUND, Severity.WARNING, "milestone-above-target",
              "milestone on " + m.date() + " expects " + m.expectedToDate().toPlainString() + ", more than the target " + v.toPlainString()));
        }
      }
    });
    return List.copyOf(out);
  }

  private static String pct(Ratio r) {
    return pct(r.value().get());
  }

  private static String pct(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  @Override
  public String toString() {
    return "SmartCheck[maxGrowth=" + maxGrowth + ", maxBelowRunRate=" + maxBelowRunRate + "]";
  }
}
