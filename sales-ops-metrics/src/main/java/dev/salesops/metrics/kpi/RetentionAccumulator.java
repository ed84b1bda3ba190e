package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyUnit;

/**
 * Computes {@link Retention} (logo churn over the cohort and over the accounts serviced, revenue churn, gross and net revenue retention, repeat purchase
 * rate, average revenue per account) from won {@link DealRecord}s, for a start window (defining the cohort)
 * and a period window, in one currency: a won deal in another currency fails with a {@link
 * MixedCurrencyException} naming both (convert first). Memory is proportional to the number of accounts.
 *
 * <p><b>Not thread-safe</b>: one per thread, combine with {@link #merge}.
 */
public final class RetentionAccumulator implements Accumulator<DealRecord, RetentionAccumulator, Retention> {
  private final CurrencyUnit currency;
  private final DateRange start;
  private final DateRange period;
  /** account -> {start revenue, period revenue, period orders}. */
  private final Map<String, long[]> accounts = new HashMap<>();
  private long leftOut;

  /** An accumulator for the cohort active in {@code start}, measured over {@code period}, in {@code currency}. */
  public RetentionAccumulator(CurrencyUnit currency, DateRange start, DateRange period) {
    this.currency = Objects.requireNonNull(currency, "currency");
    this.start = Objects.requireNonNull(start, "start");
    this.period = Objects.requireNonNull(period, "period");
  }

  /** A new empty accumulator with the same configuration. */
  public RetentionAccumulator newEmpty() {
    return new RetentionAccumulator(currency, start, period);
  }

  @Override
  public void add(DealRecord r) {
    Objects.requireNonNull(r, "record");
    if (r.outcome != Outcome.WON) {
      return;
    }
    if (r.account == null || r.currency == null || r.closedDay == DealRecord.NO_DATE) {
      leftOut++;
      return;
    }
    if (!r.currency.equals(currency)) {
      throw new MixedCurrencyException(Set.of(currency, r.currency));
    }
    boolean inStart = start.containsEpochDay(r.closedDay);
    boolean inPeriod = period.containsEpochDay(r.closedDay);
    if (!inStart && !inPeriod) {
      return;
    }
    long[] a = accounts.computeIfAbsent(r.account, k -> new long[3]);
    if (inStart) {
      a[0] = Math.addExact(a[0], r.amountMinor);
    }
    if (inPeriod) {
      a[1] = Math.addExact(a[1], r.amountMinor);
      a[2]++;
    }
  }

  @Override
  public RetentionAccumulator merge(RetentionAccumulator other) {
    Objects.requireNonNull(other, "other");
    other.accounts.forEach((k, v) -> {
      long[] a = accounts.computeIfAbsent(k, x -> new long[3]);
      a[0] = Math.addExact(a[0], v[0]);
      a[1] = Math.addExact(a[1], v[1]);
      a[2] += v[2];
    });
    leftOut += other.leftOut;
    return this;
  }

  @Override
  public Retention finish() {
    long cohort = 0;
    long churned = 0;
    long startRev = 0;
    long endRev = 0;
    long expansion = 0;
    long contraction = 0;
    long churnedRev = 0;
    long active = 0;
    long repeat = 0;
    long allPeriodRev = 0;
    long newAccounts = 0;
    for (long[] a : accounts.values()) {
      if (a[1] > 0 || a[2] > 0) {
        active++;
        if (a[0] == 0) {
          newAccounts++;
        }
        allPeriodRev += a[1];
        if (a[2] >= 2) {
          repeat++;
        }
      }
      if (a[0] > 0) {
        cohort++;
        startRev += a[0];
        endRev += a[1];
        if (a[1] == 0) {
          churned++;
          churnedRev += a[0];
        } else if (a[1] > a[0]) {
          expansion += a[1] - a[0];
        } else {
          contraction += a[0] - a[1];
        }
      }
    }
    int scale = currency.getDecimalPlaces();
    BigDecimal s = BigDecimal.valueOf(startRev, scale);
    return new Retention(currency, cohort, churned, Ratio.of(churned, cohort), Stats.strip(s), Stats.strip(BigDecimal.valueOf(endRev, scale)),
        Stats.strip(BigDecimal.valueOf(expansion, scale)), Stats.strip(BigDecimal.valueOf(contraction, scale)),
        Stats.strip(BigDecimal.valueOf(churnedRev, scale)), Ratio.of(BigDecimal.valueOf(contraction + churnedRev, scale), s),
        Ratio.of(BigDecimal.valueOf(startRev - contraction - churnedRev, scale), s), Ratio.of(BigDecimal.valueOf(endRev, scale), s),
        active, Ratio.of(repeat, active), Ratio.of(BigDecimal.valueOf(allPeriodRev, scale), BigDecimal.valueOf(active)), leftOut,
        newAccounts, Ratio.of(churned, cohort + newAccounts));
  }

  // ---- portable state (see RetentionStateCodec): package-private, additive ----

  String portableConfiguration() {
    return "retention;currency=" + currency + ";start=" + start + ";period=" + period;
  }

  /** account -> {start revenue, period revenue, period orders} (the live map). */
  Map<String, long[]> portableAccounts() {
    return accounts;
  }

  long portableLeftOut() {
    return leftOut;
  }

  void portableSetLeftOut(long n) {
    leftOut = n;
  }
}
