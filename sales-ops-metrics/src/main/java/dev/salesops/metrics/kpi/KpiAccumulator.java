package dev.salesops.metrics.kpi;

import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.model.Outcome;
import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.internal.AcceptedTexts;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.Sample;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Computes a {@link KpiReport} over {@link DealRecord}s: add one record, merge partial accumulators, finish.
 * Merging partials over any partition of the records finishes to exactly the report over all of them (exact
 * money, exact percentiles unless {@link dev.salesops.metrics.stats.QuantileMode#approximate approximate}
 * quantiles were asked for).
 *
 * <p>Memory is constant per currency except for exact percentiles (8 bytes per won deal for deal sizes and 8
 * per closed deal for cycles); with approximate quantiles it is bounded by the sketch size.
 *
 * <p>See {@link KpiReport} for the definitions and {@link KpiOptions} for the window rules.
 *
 * <p><b>Not thread-safe</b>: one per thread, combine with {@link #merge}; or use {@link KpiCollectors}.
 */
public final class KpiAccumulator implements Accumulator<DealRecord, KpiAccumulator, KpiReport> {
  private static final int NO_DATE = DealRecord.NO_DATE;

  private final KpiOptions options;
  private final boolean bounded;
  private final long windowStart;
  private final long windowEnd;
  private final Map<String, Integer> funnelIndex;
  private final int firstOpportunityIndex;

  private long records;
  private long newLeads;
  private long newOpportunities;
  private long newCustomers;
  private long won;
  private long lost;
  private long open;
  private long winNum;
  private long winDen;
  private long excludedByReason;
  private final Sample cycleWon;
  private final Sample cycleClosed;
  private final FunnelAccumulator funnel;
  private CurrencyState[] states = new CurrencyState[2];
  private int nStates;

  private long missingCreated;
  private long missingClosed;
  private long missingAmount;
  private long missingProbability;
  private long missingForecastCategory;
  private long missingCycleDates;
  private long missingNewCustomerFlag;
  private long missingRateDate;

  /** An empty accumulator with {@code options}. */
  public KpiAccumulator(KpiOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.bounded = !options.window.isAll();
    this.windowStart = bounded ? options.window.start().toEpochDay() : Long.MIN_VALUE;
    this.windowEnd = bounded ? options.window.end().toEpochDay() : Long.MAX_VALUE;
    this.cycleWon = options.quantileMode.newSample();
    this.cycleClosed = options.cycleForAllClosed ? options.quantileMode.newSample() : null;
    if (options.funnelStages.isEmpty()) {
      this.funnel = null;
      this.funnelIndex = Map.of();
    } else {
      this.funnel = new FunnelAccumulator(options.funnelStages, options.funnelMinDeals, options.window);
      Map<String, Integer> idx = new HashMap<>();
      for (int i = 0; i < options.funnelStages.size(); i++) {
        idx.put(options.funnelStages.get(i), i);
      }
      this.funnelIndex = idx;
    }
    this.firstOpportunityIndex = options.firstOpportunityStage == null ? -1 : funnelIndex.get(options.firstOpportunityStage);
  }

  /** An empty accumulator with the default options. */
  public KpiAccumulator() {
    this(KpiOptions.defaults());
  }

  /** The options. */
  public KpiOptions options() {
    return options;
  }

  private boolean inWindow(int day) {
    return day >= windowStart && day < windowEnd;
  }

  private CurrencyState state(CurrencyUnit currency) {
    for (int i = 0; i < nStates; i++) {
      if (states[i].currency == currency || states[i].currency.equals(currency)) {
        return states[i];
      }
    }
    if (nStates == states.length) {
      states = Arrays.copyOf(states, nStates * 2);
    }
    CurrencyState s = new CurrencyState(currency, options.quantileMode);
    states[nStates++] = s;
    return s;
  }

  @Override
  public void add(DealRecord r) {
    Objects.requireNonNull(r, "record");
    KpiOptions.StageInfo info = r.outcome != Outcome.OPEN || r.stage == null ? null : options.stageInfo.get(r.stage);
    boolean excluded = r.outcome == Outcome.LOST && r.lostReason != null && options.excludedLostReasons.contains(r.lostReason);
    boolean disqualified = r.outcome == Outcome.LOST && r.lostReason != null && options.disqualifiedLostReasons.contains(r.lostReason);
    add(r.outcome, r.createdDay, r.closedDay, r.expectedCloseDay, r.currency, r.amountMinor, info, r.probabilityMicro,
        r.forecastCategory, r.newCustomer, excluded, disqualified, r);
  }

  /**
   * Adds one deal given by its values, exactly as {@link #add(DealRecord)} adds the record {@code
   * DealRecord.builder().outcome(outcome).stage(stage).createdDate(..).closedDate(..).amount(..).lostReason(lostReason)
   * .lostAtStage(lostAtStage).newCustomer(newCustomer).build()} (with any id and no dimensions, probability, forecast
   * category, expected close date or stage history: the KPIs do not read the rest). For a reader that streams
   * millions of rows and need not build a record per row; the results are those of the record path (tests).
   *
   * <p>Validated as {@link DealRecord} validates: a blank text is absent and text is stripped (at most 64 characters,
   * no control character); days within years 1000..9999; no close day on an OPEN deal; not closed before created; an
   * amount not negative, and none (0) without a currency. A refused deal changes nothing.
   *
   * @param outcome WON, LOST or OPEN
   * @param stage the current stage code, or null
   * @param createdDay the created date as {@link LocalDate#toEpochDay()}, or {@link KpiColumns#NO_DATE}
   * @param closedDay the closed date as {@link LocalDate#toEpochDay()}, or {@link KpiColumns#NO_DATE}
   * @param currency the amount's currency, or null when the deal has no amount
   * @param amountMinor the amount in minor units of {@code currency} (0 without a currency)
   * @param lostReason why the deal was lost, or null
   * @param lostAtStage the open stage it was lost at, or null
   * @param newCustomer whether it is its account's first won deal; null when unknown
   * @throws dev.salesops.core.validation.ValidationException (an {@link IllegalArgumentException}) when a value breaks
   *     its rule
   */
  public void addDeal(Outcome outcome, @Nullable String stage, int createdDay, int closedDay, @Nullable CurrencyUnit currency,
      long amountMinor, @Nullable String lostReason, @Nullable String lostAtStage, @Nullable Boolean newCustomer) {
    Objects.requireNonNull(outcome, "outcome");
    stage = text(stage, "stage");
    lostReason = text(lostReason, "lostReason");
    lostAtStage = text(lostAtStage, "lostAtStage");
    if (createdDay != NO_DATE && !DealRecord.validDay(createdDay)) {
      throw Checks.fail("createdDate", "must be within years 1000..9999", createdDay);
    }
    if (closedDay != NO_DATE && !DealRecord.validDay(closedDay)) {
      throw Checks.fail("closedDate", "must be within years 1000..9999", closedDay);
    }
    if (outcome == Outcome.OPEN && closedDay != NO_DATE) {
      throw Checks.fail("closedDate", "must be absent for an OPEN deal", LocalDate.ofEpochDay(closedDay));
    }
    if (closedDay != NO_DATE && createdDay != NO_DATE && closedDay < createdDay) {
      throw Checks.fail("closedDate", "must not be before the created date " + LocalDate.ofEpochDay(createdDay), LocalDate.ofEpochDay(closedDay));
    }
    if (currency == null ? amountMinor != 0 : amountMinor < 0) {
      throw Checks.fail("amount", currency == null ? "must be 0 without a currency" : "must not be negative", amountMinor);
    }
    byte nc = newCustomer == null ? -1 : (byte) (newCustomer ? 1 : 0);
    KpiOptions.StageInfo info = outcome != Outcome.OPEN || stage == null ? null : options.stageInfo.get(stage);
    boolean excluded = outcome == Outcome.LOST && lostReason != null && options.excludedLostReasons.contains(lostReason);
    boolean disqualified = outcome == Outcome.LOST && lostReason != null && options.disqualifiedLostReasons.contains(lostReason);
    // the funnel takes the values (FunnelAccumulator.addDeal); a record only for the first-opportunity stage's rule
    DealRecord record = firstOpportunityIndex < 0 ? null
        : new DealRecord(outcome, stage, createdDay, closedDay, lostReason, lostAtStage, currency, amountMinor, nc);
    add(outcome, createdDay, closedDay, NO_DATE, currency, amountMinor, info, -1, null, nc, excluded, disqualified, record, stage,
        lostAtStage, true);
  }

  /** The texts {@link #addDeal} takes, checked as {@link DealRecord} checks them (each distinct string once). */
  private final AcceptedTexts texts = new AcceptedTexts();

  private String text(String value, String field) {
    return texts.text(value, field);
  }

  /**
   * The one definition of how a deal counts, shared by the record path ({@link #add(DealRecord)}) and the
   * columnar path ({@link KpiEngine}, which resolves stage and lost reason through its dictionaries and passes
   * {@code record == null}; it is only used without funnel stages, see {@code KpiEngine.acceptsColumns}).
   */
  void add(Outcome outcome, int createdDay, int closedDay, int expectedCloseDay, CurrencyUnit currency, long amountMinor,
      KpiOptions.StageInfo info, int probabilityMicro, ForecastCategory forecastCategory, byte newCustomer, boolean excluded,
      boolean disqualified, DealRecord record) {
    add(outcome, createdDay, closedDay, expectedCloseDay, currency, amountMinor, info, probabilityMicro, forecastCategory,
        newCustomer, excluded, disqualified, record, null, null, true);
  }

  /**
   * Checks that {@code r} would be accepted, changing nothing: a missing exchange rate, a conversion out of bounds
   * or an overflowing sum throws here as {@link #add} would. A {@link BreakdownAccumulator} that adds one record to
   * several groups checks them all first, so that a refused record changes no group.
   */
  void check(DealRecord r) {
    KpiOptions.StageInfo info = r.outcome != Outcome.OPEN || r.stage == null ? null : options.stageInfo.get(r.stage);
    boolean excluded = r.outcome == Outcome.LOST && r.lostReason != null && options.excludedLostReasons.contains(r.lostReason);
    add(r.outcome, r.createdDay, r.closedDay, r.expectedCloseDay, r.currency, r.amountMinor, info, r.probabilityMicro,
        r.forecastCategory, r.newCustomer, excluded, false, r, null, null, false);
  }

  private void add(Outcome outcome, int createdDay, int closedDay, int expectedCloseDay, CurrencyUnit currency, long amountMinor,
      KpiOptions.StageInfo info, int probabilityMicro, ForecastCategory forecastCategory, byte newCustomer, boolean excluded,
      boolean disqualified, DealRecord record, String stage, String lostAtStage, boolean commit) {
    // 1. decide everything without changing any state: what may fail (a missing exchange rate, a conversion out of
    //    bounds, an exact sum that would overflow) fails here, and a refused record changes nothing
    boolean created;
    boolean createdMissing = false;
    if (createdDay == NO_DATE) {
      created = !bounded;
      createdMissing = bounded;
    } else {
      created = inWindow(createdDay);
    }
    boolean closedIn = false;
    boolean closedMissing = false;
    if (outcome != Outcome.OPEN) {
      if (closedDay == NO_DATE) {
        closedIn = !bounded;
        closedMissing = bounded;
      } else {
        closedIn = inWindow(closedDay);
      }
    }

    boolean closingIn = outcome == Outcome.OPEN && bounded && expectedCloseDay != NO_DATE && inWindow(expectedCloseDay);
    boolean needsMoney = closedIn || closingIn || created && (outcome == Outcome.OPEN || options.winRateBasis == WinRateBasis.CREATED
        || options.velocityBasis == VelocityBasis.ALL_NOT_DISQUALIFIED);
    CurrencyUnit target = null;
    long minor = 0;
    boolean amountMissing = false;
    boolean rateDateMissing = false;
    if (!needsMoney) {
      // no money KPI uses this record
    } else if (currency == null) {
      amountMissing = true;
    } else if (!options.moneyPolicy.converts()) {
      target = currency;
      minor = amountMinor;
    } else {
      MoneyPolicy mp = options.moneyPolicy;
      LocalDate rateDate;
      if (mp.rateDatePolicy() == MoneyPolicy.RateDate.REPORT_DATE || outcome == Outcome.OPEN) {
        rateDate = mp.reportDay();
      } else {
        rateDate = closedDay == NO_DATE ? null : LocalDate.ofEpochDay(closedDay);
      }
      if (rateDate == null) {
        rateDateMissing = true;
      } else {
        Money converted = mp.rates().convert(Money.ofMinor(currency, amountMinor), mp.targetCurrency(), rateDate, mp.rounding());
        target = mp.targetCurrency();
        minor = converted.getAmountMinorLong();
      }
    }
    if (target != null && minor != 0) {
      checkRoom(existingState(target), target, minor, outcome, created, closedIn, closingIn, excluded, info, probabilityMicro,
          forecastCategory);
    }
    if (!commit) {
      return;
    }

    // 2. count
    records++;
    if (createdMissing) {
      missingCreated++;
    }
    if (closedMissing) {
      missingClosed++;
    }
    if (amountMissing) {
      missingAmount++;
    }
    if (rateDateMissing) {
      missingRateDate++;
    }
    CurrencyState cs = target == null ? null : state(target);

    if (created) {
      newLeads++;
      if (cs != null && !disqualified) {
        cs.notDisqualified++;
      }
      if (firstOpportunityIndex < 0 || FunnelAccumulator.furthestStage(record, funnelIndex) >= firstOpportunityIndex) {
        newOpportunities++;
      }
      if (outcome == Outcome.OPEN) {
        open++;
        if (cs != null) {
          addOpen(info, probabilityMicro, forecastCategory, cs, minor);
        }
      }
      if (options.winRateBasis == WinRateBasis.CREATED) {
        countWinRate(outcome, excluded, cs, minor);
      }
    }
    if (funnel != null) {
      if (record != null) {
        funnel.add(record);
      } else {
        funnel.addDeal(outcome, stage, lostAtStage, createdDay);
      }
    }
    if (closingIn && cs != null) {
      cs.closingCount++;
      cs.closingSum = Math.addExact(cs.closingSum, minor);
    }
    if (closedIn) {
      boolean dates = createdDay != NO_DATE && closedDay != NO_DATE;
      if (outcome == Outcome.WON) {
        won++;
        if (newCustomer == 1) {
          newCustomers++;
        } else if (newCustomer < 0) {
          missingNewCustomerFlag++;
        }
        if (dates) {
          cycleWon.add(closedDay - createdDay);
        } else {
          missingCycleDates++;
        }
        if (cs != null) {
          cs.wonSum = Math.addExact(cs.wonSum, minor);
          cs.dealSizes.add(minor);
        }
      } else {
        lost++;
      }
      if (cycleClosed != null && dates) {
        cycleClosed.add(closedDay - createdDay);
      }
      if (options.winRateBasis == WinRateBasis.CLOSED) {
        countWinRate(outcome, excluded, cs, minor);
      }
    }
  }

  private CurrencyState existingState(CurrencyUnit currency) {
    for (int i = 0; i < nStates; i++) {
      if (states[i].currency == currency || states[i].currency.equals(currency)) {
        return states[i];
      }
    }
    return null;
  }

  /**
   * Refuses, before anything is counted, an amount that would overflow one of the exact sums it is about to join,
   * naming the KPI and the currency (sums are kept in minor units in a {@code long}: about 9.2 × 10^16 USD).
   */
  private void checkRoom(CurrencyState cs, CurrencyUnit currency, long minor, Outcome outcome, boolean created, boolean closedIn,
      boolean closingIn, boolean excluded, KpiOptions.StageInfo info, int probabilityMicro, ForecastCategory forecastCategory) {
    if (cs == null) {
      return; // a new currency's sums start at zero: one bounded amount always fits
    }
    if (closingIn) {
      room(cs.closingSum, minor, "pipeline closing in the window", currency);
    }
    if (closedIn && outcome == Outcome.WON) {
      room(cs.wonSum, minor, "won amount", currency);
    }
    boolean winRate = options.winRateBasis == WinRateBasis.CREATED ? created : closedIn;
    if (winRate && !excluded) {
      room(cs.valueDen, minor, "value-weighted win rate (closed amount)", currency);
      if (outcome == Outcome.WON) {
        room(cs.valueNum, minor, "value-weighted win rate (won amount)", currency);
      }
    }
    if (created && outcome == Outcome.OPEN) {
      room(cs.openSum, minor, "open pipeline", currency);
      int micro = probabilityMicro < 0 && info != null ? info.probabilityMicro : probabilityMicro;
      for (int i = 0; i < cs.nProbs; i++) {
        if (cs.probs[i] == micro) {
          room(cs.probSums[i], minor, "weighted pipeline", currency);
        }
      }
      ForecastCategory c = forecastCategory != null ? forecastCategory : info == null ? null : info.category;
      if (c != null && c.isOpenCategory()) {
        room(cs.categorySums[c.ordinal()], minor, "forecast category " + c, currency);
      }
    }
  }

  private static void room(long sum, long minor, String kpi, CurrencyUnit currency) {
    long r = sum + minor;
    if (((sum ^ r) & (minor ^ r)) < 0) {
      throw new ArithmeticException(kpi + " in " + currency.getCode() + " would overflow its exact sum (at most "
          + java.math.BigDecimal.valueOf(Long.MAX_VALUE, currency.getDecimalPlaces()).toPlainString() + " " + currency.getCode()
          + "): the record is refused and nothing was counted; split the data or report in another currency");
    }
  }

  private void countWinRate(Outcome outcome, boolean excluded, CurrencyState cs, long minor) {
    if (excluded) {
      excludedByReason++;
      return;
    }
    winDen++;
    if (cs != null) {
      cs.valueDen = Math.addExact(cs.valueDen, minor);
    }
    if (outcome == Outcome.WON) {
      winNum++;
      if (cs != null) {
        cs.valueNum = Math.addExact(cs.valueNum, minor);
      }
    }
  }

  private void addOpen(KpiOptions.StageInfo info, int probabilityMicro, ForecastCategory forecastCategory, CurrencyState cs,
      long minor) {
    cs.openCount++;
    cs.openSum = Math.addExact(cs.openSum, minor);
    if (options.qualifiedStages.isEmpty() || info != null && info.qualified) {
      cs.qualifiedOpen++;
    }
    int micro = probabilityMicro;
    if (micro < 0 && info != null) {
      micro = info.probabilityMicro;
    }
    if (micro >= 0) {
      cs.addWeighted(micro, minor);
    } else {
      missingProbability++;
    }
    ForecastCategory c = forecastCategory;
    if (c == null && info != null) {
      c = info.category;
    }
    if (c != null) {
      if (c.isOpenCategory()) {
        cs.categorySums[c.ordinal()] = Math.addExact(cs.categorySums[c.ordinal()], minor);
      }
    } else {
      missingForecastCategory++;
    }
  }

  @Override
  public KpiAccumulator merge(KpiAccumulator o) {
    Objects.requireNonNull(o, "other");
    if (o == this) {
      throw new IllegalArgumentException("an accumulator cannot be merged into itself");
    }
    if (o.options != options && (!o.options.window.equals(options.window) || o.options.winRateBasis != options.winRateBasis
        || !o.options.funnelStages.equals(options.funnelStages) || o.options.velocityBasis != options.velocityBasis
        || !o.options.disqualifiedLostReasons.equals(options.disqualifiedLostReasons) || o.options.quantileMode != options.quantileMode
            && !o.options.quantileMode.equals(options.quantileMode))) {
      throw new IllegalArgumentException("accumulators with different options cannot be merged");
    }
    records += o.records;
    newLeads += o.newLeads;
    newOpportunities += o.newOpportunities;
    newCustomers += o.newCustomers;
    won += o.won;
    lost += o.lost;
    open += o.open;
    winNum += o.winNum;
    winDen += o.winDen;
    excludedByReason += o.excludedByReason;
    cycleWon.merge(o.cycleWon);
    if (cycleClosed != null) {
      cycleClosed.merge(o.cycleClosed);
    }
    if (funnel != null) {
      funnel.merge(o.funnel);
    }
    for (int i = 0; i < o.nStates; i++) {
      state(o.states[i].currency).merge(o.states[i]);
    }
    missingCreated += o.missingCreated;
    missingClosed += o.missingClosed;
    missingAmount += o.missingAmount;
    missingProbability += o.missingProbability;
    missingForecastCategory += o.missingForecastCategory;
    missingCycleDates += o.missingCycleDates;
    missingNewCustomerFlag += o.missingNewCustomerFlag;
    missingRateDate += o.missingRateDate;
    return this;
  }

  @Override
  public KpiReport finish() {
    TreeMap<CurrencyUnit, CurrencyKpis> currencies = new TreeMap<>();
    long cycleCount = cycleWon.count();
    var cycle = cycleWon.toDistribution(options.percentileMethod);
    BigDecimal cycleSum = cycle.sum();
    for (int i = 0; i < nStates; i++) {
      CurrencyState s = states[i];
      currencies.put(s.currency, s.finish(options.percentileMethod, winNum, winDen, cycleCount, cycleSum, options.velocityBasis));
    }
    return report(options, portableCounters(), cycle, cycleClosed == null ? null : cycleClosed.toDistribution(options.percentileMethod),
        currencies, funnel == null ? null : funnel.finish());
  }

  /**
   * The report from the counters (in {@link #portableCounters()} order), the cycle distributions and the finished
   * currencies: the one definition shared by {@link #finish()} and the flat kernel of {@link KpiEngine}.
   */
  static KpiReport report(KpiOptions options, long[] c, Distribution cycle, Distribution cycleClosed,
      TreeMap<CurrencyUnit, CurrencyKpis> currencies, Funnel funnel) {
    TreeMap<String, Long> missing = new TreeMap<>();
    putIfPositive(missing, "createdDate", c[10]);
    putIfPositive(missing, "closedDate", c[11]);
    putIfPositive(missing, "amount", c[12]);
    putIfPositive(missing, "probability", c[13]);
    putIfPositive(missing, "forecastCategory", c[14]);
    putIfPositive(missing, "cycleDates", c[15]);
    putIfPositive(missing, "newCustomerFlag", c[16]);
    putIfPositive(missing, "rateDate", c[17]);
    putIfPositive(missing, "excludedLostReason", c[9]);
    return new KpiReport(options.window, c[0], c[1], c[2], c[3], c[4], c[5], c[6], Ratio.of(c[7], c[8]), options.winRateBasis,
        options.excludedLostReasons, cycle, cycleClosed, currencies, funnel, missing, options.moneyPolicy.toString(),
        options.quantileMode.toString());
  }

  private static void putIfPositive(Map<String, Long> map, String key, long value) {
    if (value > 0) {
      map.put(key, value);
    }
  }

  // ---- portable state (see KpiStateCodec): package-private, additive ----

  /** The counters in the portable order (see docs/ARCHITECTURE.md, "Portable partial results"). */
  long[] portableCounters() {
    return new long[] {records, newLeads, newOpportunities, newCustomers, won, lost, open, winNum, winDen, excludedByReason,
        missingCreated, missingClosed, missingAmount, missingProbability, missingForecastCategory, missingCycleDates,
        missingNewCustomerFlag, missingRateDate};
  }

  void portableSetCounters(long[] c) {
    records = c[0];
    newLeads = c[1];
    newOpportunities = c[2];
    newCustomers = c[3];
    won = c[4];
    lost = c[5];
    open = c[6];
    winNum = c[7];
    winDen = c[8];
    excludedByReason = c[9];
    missingCreated = c[10];
    missingClosed = c[11];
    missingAmount = c[12];
    missingProbability = c[13];
    missingForecastCategory = c[14];
    missingCycleDates = c[15];
    missingNewCustomerFlag = c[16];
    missingRateDate = c[17];
  }

  Sample portableCycleWon() {
    return cycleWon;
  }

  /** Null unless the options ask for the cycle of all closed deals. */
  Sample portableCycleClosed() {
    return cycleClosed;
  }

  /** Null without funnel stages. */
  FunnelAccumulator portableFunnel() {
    return funnel;
  }

  /** The per-currency states, sorted by currency code (a copy of the array). */
  CurrencyState[] portableStates() {
    CurrencyState[] out = Arrays.copyOf(states, nStates);
    Arrays.sort(out, (a, b) -> a.currency.getCode().compareTo(b.currency.getCode()));
    return out;
  }

  /** The state of {@code currency}, created empty when absent. */
  CurrencyState portableState(CurrencyUnit currency) {
    return state(currency);
  }
}
