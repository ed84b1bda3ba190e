package dev.salesops.metrics.target;

import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Where a target stands at a date: expected-to-date by the plan, the actual, the gap, what remains and the
 * run rate needed to close it.
 *
 * <p>JSON: the components by name, plus the derived {@code onTrack} on output (ignored on input).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param asOf the date (inclusive: the actual covers the period start up to and including it)
 * @param target the whole target
 * @param expectedToDate what the plan expects by {@code asOf}
 * @param actualToDate what was achieved
 * @param gap {@code expectedToDate − actualToDate}: positive = behind plan, negative = ahead
 * @param attainmentToDate {@code actualToDate / expectedToDate}; undefined when nothing is expected yet
 * @param remaining {@code target − actualToDate} (negative when the target is exceeded)
 * @param daysLeft calendar days after {@code asOf} to the end of the period
 * @param monthsLeft months left: the rest of the current month as a fraction (days left in it / its length)
 *     plus the whole months after it
 * @param requiredPerDay {@code remaining / daysLeft}; undefined when no day is left
 * @param requiredPerMonth {@code remaining / monthsLeft}; undefined when no time is left
 */
public record MilestoneStatus(LocalDate asOf, Money target, Money expectedToDate, Money actualToDate, Money gap, Ratio attainmentToDate,
    Money remaining, long daysLeft, BigDecimal monthsLeft, Ratio requiredPerDay, Ratio requiredPerMonth) {
  /** Checks the parts. */
  public MilestoneStatus {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(expectedToDate, "expectedToDate");
    Objects.requireNonNull(actualToDate, "actualToDate");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(attainmentToDate, "attainmentToDate");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(monthsLeft, "monthsLeft");
    Objects.requireNonNull(requiredPerDay, "requiredPerDay");
    Objects.requireNonNull(requiredPerMonth, "requiredPerMonth");
  }

  /** Whether the actual is at or ahead of the plan. */
  public boolean isOnTrack() {
    return !gap.isPositive();
  }
}
