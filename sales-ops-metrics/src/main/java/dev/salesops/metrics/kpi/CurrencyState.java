package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.metrics.stats.QuantileMode;
import dev.salesops.metrics.stats.Sample;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The mutable per-currency part of a {@link KpiAccumulator}. Not API, not thread-safe. */
final class CurrencyState {
  final CurrencyUnit currency;
  final Sample dealSizes;
  long wonSum;
  long valueNum;
  long valueDen;
  long openCount;
  long openSum;
  long qualifiedOpen;
  long notDisqualified;
  // weighted pipeline: Σ minor per distinct probability (few distinct values), exact
  int[] probs = new int[4];
  long[] probSums = new long[4];
  int nProbs;
  long weightedCount;
  /** By {@link ForecastCategory} ordinal, the open categories only (COMMIT, BEST_CASE, PIPELINE, OMITTED; not CLOSED). */
  final long[] categorySums = new long[OPEN_CATEGORIES];
  long closingCount;
  long closingSum;

  /** The forecast categories an open deal is summed in: the first four (CLOSED, the last, is in none). */
  static final int OPEN_CATEGORIES = ForecastCategory.CLOSED.ordinal();

  CurrencyState(CurrencyUnit currency, QuantileMode mode) {
    this.currency = currency;
    this.dealSizes = mode.newSample();
  }

  void addWeighted(int micro, long minor) {
    for (int i = 0; i < nProbs; i++) {
      if (probs[i] == micro) {
        probSums[i] = Math.addExact(probSums[i], minor);
        weightedCount++;
        return;
      }
    }
    if (nProbs == probs.length) {
      probs = Arrays.copyOf(probs, nProbs * 2);
      probSums = Arrays.copyOf(probSums, nProbs * 2);
    }
    probs[nProbs] = micro;
    probSums[nProbs] = minor;
    nProbs++;
    weightedCount++;
  }

  void merge(CurrencyState o) {
    dealSizes.merge(o.dealSizes);
    wonSum = Math.addExact(wonSum, o.wonSum);
    valueNum = Math.addExact(valueNum, o.valueNum);
    valueDen = Math.addExact(valueDen, o.valueDen);
    openCount += o.openCount;
    openSum = Math.addExact(openSum, o.openSum);
    qualifiedOpen += o.qualifiedOpen;
    notDisqualified += o.notDisqualified;
    for (int i = 0; i < o.nProbs; i++) {
      addWeighted(o.probs[i], o.probSums[i]);
      weightedCount--;
    }
    weightedCount += o.weightedCount;
    for (int i = 0; i < categorySums.length; i++) {
      categorySums[i] = Math.addExact(categorySums[i], o.categorySums[i]);
    }
    closingCount += o.closingCount;
    closingSum = Math.addExact(closingSum, o.closingSum);
  }

  CurrencyKpis finish(PercentileMethod method, long winNum, long winDen, long cycleCount, BigDecimal cycleSum, VelocityBasis basis) {
    int scale = currency.getDecimalPlaces();
    BigDecimal weighted = BigDecimal.ZERO;
    for (int i = 0; i < nProbs; i++) {
      weighted = weighted.add(BigDecimal.valueOf(probSums[i], scale).multiply(BigDecimal.valueOf(probs[i], 6)));
    }
    return finish(dealSizes.toDistribution(method), dealSizes.count(), weighted, winNum, winDen, cycleCount, cycleSum, basis);
  }

  /**
   * The KPIs from this state's sums and counts with the deal-size distribution, won count and (unstripped)
   * weighted pipeline given: the one definition shared by {@link KpiAccumulator} and the flat kernel of {@link
   * KpiEngine}, which computes those three from its own arrays.
   */
  CurrencyKpis finish(Distribution deals, long wonCount, BigDecimal weighted, long winNum, long winDen, long cycleCount,
      BigDecimal cycleSum, VelocityBasis basis) {
    int scale = currency.getDecimalPlaces();
    Map<ForecastCategory, Money> cats = new EnumMap<>(ForecastCategory.class);
    Map<ForecastCategory, Money> rollups = new EnumMap<>(ForecastCategory.class);
    long running = 0;
    for (ForecastCategory c : ForecastCategory.values()) {
      if (!c.isOpenCategory()) {
        continue;
      }
      cats.put(c, Money.ofMinor(currency, categorySums[c.ordinal()]));
      if (c != ForecastCategory.OMITTED) {
        running = Math.addExact(running, categorySums[c.ordinal()]);
        rollups.put(c, Money.ofMinor(currency, running));
      }
    }
    BigDecimal wonMajor = BigDecimal.valueOf(wonSum, scale);
    // velocity = n * (wonSum / wonCount) * (winNum / winDen) / (cycleSum / cycleCount)
    long n = basis == VelocityBasis.OPEN_QUALIFIED ? qualifiedOpen : notDisqualified;
    Ratio velocity = Ratio.of(
        BigDecimal.valueOf(n).multiply(wonMajor).multiply(BigDecimal.valueOf(winNum)).multiply(BigDecimal.valueOf(cycleCount)),
        BigDecimal.valueOf(wonCount).multiply(BigDecimal.valueOf(winDen)).multiply(cycleSum));
    return new CurrencyKpis(currency, wonCount, Money.ofMinor(currency, wonSum),
        Ratio.of(BigDecimal.valueOf(valueNum, scale), BigDecimal.valueOf(valueDen, scale)),
        deals.movePointLeft(scale), openCount, Money.ofMinor(currency, openSum), weightedCount,
        Stats.strip(weighted), cats, rollups, closingCount, Money.ofMinor(currency, closingSum), qualifiedOpen, velocity, n);
  }
}
