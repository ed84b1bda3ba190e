package dev.salesops.metrics.target;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Cumulative monthly checkpoints of a money target from its monthly plan (e.g. from
 * {@link TargetDecomposition#acrossMonths}): the milestone at the end of each month is the plan's cumulative
 * sum, and the last one is the whole target.
 *
 * <p><b>Expected to date</b> at a date inside a month: the cumulative plan of the months before plus the
 * month's plan × (day of month / days in month), rounded to the currency's minor unit
 * {@link RoundingMode#HALF_EVEN}. Before the period: zero; after it: the whole target.
 *
 * <p>JSON: the monthly plan, e.g. {@code {"2026-01":{"amount":"100.00","currency":"USD"},"2026-02":...}}; read
 * through {@link #of} and its rules.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestonePlan {
  private final SortedMap<YearMonth, Money> plan;
  private final SortedMap<YearMonth, Money> cumulative;
  private final Money total;

  private MilestonePlan(SortedMap<YearMonth, Money> plan, SortedMap<YearMonth, Money> cumulative, Money total) {
    this.plan = plan;
    this.cumulative = cumulative;
    this.total = total;
  }

  /** The plan of consecutive months (one currency, no month skipped). */
  public static MilestonePlan of(SortedMap<YearMonth, Money> monthlyPlan) {
    Objects.requireNonNull(monthlyPlan, "monthlyPlan");
    if (monthlyPlan.isEmpty()) {
      throw Checks.fail("monthlyPlan", "must not be empty", "{}");
    }
    CurrencyUnit cu = null;
    YearMonth prev = null;
    TreeMap<YearMonth, Money> plan = new TreeMap<>();
    TreeMap<YearMonth, Money> cum = new TreeMap<>();
    Money running = null;
    for (Map.Entry<YearMonth, Money> e : monthlyPlan.entrySet()) {
      YearMonth m = Objects.requireNonNull(e.getKey(), "monthlyPlan key");
      Money v = Objects.requireNonNull(e.getValue(), "monthlyPlan[" + m + "]");
      if (cu == null) {
        cu = v.getCurrencyUnit();
        running = Money.zero(cu);
      } else if (!cu.equals(v.getCurrencyUnit())) {
        throw Checks.fail("monthlyPlan[" + m + "]", "must be in " + cu, v.getCurrencyUnit());
      }
      if (m.getYear() < 1 || m.getYear() > 9999) {
        throw Checks.fail("monthlyPlan", "must have months within the years 0001 to 9999", m);
      }
      if (v.isNegative()) {
        throw Checks.fail("monthlyPlan[" + m + "]", "must not be negative", v);
      }
      dev.salesops.core.money.Monies.requireBounded(v, "monthlyPlan[" + m + "]");
      if (prev != null && !prev.plusMonths(1).equals(m)) {
        throw Checks.fail("monthlyPlan", "must have consecutive months", "gap after " + prev);
      }
      prev = m;
      running = running.plus(v);
      dev.salesops.core.money.Monies.requireBounded(running, "monthlyPlan total");
      plan.put(m, v);
      cum.put(m, running);
    }
    return new MilestonePlan(Collections.unmodifiableSortedMap(plan), Collections.unmodifiableSortedMap(cum), running);
  }

  /** The whole target (sum of the plan). */
  public Money target() {
    return total;
  }

  /** The period covered. */
  public TargetPeriod period() {
    return TargetPeriod.of(plan.firstKey(), plan.lastKey());
  }

  /** The monthly plan. */
  public SortedMap<YearMonth, Money> plan() {
    return plan;
  }

  /** Cumulative checkpoints at each month's last day (to put on a {@link Target}). */
  public List<Milestone> milestones() {
    List<Milestone> out = new ArrayList<>();
    cumulative.forEach((m, v) -> out.add(new Milestone(m.atEndOfMonth(), v.getAmount())));
    return List.copyOf(out);
  }

  /** What the plan expects by the end of {@code date} (see the class javadoc). */
  public Money expectedAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    YearMonth ym = YearMonth.from(date);
    if (ym.isBefore(plan.firstKey())) {
      return Money.zero(total.getCurrencyUnit());
    }
    if (ym.isAfter(plan.lastKey())) {
      return total;
    }
    Money before = ym.equals(plan.firstKey()) ? Money.zero(total.getCurrencyUnit()) : cumulative.get(ym.minusMonths(1));
    BigDecimal part = plan.get(ym).getAmount().multiply(BigDecimal.valueOf(date.getDayOfMonth()))
        .divide(BigDecimal.valueOf(ym.lengthOfMonth()), MathContext.DECIMAL128);
    return before.plus(Money.of(total.getCurrencyUnit(), part, RoundingMode.HALF_EVEN));
  }

  /** The status at the end of {@code asOf} given the actual achieved from the period start through that day. */
  public MilestoneStatus statusAt(LocalDate asOf, Money actualToDate) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(actualToDate, "actualToDate");
    if (!actualToDate.getCurrencyUnit().equals(total.getCurrencyUnit())) {
      throw Checks.fail("actualToDate", "must be in " + total.getCurrencyUnit(), actualToDate.getCurrencyUnit());
    }
    Money expected = expectedAt(asOf);
    Money gap = expected.minus(actualToDate);
    Money remaining = total.minus(actualToDate);
    LocalDate end = plan.lastKey().atEndOfMonth();
    LocalDate start = plan.firstKey().atDay(1);
    LocalDate from = asOf.isBefore(start) ? start.minusDays(1) : asOf;
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(from, end));
    BigDecimal monthsLeft;
    if (!from.isBefore(end)) {
      monthsLeft = BigDecimal.ZERO;
    } else if (asOf.isBefore(start)) {
      monthsLeft = BigDecimal.valueOf(plan.size());
    } else {
      YearMonth ym = YearMonth.from(asOf);
      BigDecimal restOfMonth = BigDecimal.valueOf(ym.lengthOfMonth() - asOf.getDayOfMonth())
          .divide(BigDecimal.valueOf(ym.lengthOfMonth()), MathContext.DECIMAL128);
      monthsLeft = restOfMonth.add(BigDecimal.valueOf(ChronoUnit.MONTHS.between(ym, plan.lastKey()))).stripTrailingZeros();
    }
    return new MilestoneStatus(asOf, total, expected, actualToDate, gap, Ratio.of(actualToDate.getAmount(), expected.getAmount()), remaining,
        daysLeft, monthsLeft, Ratio.of(remaining.getAmount(), BigDecimal.valueOf(daysLeft)), Ratio.of(remaining.getAmount(), monthsLeft));
  }

  /** Equal when the monthly plans are equal (same months, same amounts). */
  @Override
  public boolean equals(Object o) {
    return o instanceof MilestonePlan && ((MilestonePlan) o).plan.equals(plan);
  }

  @Override
  public int hashCode() {
    return plan.hashCode();
  }

  @Override
  public String toString() {
    return "MilestonePlan[" + total + " over " + plan.size() + " months]";
  }
}
