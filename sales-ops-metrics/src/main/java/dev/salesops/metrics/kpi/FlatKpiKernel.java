package dev.salesops.metrics.kpi;

import dev.salesops.metrics.stats.Distribution;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;

/**
 * The flat full-report kernel of {@link KpiEngine#byGroup} and {@link KpiEngine#byPeriod}: every KPI of a {@link
 * KpiReport} accumulated into primitive arrays indexed by slot (group or period id from the columns' dictionary or
 * the period table) and by slot × currency, instead of a {@link KpiAccumulator} object graph per group. Each row
 * touches one stretch of counters and one of money sums; won cycles and deal sizes are appended to per-slot
 * primitive arrays, and percentiles are found by selection ({@link Distribution#ofValues}) when the slot is
 * finished.
 *
 * <p><b>Exactness.</b> The rules of counting are those of {@link KpiAccumulator}'s {@code add} (the same
 * decisions in the same order, written over ids); the report is assembled by the very code of {@link
 * KpiAccumulator#report} and {@link CurrencyState#finish(Distribution, long, BigDecimal, long, long, long,
 * BigDecimal, VelocityBasis)}. Money sums need no per-row overflow check because the kernel only runs when the
 * sum of every amount of the columns fits in a {@code long} ({@link KpiColumns#amountTotalFits}): each group's
 * sum is a part of it. The weighted pipeline Σ amount × probability is kept exactly as a 128-bit integer of
 * millionths of minor units (the record path keeps a sum per distinct probability; both are the same number).
 * Property tests compare it with {@link BreakdownAccumulator} over the equivalent records.
 *
 * <p><b>Parallelism.</b> Row chunks fill their own arrays on the caller's ForkJoinPool; counters and sums are
 * added, samples concatenated (the multiset is what counts), then slots are finished in parallel.
 *
 * <p>Used only when no money is converted, quantiles are exact and the columns' amounts fit (see {@link
 * #applies}); otherwise {@link KpiEngine} takes its row path through {@link KpiAccumulator}.
 */
final class FlatKpiKernel {
  // counters per slot, in KpiAccumulator.portableCounters() order
  private static final int C = 18;
  private static final int RECORDS = 0;
  private static final int NEW_LEADS = 1;
  private static final int NEW_OPPORTUNITIES = 2;
  private static final int NEW_CUSTOMERS = 3;
  private static final int WON = 4;
  private static final int LOST = 5;
  private static final int OPEN = 6;
  private static final int WIN_NUM = 7;
  private static final int WIN_DEN = 8;
  private static final int EXCLUDED = 9;
  private static final int MISSING_CREATED = 10;
  private static final int MISSING_CLOSED = 11;
  private static final int MISSING_AMOUNT = 12;
  private static final int MISSING_PROBABILITY = 13;
  private static final int MISSING_CATEGORY = 14;
  private static final int MISSING_CYCLE = 15;
  private static final int MISSING_NEW_CUSTOMER = 16;

  // money per slot and currency
  private static final int M = 18;
  private static final int PRESENT = 0;
  private static final int WON_SUM = 1;
  private static final int WON_COUNT = 2;
  private static final int VALUE_NUM = 3;
  private static final int VALUE_DEN = 4;
  private static final int OPEN_COUNT = 5;
  private static final int OPEN_SUM = 6;
  private static final int QUALIFIED = 7;
  private static final int NOT_DISQUALIFIED = 8;
  private static final int WEIGHTED_COUNT = 9;
  private static final int WEIGHTED_LO = 10;
  private static final int WEIGHTED_HI = 11;
  private static final int CATEGORY = 12; // the four open forecast categories (CurrencyState.OPEN_CATEGORIES)
  private static final int CLOSING_COUNT = 16;
  private static final int CLOSING_SUM = 17;

  private static final int NO_DATE = KpiColumns.NO_DATE;

  private final KpiOptions options;
  private final KpiColumns col;
  private final int nc;
  private final int slots;
  private final boolean basisCreated;
  private final boolean velocityAll;
  private final boolean allClosed;
  private final boolean[] excluded;
  private final boolean[] disqualified;
  /** By stage id + 1 (0: no stage): whether an open deal there is qualified, its default probability and category. */
  private final boolean[] stageQualified;
  private final int[] stageMicro;
  private final byte[] stageCategory;

  /** Whether the kernel gives exactly the row path's result for these options and columns. */
  static boolean applies(KpiOptions options, KpiColumns columns) {
    return !options.moneyPolicy.converts() && !options.quantileMode.approximate() && columns.amountTotalFits
        && options.funnelStages.isEmpty() && options.firstOpportunityStage == null;
  }

  FlatKpiKernel(KpiOptions options, KpiColumns columns, int slots) {
    this.options = options;
    this.col = columns;
    this.nc = Math.max(1, columns.currencies.length);
    this.slots = slots;
    this.basisCreated = options.winRateBasis == WinRateBasis.CREATED;
    this.velocityAll = options.velocityBasis == VelocityBasis.ALL_NOT_DISQUALIFIED;
    this.allClosed = options.cycleForAllClosed;
    excluded = new boolean[columns.lostReasons.length];
    disqualified = new boolean[columns.lostReasons.length];
    for (int i = 0; i < excluded.length; i++) {
      excluded[i] = options.excludedLostReasons.contains(columns.lostReasons[i]);
      disqualified[i] = options.disqualifiedLostReasons.contains(columns.lostReasons[i]);
    }
    int ns = columns.stages.length + 1;
    stageQualified = new boolean[ns];
    stageMicro = new int[ns];
    stageCategory = new byte[ns];
    boolean allQualified = options.qualifiedStages.isEmpty();
    stageQualified[0] = allQualified;
    stageMicro[0] = -1;
    stageCategory[0] = -1;
    for (int s = 1; s < ns; s++) {
      KpiOptions.StageInfo info = options.stageInfo.get(columns.stages[s - 1]);
      stageQualified[s] = allQualified || info != null && info.qualified;
      stageMicro[s] = info == null ? -1 : info.probabilityMicro;
      stageCategory[s] = info == null || info.category == null ? -1 : (byte) info.category.ordinal();
    }
  }

  /** The state of one chunk of rows. */
  final class Part {
    final long[] cnt = new long[slots * C];
    final long[] money = new long[slots * nc * M];
    final int[][] cycles = new int[slots][];
    final int[] nCycles = new int[slots];
    final int[][] closedCycles = allClosed ? new int[slots][] : null;
    final int[] nClosedCycles = allClosed ? new int[slots] : null;
    final long[][] deals = new long[slots * nc][];
    final int[] nDeals = new int[slots * nc];
    long unplaced;

    void merge(Part o) {
      for (int k = 0; k < cnt.length; k++) {
        cnt[k] += o.cnt[k];
      }
      for (int k = 0; k < money.length; k++) {
        money[k] += o.money[k]; // cannot overflow: every sum is a part of the columns' amount total
      }
      for (int m = 0; m < money.length; m += M) {
        // the weighted pipeline's low word was added as unsigned above: carry into the high word
        long lo = o.money[m + WEIGHTED_LO];
        if (Long.compareUnsigned(money[m + WEIGHTED_LO], lo) < 0) {
          money[m + WEIGHTED_HI]++;
        }
      }
      unplaced += o.unplaced;
    }
  }

  private static int[] grow(int[] a, int n) {
    return a == null ? new int[16] : Arrays.copyOf(a, n * 2);
  }

  private static long[] grow(long[] a, int n) {
    return a == null ? new long[16] : Arrays.copyOf(a, n * 2);
  }

  /** Rows [from, to) by group id. */
  Part byGroup(int from, int to) {
    Part p = new Part();
    int[] group = col.group;
    boolean bounded = !options.window.isAll();
    int ws = bounded ? day(options.window.start().toEpochDay()) : Integer.MIN_VALUE;
    int we = bounded ? day(options.window.end().toEpochDay()) : Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      add(p, group[i] + 1, bounded, ws, we, i);
    }
    return p;
  }

  /**
   * An epoch day as an {@code int} that compares with the columns' days (years 1000..9999) as the {@code long}
   * does: window bounds far outside are clamped.
   */
  static int day(long epochDay) {
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, epochDay));
  }

  /** Rows [from, to) by period; {@code ws}/{@code we} per slot (its window), slots outside the window have {@code ws > we}. */
  Part byPeriod(int from, int to, KpiEngine.PeriodTable table, int[] ws, int[] we) {
    Part p = new Part();
    long none = 0;
    int[] created = col.created;
    int[] closed = col.closed;
    int[] expected = col.expectedClose;
    byte[] outcome = col.outcome;
    for (int i = from; i < to; i++) {
      int p1 = table.slot(created[i]);
      int p2 = table.slot(closed[i]);
      int p3 = outcome[i] == 0 ? table.slot(expected[i]) : -1;
      if (p1 < 0 && p2 < 0 && p3 < 0) {
        none++;
        continue;
      }
      if (p1 >= 0 && ws[p1] <= we[p1]) {
        add(p, p1, true, ws[p1], we[p1], i);
      }
      if (p2 >= 0 && p2 != p1 && ws[p2] <= we[p2]) {
        add(p, p2, true, ws[p2], we[p2], i);
      }
      if (p3 >= 0 && p3 != p1 && p3 != p2 && ws[p3] <= we[p3]) {
        add(p, p3, true, ws[p3], we[p3], i);
      }
    }
    p.unplaced = none;
    return p;
  }

  /** Row {@code i} into slot {@code s} with window [ws, we): the rules of {@link KpiAccumulator}'s add. */
  private void add(Part p, int s, boolean bounded, int ws, int we, int i) {
    final KpiColumns c = col;
    final long[] cnt = p.cnt;
    final long[] money = p.money;
    final int b = s * C;
    final int o = c.outcome[i];
    final int cd = c.created[i];
    final int xd = c.closed[i];
    cnt[b + RECORDS]++;
    boolean created;
    if (cd == NO_DATE) {
      created = !bounded;
      if (bounded) {
        cnt[b + MISSING_CREATED]++;
      }
    } else {
      created = cd >= ws && cd < we;
    }
    boolean closedIn = false;
    if (o != 0) {
      if (xd == NO_DATE) {
        closedIn = !bounded;
        if (bounded) {
          cnt[b + MISSING_CLOSED]++;
        }
      } else {
        closedIn = xd >= ws && xd < we;
      }
    }
    boolean closingIn = false;
    if (o == 0 && bounded) {
      int ed = c.expectedClose[i];
      closingIn = ed != NO_DATE && ed >= ws && ed < we;
    }
    boolean needsMoney = closedIn || closingIn || created && (o == 0 || basisCreated || velocityAll);
    int cur = c.currency[i];
    int m = -1;
    long minor = 0;
    if (needsMoney) {
      if (cur < 0) {
        cnt[b + MISSING_AMOUNT]++;
      } else {
        m = (s * nc + cur) * M;
        money[m + PRESENT] = 1;
        minor = c.amount[i];
      }
    }
    boolean excl = false;
    boolean disq = false;
    if (o == 2 && c.lostReason != null) {
      int r = c.lostReason[i];
      if (r >= 0) {
        excl = excluded[r];
        disq = disqualified[r];
      }
    }
    if (created) {
      cnt[b + NEW_LEADS]++;
      if (m >= 0 && !disq) {
        money[m + NOT_DISQUALIFIED]++;
      }
      if (o == 0) {
        cnt[b + OPEN]++;
        if (m >= 0) {
          addOpen(cnt, b, money, m, minor, i);
        }
      }
      if (basisCreated) {
        winRate(cnt, b, money, m, o, excl, minor);
      }
    }
    if (closingIn && m >= 0) {
      money[m + CLOSING_COUNT]++;
      money[m + CLOSING_SUM] += minor;
    }
    if (closedIn) {
      boolean dates = cd != NO_DATE && xd != NO_DATE;
      if (o == 1) {
        cnt[b + WON]++;
        int nw = c.newCustomer == null ? -1 : c.newCustomer[i];
        if (nw == 1) {
          cnt[b + NEW_CUSTOMERS]++;
        } else if (nw < 0) {
          cnt[b + MISSING_NEW_CUSTOMER]++;
        }
        if (dates) {
          int n = p.nCycles[s];
          int[] a = p.cycles[s];
          if (a == null || n == a.length) {
            a = grow(a, n);
            p.cycles[s] = a;
          }
          a[n] = xd - cd;
          p.nCycles[s] = n + 1;
        } else {
          cnt[b + MISSING_CYCLE]++;
        }
        if (m >= 0) {
          money[m + WON_SUM] += minor;
          money[m + WON_COUNT]++;
          int k = s * nc + cur;
          int n = p.nDeals[k];
          long[] a = p.deals[k];
          if (a == null || n == a.length) {
            a = grow(a, n);
            p.deals[k] = a;
          }
          a[n] = minor;
          p.nDeals[k] = n + 1;
        }
      } else {
        cnt[b + LOST]++;
      }
      if (allClosed && dates) {
        int n = p.nClosedCycles[s];
        int[] a = p.closedCycles[s];
        if (a == null || n == a.length) {
          a = grow(a, n);
          p.closedCycles[s] = a;
        }
        a[n] = xd - cd;
        p.nClosedCycles[s] = n + 1;
      }
      if (!basisCreated) {
        winRate(cnt, b, money, m, o, excl, minor);
      }
    }
  }

  private static void winRate(long[] cnt, int b, long[] money, int m, int o, boolean excl, long minor) {
    if (excl) {
      cnt[b + EXCLUDED]++;
      return;
    }
    cnt[b + WIN_DEN]++;
    if (m >= 0) {
      money[m + VALUE_DEN] += minor;
    }
    if (o == 1) {
      cnt[b + WIN_NUM]++;
      if (m >= 0) {
        money[m + VALUE_NUM] += minor;
      }
    }
  }

  private void addOpen(long[] cnt, int b, long[] money, int m, long minor, int i) {
    money[m + OPEN_COUNT]++;
    money[m + OPEN_SUM] += minor;
    int st = col.stage[i] + 1;
    if (stageQualified[st]) {
      money[m + QUALIFIED]++;
    }
    int micro = col.probabilityMicro == null ? -1 : col.probabilityMicro[i];
    if (micro < 0) {
      micro = stageMicro[st];
    }
    if (micro >= 0) {
      // exact 128-bit Σ minor × micro (both non-negative)
      long lo = minor * micro;
      long hi = Math.multiplyHigh(minor, micro);
      long sum = money[m + WEIGHTED_LO] + lo;
      if (Long.compareUnsigned(sum, lo) < 0) {
        hi++;
      }
      money[m + WEIGHTED_LO] = sum;
      money[m + WEIGHTED_HI] += hi;
      money[m + WEIGHTED_COUNT]++;
    } else {
      cnt[b + MISSING_PROBABILITY]++;
    }
    int cat = col.forecastCategory == null ? -1 : col.forecastCategory[i];
    if (cat < 0) {
      cat = stageCategory[st];
    }
    if (cat >= 0) {
      if (cat < CurrencyState.OPEN_CATEGORIES) { // an open deal in CLOSED counts in no category
        money[m + CATEGORY + cat] += minor;
      }
    } else {
      cnt[b + MISSING_CATEGORY]++;
    }
  }

  /** Merges the parts (into the first) and finishes every slot that has a record, sorted by label. */
  List<KpiBreakdown.Group> finish(Part[] parts, IntFunction<String> label, IntFunction<KpiOptions> slotOptions, boolean parallel) {
    Part all = parts[0];
    for (int k = 1; k < parts.length; k++) {
      all.merge(parts[k]);
    }
    IntStream present = IntStream.range(0, slots).filter(s -> all.cnt[s * C + RECORDS] > 0);
    if (parallel) {
      present = present.parallel();
    }
    List<KpiBreakdown.Group> out = new ArrayList<>(present
        .mapToObj(s -> new KpiBreakdown.Group(List.of(label.apply(s)), report(parts, all, s, slotOptions.apply(s))))
        .toList());
    out.sort((a, b) -> a.key().get(0).compareTo(b.key().get(0)));
    return out;
  }

  private KpiReport report(Part[] parts, Part all, int s, KpiOptions o) {
    long[] counters = Arrays.copyOfRange(all.cnt, s * C, s * C + C);
    counters[NEW_OPPORTUNITIES] = counters[NEW_LEADS]; // no first-opportunity stage on the columnar path
    Distribution cycle = ints(parts, s, false, o);
    Distribution cycleClosed = allClosed ? ints(parts, s, true, o) : null;
    long winNum = counters[WIN_NUM];
    long winDen = counters[WIN_DEN];
    TreeMap<CurrencyUnit, CurrencyKpis> currencies = new TreeMap<>();
    for (int cur = 0; cur < col.currencies.length; cur++) {
      int m = (s * nc + cur) * M;
      long[] mo = all.money;
      if (mo[m + PRESENT] == 0) {
        continue;
      }
      CurrencyUnit unit = col.currencies[cur];
      CurrencyState cs = new CurrencyState(unit, o.quantileMode);
      cs.wonSum = mo[m + WON_SUM];
      cs.valueNum = mo[m + VALUE_NUM];
      cs.valueDen = mo[m + VALUE_DEN];
      cs.openCount = mo[m + OPEN_COUNT];
      cs.openSum = mo[m + OPEN_SUM];
      cs.qualifiedOpen = mo[m + QUALIFIED];
      cs.notDisqualified = mo[m + NOT_DISQUALIFIED];
      cs.weightedCount = mo[m + WEIGHTED_COUNT];
      for (int k = 0; k < cs.categorySums.length; k++) {
        cs.categorySums[k] = mo[m + CATEGORY + k];
      }
      cs.closingCount = mo[m + CLOSING_COUNT];
      cs.closingSum = mo[m + CLOSING_SUM];
      int k = s * nc + cur;
      int n = 0;
      for (Part p : parts) {
        n += p.nDeals[k];
      }
      long[] values = new long[n];
      int at = 0;
      long sum = 0;
      for (Part p : parts) {
        int pn = p.nDeals[k];
        if (pn > 0) {
          System.arraycopy(p.deals[k], 0, values, at, pn);
          at += pn;
        }
      }
      for (int v = 0; v < n; v++) {
        sum += values[v];
      }
      Distribution deals = Distribution.ofValues(values, n, sum, o.percentileMethod);
      currencies.put(unit, cs.finish(deals, mo[m + WON_COUNT], weighted(mo[m + WEIGHTED_HI], mo[m + WEIGHTED_LO], unit),
          winNum, winDen, cycle.count(), cycle.sum(), o.velocityBasis));
    }
    return KpiAccumulator.report(o, counters, cycle, cycleClosed, currencies, null);
  }

  /** Σ minor × micro as the record path's unstripped sum: millionths of minor units. */
  private static BigDecimal weighted(long hi, long lo, CurrencyUnit unit) {
    int scale = unit.getDecimalPlaces() + 6;
    if (hi == 0 && lo >= 0) {
      return BigDecimal.valueOf(lo, scale);
    }
    BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    return new BigDecimal(v, scale);
  }

  private Distribution ints(Part[] parts, int s, boolean closed, KpiOptions o) {
    int n = 0;
    for (Part p : parts) {
      n += closed ? p.nClosedCycles[s] : p.nCycles[s];
    }
    long[] values = new long[n];
    int at = 0;
    long sum = 0;
    for (Part p : parts) {
      int pn = closed ? p.nClosedCycles[s] : p.nCycles[s];
      int[] a = closed ? p.closedCycles[s] : p.cycles[s];
      for (int v = 0; v < pn; v++) {
        values[at++] = a[v];
        sum += a[v];
      }
    }
    return Distribution.ofValues(values, n, sum, o.percentileMethod);
  }
}
