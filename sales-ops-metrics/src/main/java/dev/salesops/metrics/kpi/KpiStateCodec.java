package dev.salesops.metrics.kpi;

import dev.salesops.core.accumulate.PortableStateException;
import dev.salesops.core.internal.accumulate.PortableStateKind;
import dev.salesops.core.internal.accumulate.StateReader;
import dev.salesops.core.internal.accumulate.StateWriter;
import dev.salesops.metrics.internal.PortableBlocks;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.funnel.FunnelStateCodec;
import dev.salesops.metrics.stats.SampleCodec;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;

/**
 * The portable form of a {@link KpiAccumulator} (kind {@code KPI}): what one shard, executor or
 * machine ships so that another can {@link KpiAccumulator#merge merge} it. Envelope in {@code StateWriter};
 * layout and sizes in {@code docs/ARCHITECTURE.md}, "Portable partial results".
 *
 * <p>The options are not in the bytes (they may hold the host's exchange rates): every party builds the same
 * {@link KpiOptions} (e.g. from the same mapping file) and the header carries a fingerprint of their canonical
 * text, so bytes encoded under other options are refused. The encoding is canonical: currencies sorted by code,
 * probabilities by value, exact samples sorted, so equal states give equal bytes whatever the order of adds and
 * merges (exact quantile mode).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class KpiStateCodec {
  private static final int COUNTERS = 18;

  private KpiStateCodec() {}

  /** The configuration fingerprint of {@code options}: FNV-1a 64 of {@link #canonical}. */
  public static long fingerprint(KpiOptions options) {
    return StateWriter.fingerprint(canonical(options));
  }

  /**
   * The canonical text of the options that a merge depends on: window, win-rate basis, excluded lost reasons,
   * percentile method, quantile mode, cycle of all closed deals, stage probabilities, forecast categories and
   * qualified stages (sorted), funnel stages, funnel minimum, first opportunity stage and money policy.
   */
  public static String canonical(KpiOptions o) {
    Objects.requireNonNull(o, "options");
    return "kpi;window=" + o.window + ";basis=" + o.winRateBasis + ";excluded=" + new TreeSet<>(o.excludedLostReasons)
        + ";percentile=" + o.percentileMethod + ";quantiles=" + o.quantileMode + ";cycleAllClosed=" + o.cycleForAllClosed
        + ";probabilities=" + new TreeMap<>(o.stageProbabilityMicro) + ";categories=" + new TreeMap<>(o.stageForecastCategories)
        + ";qualified=" + new TreeSet<>(o.qualifiedStages) + ";funnel=" + o.funnelStages + ";funnelMin=" + o.funnelMinDeals
        + ";firstOpportunity=" + o.firstOpportunityStage + ";money=" + o.moneyPolicy;
  }

  /** The portable bytes of {@code acc}. */
  public static byte[] encode(KpiAccumulator acc) {
    Objects.requireNonNull(acc, "acc");
    StateWriter w = new StateWriter(PortableStateKind.KPI, fingerprint(acc.options()));
    write(acc, w);
    return w.toByteArray();
  }

  /**
   * A new accumulator with {@code options} holding the state in {@code bytes}.
   *
   * @throws PortableStateException when the bytes are not a KPI state encoded under equal options
   */
  public static KpiAccumulator decode(byte[] bytes, KpiOptions options) {
    Objects.requireNonNull(bytes, "bytes");
    StateReader r = StateReader.open(bytes, PortableStateKind.KPI, fingerprint(options));
    KpiAccumulator acc = new KpiAccumulator(options);
    read(r, acc);
    r.end();
    return acc;
  }

  static void write(KpiAccumulator acc, StateWriter w) {
    for (long c : acc.portableCounters()) {
      w.writeCount(c);
    }
    PortableBlocks.sample().write(acc.portableCycleWon(), w);
    if (acc.portableCycleClosed() != null) {
      PortableBlocks.sample().write(acc.portableCycleClosed(), w);
    }
    if (acc.portableFunnel() != null) {
      PortableBlocks.funnel().write(acc.portableFunnel(), w);
    }
    CurrencyState[] states = acc.portableStates();
    w.writeCount(states.length);
    for (CurrencyState s : states) {
      writeCurrency(s, w);
    }
  }

  private static void writeCurrency(CurrencyState s, StateWriter w) {
    w.writeCurrency(s.currency);
    PortableBlocks.sample().write(s.dealSizes, w);
    w.writeSigned(s.wonSum).writeSigned(s.valueNum).writeSigned(s.valueDen);
    w.writeCount(s.openCount).writeSigned(s.openSum).writeCount(s.qualifiedOpen);
    TreeMap<Integer, Long> probs = new TreeMap<>();
    for (int i = 0; i < s.nProbs; i++) {
      probs.put(s.probs[i], s.probSums[i]);
    }
    w.writeCount(probs.size());
    for (Map.Entry<Integer, Long> e : probs.entrySet()) {
      w.writeCount(e.getKey()).writeSigned(e.getValue());
    }
    w.writeCount(s.weightedCount);
    w.writeCount(s.categorySums.length);
    for (long c : s.categorySums) {
      w.writeSigned(c);
    }
    w.writeCount(s.closingCount).writeSigned(s.closingSum);
  }

  static void read(StateReader r, KpiAccumulator acc) {
    long[] c = new long[COUNTERS];
    for (int i = 0; i < COUNTERS; i++) {
      c[i] = r.readCount();
    }
    acc.portableSetCounters(c);
    PortableBlocks.sample().readInto(r, acc.portableCycleWon());
    if (acc.portableCycleClosed() != null) {
      PortableBlocks.sample().readInto(r, acc.portableCycleClosed());
    }
    FunnelAccumulator funnel = acc.portableFunnel();
    if (funnel != null) {
      PortableBlocks.funnel().readInto(r, funnel);
    }
    int n = r.readLength(4, 512);
    String previous = "";
    for (int i = 0; i < n; i++) {
      CurrencyUnit cur = r.readCurrency();
      if (cur.getCode().compareTo(previous) <= 0) {
        throw r.fail("has currencies out of order or repeated");
      }
      previous = cur.getCode();
      readCurrency(r, acc.portableState(cur));
    }
  }

  private static void readCurrency(StateReader r, CurrencyState s) {
    PortableBlocks.sample().readInto(r, s.dealSizes);
    s.wonSum = r.readSigned();
    s.valueNum = r.readSigned();
    s.valueDen = r.readSigned();
    s.openCount = r.readCount();
    s.openSum = r.readSigned();
    s.qualifiedOpen = r.readCount();
    int np = r.readLength(2, 1_000_001);
    s.probs = new int[Math.max(4, np)];
    s.probSums = new long[Math.max(4, np)];
    long prev = -1;
    for (int i = 0; i < np; i++) {
      long micro = r.readCount();
      if (micro <= prev || micro > 1_000_000) {
        throw r.fail("has probabilities out of order, repeated or above 1");
      }
      prev = micro;
      s.probs[i] = (int) micro;
      s.probSums[i] = r.readSigned();
    }
    s.nProbs = np;
    s.weightedCount = r.readCount();
    int nc = r.readLength(1, 64);
    if (nc != s.categorySums.length) {
      throw r.fail("has " + nc + " forecast categories, expected " + s.categorySums.length);
    }
    for (int i = 0; i < nc; i++) {
      s.categorySums[i] = r.readSigned();
    }
    s.closingCount = r.readCount();
    s.closingSum = r.readSigned();
  }
}
