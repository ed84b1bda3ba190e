package dev.salesops.metrics.kpi;

import dev.salesops.core.model.Outcome;
import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a {@link KpiBreakdown}: one {@link KpiAccumulator} per group of dimension values, and, when
 * broken down by period, per period.
 *
 * <p><b>Periods</b>: each KPI takes its own date (see {@link KpiOptions}), so a record goes to the group of
 * every period among its created date, closed date and expected close date (open deals); in each period
 * group the report's window is that period (intersected with the options' window), so a deal created in
 * January and won in March counts as a new lead in January and as won in March. A record without any of
 * those dates is counted in {@link KpiBreakdown#unplaced()}.
 *
 * <p>Memory is proportional to the number of groups (plus exact percentile values, see {@link
 * KpiAccumulator}).
 *
 * <p><b>Not thread-safe</b>: one per thread, combine with {@link #merge}; or use {@link KpiCollectors}.
 */
public final class BreakdownAccumulator implements Accumulator<DealRecord, BreakdownAccumulator, KpiBreakdown> {
  private final KpiOptions options;
  private final List<Dimension> dimensions;
  private final Dimension single;
  private final PeriodScheme scheme;
  private final HashMap<Object, KpiAccumulator> groups = new HashMap<>();
  /** Periods by epoch day, for days in [cacheBase, cacheBase + cache.length): computing a period label is slow. */
  private ReportingPeriod[] cache = new ReportingPeriod[0];
  private int cacheBase;
  private final HashMap<ReportingPeriod, ReportingPeriod> canonical = new HashMap<>();
  private final HashMap<ReportingPeriod, KpiOptions> periodOptions = new HashMap<>();
  private long unplaced;

  /**
   * A breakdown by {@code dimensions} (at least one, unless {@code scheme} is given) and, when {@code scheme}
   * is not null, by period.
   */
  public BreakdownAccumulator(KpiOptions options, List<Dimension> dimensions, PeriodScheme scheme) {
    this.options = Objects.requireNonNull(options, "options");
    this.dimensions = List.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
    this.scheme = scheme;
    if (this.dimensions.isEmpty() && scheme == null) {
      throw new IllegalArgumentException("a breakdown needs at least one dimension or a period scheme");
    }
    this.single = this.dimensions.size() == 1 && scheme == null ? this.dimensions.get(0) : null;
  }

  /** A breakdown by {@code dimensions}. */
  public static BreakdownAccumulator by(KpiOptions options, Dimension... dimensions) {
    return new BreakdownAccumulator(options, Arrays.asList(dimensions), null);
  }

  /** A breakdown by period of {@code scheme}, then by {@code dimensions} (may be none). */
  public static BreakdownAccumulator byPeriod(KpiOptions options, PeriodScheme scheme, Dimension... dimensions) {
    return new BreakdownAccumulator(options, Arrays.asList(dimensions), Objects.requireNonNull(scheme, "scheme"));
  }

  /** A new empty accumulator with the same configuration. */
  public BreakdownAccumulator newEmpty() {
    return new BreakdownAccumulator(options, dimensions, scheme);
  }

  @Override
  public void add(DealRecord r) {
    Objects.requireNonNull(r, "record");
    if (single != null) {
      addToGroup(single.valueOf(r), r);
      return;
    }
    Object dimKey = dimKey(r);
    if (scheme == null) {
      // two or more dimensions without periods: one group per combination of values
      addToGroup(dimKey, r);
      return;
    }
    ReportingPeriod p1 = period(r.createdDay);
    ReportingPeriod p2 = period(r.closedDay);
    ReportingPeriod p3 = r.outcome == Outcome.OPEN ? period(r.expectedCloseDay) : null;
    if (p1 == null && p2 == null && p3 == null) {
      unplaced++;
      return;
    }
    // failure atomicity: the record joins up to three groups; every one is checked before any is changed
    checkIn(dimKey, p1, r);
    if (p2 != null && !p2.equals(p1)) {
      checkIn(dimKey, p2, r);
    }
    if (p3 != null && !p3.equals(p1) && !p3.equals(p2)) {
      checkIn(dimKey, p3, r);
    }
    if (p1 != null) {
      addTo(dimKey, p1, r);
    }
    if (p2 != null && !p2.equals(p1)) {
      addTo(dimKey, p2, r);
    }
    if (p3 != null && !p3.equals(p1) && !p3.equals(p2)) {
      addTo(dimKey, p3, r);
    }
  }

  private Object dimKey(DealRecord r) {
    if (dimensions.isEmpty()) {
      return List.of();
    }
    if (dimensions.size() == 1) {
      return dimensions.get(0).valueOf(r);
    }
    String[] k = new String[dimensions.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = dimensions.get(i).valueOf(r);
    }
    return Arrays.asList(k);
  }

  private ReportingPeriod period(int day) {
    if (day == DealRecord.NO_DATE || scheme == null) {
      return null;
    }
    int i = day - cacheBase;
    if (i >= 0 && i < cache.length) {
      ReportingPeriod p = cache[i];
      if (p == null) {
        // one instance per period, so that group lookups mostly compare by identity
        p = canonical.computeIfAbsent(scheme.periodOf(LocalDate.ofEpochDay(day)), x -> x);
        cache[i] = p;
      }
      return p;
    }
    if (cache.length == 0) {
      cache = new ReportingPeriod[1024];
      cacheBase = day - 512;
      return period(day);
    }
    // grow to cover the day, up to about a century of days; beyond that compute every time
    int lo = Math.min(cacheBase, day);
    int hi = Math.max(cacheBase + cache.length, day + 1);
    if ((long) hi - lo > 40_000) {
      return scheme.periodOf(LocalDate.ofEpochDay(day));
    }
    int len = Math.max(hi - lo, Math.min(40_000, cache.length * 2));
    ReportingPeriod[] grown = new ReportingPeriod[len];
    System.arraycopy(cache, 0, grown, cacheBase - lo, cache.length);
    cache = grown;
    cacheBase = lo;
    return period(day);
  }

  /** Adds {@code r} to the group of {@code key}; a group is made only once a record is accepted (no empty group). */
  private void addToGroup(Object key, DealRecord r) {
    KpiAccumulator acc = groups.get(key);
    if (acc == null) {
      acc = new KpiAccumulator(options);
      acc.add(r);
      groups.put(key, acc);
    } else {
      acc.add(r);
    }
  }

  /** Checks that {@code r} would be accepted by the group of {@code period} (a group still to be made: by a fresh one). */
  private void checkIn(Object dimKey, ReportingPeriod period, DealRecord r) {
    if (period == null) {
      return;
    }
    Object key = dimensions.isEmpty() ? period : new PeriodKey(dimKey, period);
    KpiAccumulator acc = groups.get(key);
    if (acc == null) {
      KpiOptions po = periodOptions.computeIfAbsent(period, this::optionsFor);
      if (po == null) {
        return;
      }
      acc = new KpiAccumulator(po);
    }
    acc.check(r);
  }

  private void addTo(Object dimKey, ReportingPeriod period, DealRecord r) {
    Object key = dimensions.isEmpty() ? period : new PeriodKey(dimKey, period);
    KpiAccumulator acc = groups.get(key);
    if (acc == null) {
      KpiOptions po = periodOptions.computeIfAbsent(period, this::optionsFor);
      if (po == null) {
        return;
      }
      acc = new KpiAccumulator(po);
      groups.put(key, acc);
    }
    acc.add(r);
  }

  private KpiOptions optionsFor(ReportingPeriod period) {
    DateRange w = options.window();
    LocalDate start = period.start().isAfter(w.start()) ? period.start() : w.start();
    LocalDate end = period.end().isBefore(w.end()) ? period.end() : w.end();
    if (!end.isAfter(start)) {
      return null; // the period lies outside the options' window: no group
    }
    return options.withWindow(DateRange.of(start, end));
  }

  /** A group key with a period. */
  private record PeriodKey(Object dimKey, ReportingPeriod period) {}

  @Override
  public BreakdownAccumulator merge(BreakdownAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("an accumulator cannot be merged into itself");
    }
    other.groups.forEach((k, acc) -> {
      KpiAccumulator mine = groups.get(k);
      if (mine == null) {
        mine = new KpiAccumulator(acc.options());
        groups.put(k, mine);
      }
      mine.merge(acc);
    });
    unplaced += other.unplaced;
    return this;
  }

  @Override
  public KpiBreakdown finish() {
    List<KpiBreakdown.Group> out = new ArrayList<>(groups.size());
    groups.forEach((k, acc) -> out.add(new KpiBreakdown.Group(keyList(k), acc.finish())));
    out.sort(Comparator.comparing(KpiBreakdown.Group::key, BreakdownAccumulator::compareKeys));
    List<String> names = new ArrayList<>();
    dimensions.forEach(d -> names.add(d.name()));
    if (scheme != null) {
      names.add("period");
    }
    return new KpiBreakdown(names, out, unplaced);
  }

  @SuppressWarnings("unchecked")
  private static List<String> keyList(Object k) {
    if (k instanceof String) {
      return List.of((String) k);
    }
    if (k instanceof ReportingPeriod) {
      return List.of(((ReportingPeriod) k).label());
    }
    if (k instanceof PeriodKey) {
      PeriodKey pk = (PeriodKey) k;
      List<String> l = new ArrayList<>(keyList(pk.dimKey()));
      l.add(pk.period().label());
      return Collections.unmodifiableList(l);
    }
    return (List<String>) k;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  // ---- portable state (see BreakdownStateCodec): package-private, additive ----

  KpiOptions portableOptions() {
    return options;
  }

  List<Dimension> portableDimensions() {
    return dimensions;
  }

  /** Null for a breakdown by dimensions only. */
  PeriodScheme portableScheme() {
    return scheme;
  }

  long portableUnplaced() {
    return unplaced;
  }

  void portableSetUnplaced(long n) {
    unplaced = n;
  }

  /** One group: its dimension values, its period (null without scheme) and its accumulator. */
  record PortableGroup(List<String> values, ReportingPeriod period, KpiAccumulator acc) {}

  /** Every group, in no particular order. */
  List<PortableGroup> portableGroups() {
    List<PortableGroup> out = new ArrayList<>(groups.size());
    groups.forEach((k, acc) -> {
      List<String> values;
      ReportingPeriod period = null;
      Object dimKey = k;
      if (k instanceof PeriodKey) {
        dimKey = ((PeriodKey) k).dimKey();
        period = ((PeriodKey) k).period();
      } else if (k instanceof ReportingPeriod) {
        dimKey = List.of();
        period = (ReportingPeriod) k;
      }
      values = keyList(dimKey);
      out.add(new PortableGroup(values, period, acc));
    });
    return out;
  }

  /**
   * The accumulator a decoded group of {@code values} and {@code period} goes into: new, with the options that
   * {@link #add} would give it; null when the period lies outside the options' window (no such group exists).
   */
  KpiAccumulator portableNewGroup(List<String> values, ReportingPeriod period) {
    Object dimKey = dimensions.isEmpty() ? List.of() : dimensions.size() == 1 ? values.get(0) : Arrays.asList(values.toArray(new String[0]));
    KpiOptions o = options;
    Object key = dimKey;
    if (scheme != null) {
      ReportingPeriod canon = canonical.computeIfAbsent(period, x -> x);
      o = periodOptions.computeIfAbsent(canon, this::optionsFor);
      if (o == null) {
        return null;
      }
      key = dimensions.isEmpty() ? canon : new PeriodKey(dimKey, canon);
    }
    if (groups.containsKey(key)) {
      return null;
    }
    KpiAccumulator acc = new KpiAccumulator(o);
    groups.put(key, acc);
    return acc;
  }
}
