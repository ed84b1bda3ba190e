package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.period.ReportingPeriod;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.internal.LongSample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The columnar KPI path: {@link KpiBreakdown}s and {@link HeadlineKpis} over {@link KpiColumns}, exactly equal
 * to what {@link BreakdownAccumulator} gives over the equivalent {@link DealRecord}s (property tests compare
 * both), without a record object per deal, a hash lookup per deal or a full sort per group.
 *
 * <ul>
 *   <li>{@link #byGroup} and {@link #byPeriod}: the full report per group, by a flat kernel ({@code
 *       FlatKpiKernel}): every counter and exact sum in primitive arrays indexed by group (or period) id and
 *       currency id, won cycles and deal sizes in per-group primitive arrays, medians and p90 by selection, the
 *       report assembled by the same code as {@link KpiAccumulator#finish()}. When money is converted, quantiles
 *       are approximate or the columns' amounts could overflow a {@code long} in total, each row goes through a
 *       {@link KpiAccumulator} per group instead (stage and lost reason resolved once per dictionary entry).</li>
 *   <li>{@link #headline}: only won count, win rate, won revenue per currency and the exact sales cycle, for a
 *       host that asks for no more; a dedicated kernel over flat per-group arrays.</li>
 * </ul>
 *
 * <p><b>Parallelism</b>: with {@code parallel} the rows are split into chunks accumulated and merged on the
 * caller's {@link ForkJoinPool} (the common pool, as a parallel stream would; the library starts no thread),
 * and the groups are finished in parallel too. Results do not depend on it (merging is exact).
 *
 * <p>Not supported here (use the record path): a funnel ({@link KpiOptions} with funnel stages needs stage
 * histories, which columns do not carry); an {@link IllegalArgumentException} says so.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class KpiEngine {
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final ForecastCategory[] CATEGORIES = ForecastCategory.values();
  private static final int MIN_CHUNK = 1 << 16;

  private KpiEngine() {}

  /** The full report per group of {@code columns}' dimension: equal to {@link BreakdownAccumulator#by}. */
  public static KpiBreakdown byGroup(KpiOptions options, KpiColumns columns, boolean parallel) {
    return byGroup(options, columns, parallel, MIN_CHUNK);
  }

  static KpiBreakdown byGroup(KpiOptions options, KpiColumns columns, boolean parallel, int minChunk) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(columns, "columns");
    requireColumnar(options);
    if (FlatKpiKernel.applies(options, columns)) {
      int slots = columns.groupLabels.length + 1;
      FlatKpiKernel kernel = new FlatKpiKernel(options, columns, slots);
      FlatKpiKernel.Part[] parts = parts(columns, parallel, minChunk, kernel::byGroup);
      List<KpiBreakdown.Group> groups = kernel.finish(parts, slot -> slot == 0 ? "" : columns.groupLabels[slot - 1], slot -> options,
          parallel);
      return new KpiBreakdown(List.of(columns.dimension.name()), groups, 0);
    }
    return byGroupRows(options, columns, parallel, minChunk);
  }

  /** {@link #byGroup} through a {@link KpiAccumulator} per group (converting money, approximate quantiles, huge sums). */
  static KpiBreakdown byGroupRows(KpiOptions options, KpiColumns columns, boolean parallel, int minChunk) {
    Resolved res = new Resolved(options, columns);
    int slots = columns.groupLabels.length + 1;
    KpiAccumulator[] accs = accumulate(columns, parallel, minChunk, (from, to) -> {
      KpiAccumulator[] a = new KpiAccumulator[slots];
      for (int i = from; i < to; i++) {
        int s = columns.group[i] + 1;
        KpiAccumulator acc = a[s];
        if (acc == null) {
          acc = new KpiAccumulator(options);
          a[s] = acc;
        }
        res.addRow(acc, columns, i);
      }
      return a;
    });
    List<KpiBreakdown.Group> groups = finish(accs, slot -> slot == 0 ? "" : columns.groupLabels[slot - 1], parallel);
    return new KpiBreakdown(List.of(columns.dimension.name()), groups, 0);
  }

  /** The full report per period of {@code scheme}: equal to {@link BreakdownAccumulator#byPeriod} with no dimension. */
  public static KpiBreakdown byPeriod(KpiOptions options, KpiColumns columns, PeriodScheme scheme, boolean parallel) {
    return byPeriod(options, columns, scheme, parallel, MIN_CHUNK);
  }

  static KpiBreakdown byPeriod(KpiOptions options, KpiColumns columns, PeriodScheme scheme, boolean parallel, int minChunk) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(scheme, "scheme");
    requireColumnar(options);
    if (FlatKpiKernel.applies(options, columns)) {
      PeriodTable table = new PeriodTable(options, scheme, columns.minDay, columns.maxDay);
      int slots = table.periods.size();
      int[] ws = new int[slots];
      int[] we = new int[slots];
      for (int s = 0; s < slots; s++) {
        KpiOptions po = table.options.get(s);
        if (po == null) {
          ws[s] = 1; // the period lies outside the options' window: no row goes there
        } else {
          ws[s] = FlatKpiKernel.day(po.window.start().toEpochDay());
          we[s] = FlatKpiKernel.day(po.window.end().toEpochDay());
        }
      }
      FlatKpiKernel kernel = new FlatKpiKernel(options, columns, slots);
      FlatKpiKernel.Part[] parts = parts(columns, parallel, minChunk, (from, to) -> kernel.byPeriod(from, to, table, ws, we));
      List<KpiBreakdown.Group> groups = kernel.finish(parts, slot -> table.periods.get(slot).label(), table.options::get, parallel);
      return new KpiBreakdown(List.of("period"), groups, parts[0].unplaced);
    }
    return byPeriodRows(options, columns, scheme, parallel, minChunk);
  }

  /** {@link #byPeriod} through a {@link KpiAccumulator} per period (converting money, approximate quantiles, huge sums). */
  static KpiBreakdown byPeriodRows(KpiOptions options, KpiColumns columns, PeriodScheme scheme, boolean parallel, int minChunk) {
    Resolved res = new Resolved(options, columns);
    PeriodTable table = new PeriodTable(options, scheme, columns.minDay, columns.maxDay);
    int slots = table.periods.size();
    long[] unplaced = new long[1];
    Object lock = unplaced;
    KpiAccumulator[] accs = accumulate(columns, parallel, minChunk, (from, to) -> {
      KpiAccumulator[] a = new KpiAccumulator[slots];
      long none = 0;
      for (int i = from; i < to; i++) {
        int p1 = table.slot(columns.created[i]);
        int p2 = table.slot(columns.closed[i]);
        int p3 = columns.outcome[i] == 0 ? table.slot(columns.expectedClose[i]) : -1;
        if (p1 < 0 && p2 < 0 && p3 < 0) {
          none++;
          continue;
        }
        if (p1 >= 0) {
          addTo(a, p1, table, res, columns, i);
        }
        if (p2 >= 0 && p2 != p1) {
          addTo(a, p2, table, res, columns, i);
        }
        if (p3 >= 0 && p3 != p1 && p3 != p2) {
          addTo(a, p3, table, res, columns, i);
        }
      }
      synchronized (lock) {
        unplaced[0] += none;
      }
      return a;
    });
    List<KpiBreakdown.Group> groups = finish(accs, slot -> table.periods.get(slot).label(), parallel);
    return new KpiBreakdown(List.of("period"), groups, unplaced[0]);
  }

  private static void addTo(KpiAccumulator[] a, int slot, PeriodTable table, Resolved res, KpiColumns columns, int row) {
    KpiAccumulator acc = a[slot];
    if (acc == null) {
      KpiOptions po = table.options.get(slot);
      if (po == null) {
        return; // the period lies outside the options' window
      }
      acc = new KpiAccumulator(po);
      a[slot] = acc;
    }
    res.addRow(acc, columns, row);
  }

  /**
   * Won count, win rate, won revenue per currency and the exact sales cycle per group of {@code columns}'
   * dimension, each equal to the same field of {@link #byGroup}'s report ({@link HeadlineKpis#of}), sorted by
   * key. With a converting {@link MoneyPolicy} or approximate quantiles it is computed through the full path.
   */
  public static List<HeadlineKpis> headline(KpiOptions options, KpiColumns columns, boolean parallel) {
    return headline(options, columns, parallel, MIN_CHUNK);
  }

  static List<HeadlineKpis> headline(KpiOptions options, KpiColumns columns, boolean parallel, int minChunk) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(columns, "columns");
    if (options.moneyPolicy.converts() || options.quantileMode.approximate() || !acceptsColumns(options)) {
      // byGroup refuses funnel options
      List<HeadlineKpis> out = new ArrayList<>();
      byGroup(options, columns, parallel, minChunk).groups().forEach(g -> out.add(HeadlineKpis.of(g.key(), g.report())));
      return out;
    }
    Resolved res = new Resolved(options, columns);
    int slots = columns.groupLabels.length + 1;
    int nc = columns.currencies.length;
    boolean bounded = !options.window.isAll();
    long ws = bounded ? options.window.start().toEpochDay() : Long.MIN_VALUE;
    long we = bounded ? options.window.end().toEpochDay() : Long.MAX_VALUE;
    boolean basisClosed = options.winRateBasis == WinRateBasis.CLOSED;
    Headline[] parts = accumulateHeadline(columns, parallel, minChunk, (from, to) -> {
      Headline h = new Headline(slots, nc);
      final int[] group = columns.group;
      final byte[] outcome = columns.outcome;
      final int[] created = columns.created;
      final int[] closed = columns.closed;
      final byte[] currency = columns.currency;
      final long[] amount = columns.amount;
      for (int i = from; i < to; i++) {
        int o = outcome[i];
        int cd = created[i];
        boolean createdIn = cd == KpiColumns.NO_DATE ? !bounded : cd >= ws && cd < we;
        boolean closedIn = false;
        int xd = closed[i];
        if (o != 0) {
          closedIn = xd == KpiColumns.NO_DATE ? !bounded : xd >= ws && xd < we;
        }
        boolean counts = basisClosed ? closedIn : createdIn;
        if (!closedIn && !counts) {
          continue;
        }
        int s = group[i] + 1;
        if (counts && !(o == 2 && res.excluded(columns, i))) {
          h.winDen[s]++;
          if (o == 1) {
            h.winNum[s]++;
          }
        }
        if (closedIn && o == 1) {
          h.won[s]++;
          if (cd != KpiColumns.NO_DATE && xd != KpiColumns.NO_DATE) {
            LongSample cs = h.cycles[s];
            if (cs == null) {
              cs = new LongSample();
              h.cycles[s] = cs;
            }
            cs.add(xd - cd);
          }
          int c = currency[i];
          if (c >= 0) {
            int k = s * nc + c;
            h.wonSum[k] = Math.addExact(h.wonSum[k], amount[i]);
            h.wonCount[k]++;
          }
        }
      }
      return h;
    });
    Headline all = parts[0];
    for (int p = 1; p < parts.length; p++) {
      all.merge(parts[p]);
    }
    IntStream slotStream = IntStream.range(0, slots).filter(s -> all.present[s]);
    if (parallel) {
      slotStream = slotStream.parallel();
    }
    List<HeadlineKpis> out = new ArrayList<>(slotStream.mapToObj(s -> {
      TreeMap<CurrencyUnit, Money> sums = new TreeMap<>();
      for (int c = 0; c < nc; c++) {
        if (all.wonCount[s * nc + c] > 0) {
          sums.put(columns.currencies[c], Money.ofMinor(columns.currencies[c], all.wonSum[s * nc + c]));
        }
      }
      LongSample cs = all.cycles[s] == null ? new LongSample() : all.cycles[s];
      return new HeadlineKpis(List.of(s == 0 ? "" : columns.groupLabels[s - 1]), all.won[s], Ratio.of(all.winNum[s], all.winDen[s]),
          sums, cs.toDistribution(options.percentileMethod));
    }).toList());
    out.sort((a, b) -> a.key().get(0).compareTo(b.key().get(0)));
    return out;
  }

  /** Per-group headline state of one chunk. */
  private static final class Headline {
    final long[] winNum;
    final long[] winDen;
    final long[] won;
    final long[] wonSum;
    final long[] wonCount;
    final LongSample[] cycles;
    /** Whether the group has a row (a group exists once it has a record, as in the record path). */
    final boolean[] present;

    Headline(int slots, int nc) {
      winNum = new long[slots];
      winDen = new long[slots];
      won = new long[slots];
      wonSum = new long[slots * nc];
      wonCount = new long[slots * nc];
      cycles = new LongSample[slots];
      present = new boolean[slots];
    }

    void merge(Headline o) {
      for (int s = 0; s < winNum.length; s++) {
        winNum[s] += o.winNum[s];
        winDen[s] += o.winDen[s];
        won[s] += o.won[s];
        present[s] |= o.present[s];
        if (o.cycles[s] != null) {
          if (cycles[s] == null) {
            cycles[s] = o.cycles[s];
          } else {
            cycles[s].merge(o.cycles[s]);
          }
        }
      }
      for (int k = 0; k < wonSum.length; k++) {
        wonSum[k] = Math.addExact(wonSum[k], o.wonSum[k]);
        wonCount[k] += o.wonCount[k];
      }
    }
  }

  /** A chunk of rows [from, to) turned into per-slot state. */
  @FunctionalInterface
  private interface Chunk<T> {
    T run(int from, int to);
  }

  private static int chunks(int size, boolean parallel, int minChunk) {
    if (!parallel) {
      return 1;
    }
    int threads = ForkJoinPool.getCommonPoolParallelism();
    return (int) Math.max(1, Math.min(Math.max(2, threads) * 4L, (size + (long) minChunk - 1) / minChunk));
  }

  private static FlatKpiKernel.Part[] parts(KpiColumns columns, boolean parallel, int minChunk, Chunk<FlatKpiKernel.Part> chunk) {
    int n = chunks(columns.size, parallel, minChunk);
    if (n == 1) {
      return new FlatKpiKernel.Part[] {chunk.run(0, columns.size)};
    }
    return IntStream.range(0, n).parallel().mapToObj(c -> chunk.run(bound(columns.size, n, c), bound(columns.size, n, c + 1)))
        .toArray(FlatKpiKernel.Part[]::new);
  }

  private static KpiAccumulator[] accumulate(KpiColumns columns, boolean parallel, int minChunk, Chunk<KpiAccumulator[]> chunk) {
    int n = chunks(columns.size, parallel, minChunk);
    if (n == 1) {
      return chunk.run(0, columns.size);
    }
    return IntStream.range(0, n).parallel().mapToObj(c -> chunk.run(bound(columns.size, n, c), bound(columns.size, n, c + 1)))
        .reduce(KpiEngine::mergeSlots).orElseThrow();
  }

  private static Headline[] accumulateHeadline(KpiColumns columns, boolean parallel, int minChunk, Chunk<Headline> chunk) {
    int n = chunks(columns.size, parallel, minChunk);
    if (n == 1) {
      Headline h = chunk.run(0, columns.size);
      markPresent(h, columns);
      return new Headline[] {h};
    }
    Headline[] parts = IntStream.range(0, n).parallel().mapToObj(c -> chunk.run(bound(columns.size, n, c), bound(columns.size, n, c + 1)))
        .toArray(Headline[]::new);
    markPresent(parts[0], columns);
    return parts;
  }

  /** A group exists in the record path as soon as one of its records is added, even if no KPI counts it. */
  private static void markPresent(Headline h, KpiColumns columns) {
    boolean[] present = h.present;
    int[] group = columns.group;
    int missing = present.length;
    for (int i = 0; i < columns.size && missing > 0; i++) {
      int s = group[i] + 1;
      if (!present[s]) {
        present[s] = true;
        missing--;
      }
    }
  }

  private static int bound(int size, int chunks, int c) {
    return (int) ((long) size * c / chunks);
  }

  private static KpiAccumulator[] mergeSlots(KpiAccumulator[] a, KpiAccumulator[] b) {
    for (int s = 0; s < a.length; s++) {
      if (b[s] != null) {
        if (a[s] == null) {
          a[s] = b[s];
        } else {
          a[s].merge(b[s]);
        }
      }
    }
    return a;
  }

  private static List<KpiBreakdown.Group> finish(KpiAccumulator[] accs, IntFunction<String> label, boolean parallel) {
    IntStream slots = IntStream.range(0, accs.length).filter(s -> accs[s] != null);
    if (parallel) {
      slots = slots.parallel();
    }
    List<KpiBreakdown.Group> out = new ArrayList<>(slots.mapToObj(s -> new KpiBreakdown.Group(List.of(label.apply(s)), accs[s].finish()))
        .toList());
    out.sort((a, b) -> a.key().get(0).compareTo(b.key().get(0)));
    return out;
  }

  /** Without funnel stages (a first opportunity stage is one of them, see {@link KpiOptions}, so there is none either). */
  private static boolean acceptsColumns(KpiOptions options) {
    return options.funnelStages.isEmpty();
  }

  private static void requireColumnar(KpiOptions options) {
    if (!acceptsColumns(options)) {
      throw new IllegalArgumentException("the columnar KPI path has no stage histories: a funnel needs the record path"
          + " (BreakdownAccumulator over DealRecords)");
    }
  }

  /** The dictionaries of the columns resolved against the options once. */
  private static final class Resolved {
    final KpiOptions.StageInfo[] stageInfo;
    final boolean[] excludedReason;
    final boolean[] disqualifiedReason;

    Resolved(KpiOptions options, KpiColumns columns) {
      stageInfo = new KpiOptions.StageInfo[columns.stages.length];
      for (int i = 0; i < stageInfo.length; i++) {
        stageInfo[i] = options.stageInfo.get(columns.stages[i]);
      }
      excludedReason = new boolean[columns.lostReasons.length];
      for (int i = 0; i < excludedReason.length; i++) {
        excludedReason[i] = options.excludedLostReasons.contains(columns.lostReasons[i]);
      }
      disqualifiedReason = new boolean[columns.lostReasons.length];
      for (int i = 0; i < disqualifiedReason.length; i++) {
        disqualifiedReason[i] = options.disqualifiedLostReasons.contains(columns.lostReasons[i]);
      }
    }

    boolean disqualified(KpiColumns c, int row) {
      if (c.lostReason == null) {
        return false;
      }
      int r = c.lostReason[row];
      return r >= 0 && disqualifiedReason[r];
    }

    boolean excluded(KpiColumns c, int row) {
      if (c.lostReason == null) {
        return false;
      }
      int r = c.lostReason[row];
      return r >= 0 && excludedReason[r];
    }

    void addRow(KpiAccumulator acc, KpiColumns c, int i) {
      Outcome outcome = OUTCOMES[c.outcome[i]];
      int st = c.stage[i];
      KpiOptions.StageInfo info = outcome != Outcome.OPEN || st < 0 ? null : stageInfo[st];
      int fc = c.forecastCategory == null ? -1 : c.forecastCategory[i];
      acc.add(outcome, c.created[i], c.closed[i], c.expectedClose[i], c.currencyOf(i), c.amount[i], info,
          c.probabilityMicro == null ? -1 : c.probabilityMicro[i], fc < 0 ? null : CATEGORIES[fc],
          c.newCustomer == null ? -1 : c.newCustomer[i], outcome == Outcome.LOST && excluded(c, i),
          outcome == Outcome.LOST && disqualified(c, i), null);
    }
  }

  /** Period slots by epoch day over the columns' day range, with each period's options (null outside the window). */
  static final class PeriodTable {
    final List<ReportingPeriod> periods = new ArrayList<>();
    final List<KpiOptions> options = new ArrayList<>();
    final int base;
    final int[] slotByDay;

    PeriodTable(KpiOptions o, PeriodScheme scheme, int minDay, int maxDay) {
      if (minDay > maxDay) {
        base = 0;
        slotByDay = new int[0];
        return;
      }
      base = minDay;
      slotByDay = new int[maxDay - minDay + 1];
      Map<ReportingPeriod, Integer> index = new HashMap<>();
      int d = minDay;
      while (d <= maxDay) {
        ReportingPeriod p = scheme.periodOf(LocalDate.ofEpochDay(d));
        Integer slot = index.get(p);
        if (slot == null) {
          slot = periods.size();
          index.put(p, slot);
          periods.add(p);
          options.add(optionsFor(o, p));
        }
        long end = Math.min(maxDay + 1L, p.end().toEpochDay());
        if (end <= d) {
          end = d + 1L; // defensive: a period always covers its day
        }
        Arrays.fill(slotByDay, d - base, (int) (end - base), slot);
        d = (int) end;
      }
    }

    int slot(int day) {
      return day == KpiColumns.NO_DATE ? -1 : slotByDay[day - base];
    }

    private static KpiOptions optionsFor(KpiOptions options, ReportingPeriod period) {
      DateRange w = options.window();
      LocalDate start = period.start().isAfter(w.start()) ? period.start() : w.start();
      LocalDate end = period.end().isBefore(w.end()) ? period.end() : w.end();
      if (!end.isAfter(start)) {
        return null;
      }
      return options.withWindow(DateRange.of(start, end));
    }
  }
}
