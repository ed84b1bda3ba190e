package dev.salesops.metrics.kpi;

import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;

/**
 * The standard KPIs of a set of {@link DealRecord}s over a window (see {@link KpiOptions} for which date each
 * KPI uses). Computed by {@link KpiAccumulator}, {@link KpiCollectors} or {@link #of(Iterable, KpiOptions)}.
 *
 * <p><b>Definitions</b>
 * <ul>
 *   <li>{@link #newLeads()}: records created in the window. {@link #newOpportunities()}: those of them that
 *       reached {@link KpiOptions#firstOpportunityStage()} (funnel rules); all of them when none is set.
 *   <li>{@link #newCustomers()}: won deals closed in the window marked {@link DealRecord#newCustomer()} (the
 *       account's first won deal; {@link DealRecords#markNewCustomers} derives the mark from the records).
 *   <li>{@link #won()}, {@link #lost()}: deals closed won / lost in the window. {@link #open()}: deals still
 *       open and created in the window (every open deal with the unbounded window).
 *   <li>{@link #winRate()} by count = won / (won + lost) over deals closed in the window (default basis
 *       {@link WinRateBasis#CLOSED}); with {@link WinRateBasis#CREATED}: won / all deals created in the
 *       window. Deals lost for an excluded reason are in neither part. Undefined when the denominator is 0.
 *       Always within [0, 1]. By value: {@link CurrencyKpis#winRateByValue()}.
 *   <li>{@link #salesCycleDays()}: closed date − created date in days over won deals closed in the window
 *       (count, mean, median, p90); {@link #salesCycleDaysAllClosed()} over won and lost deals when asked for.
 *   <li>Per currency ({@link #currencies()}): won amount, average / median deal size, open, weighted and
 *       forecast-category pipeline, pipeline closing in the window, sales velocity: see {@link CurrencyKpis}.
 *   <li>{@link #funnel()}: see {@link dev.salesops.metrics.funnel.FunnelAccumulator}; absent without funnel stages.
 *   <li>{@link #missing()}: how many records lacked a field and were left out of the KPIs needing it ({@code
 *       createdDate}, {@code closedDate} — only with a bounded window, {@code amount}, {@code probability},
 *       {@code forecastCategory} — open deals, {@code cycleDates}, {@code newCustomerFlag} — won deals, {@code
 *       rateDate}), and {@code excludedLostReason}: deals left out of win rates by policy.
 * </ul>
 *
 * <p>JSON (sales-ops-json's codec, e.g. {@code SalesOpsCodecs.standard().writePretty(report)}): every ratio is {@code {"value": ..., "numerator": ..., "denominator": ...}}
 * with {@code "value": null} when undefined; absent percentiles are {@code null}; money is {@code
 * {"amount":"1234.50","currency":"USD"}}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiReport {
  private final DateRange window;
  private final long records;
  private final long newLeads;
  private final long newOpportunities;
  private final long newCustomers;
  private final long won;
  private final long lost;
  private final long open;
  private final Ratio winRate;
  private final WinRateBasis winRateBasis;
  private final Set<String> excludedLostReasons;
  private final Distribution salesCycleDays;
  private final Distribution salesCycleDaysAllClosed;
  private final SortedMap<CurrencyUnit, CurrencyKpis> currencies;
  private final Funnel funnel;
  private final SortedMap<String, Long> missing;
  private final String moneyPolicy;
  private final String quantiles;

  KpiReport(DateRange window, long records, long newLeads, long newOpportunities, long newCustomers, long won, long lost,
      long open, Ratio winRate, WinRateBasis winRateBasis, Set<String> excludedLostReasons, Distribution salesCycleDays,
      Distribution salesCycleDaysAllClosed, SortedMap<CurrencyUnit, CurrencyKpis> currencies, Funnel funnel,
      SortedMap<String, Long> missing, String moneyPolicy, String quantiles) {
    this.window = window;
    this.records = records;
    this.newLeads = newLeads;
    this.newOpportunities = newOpportunities;
    this.newCustomers = newCustomers;
    this.won = won;
    this.lost = lost;
    this.open = open;
    this.winRate = winRate;
    this.winRateBasis = winRateBasis;
    this.excludedLostReasons = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(excludedLostReasons));
    this.salesCycleDays = salesCycleDays;
    this.salesCycleDaysAllClosed = salesCycleDaysAllClosed;
    this.currencies = Collections.unmodifiableSortedMap(new TreeMap<>(currencies));
    this.funnel = funnel;
    this.missing = Collections.unmodifiableSortedMap(new TreeMap<>(missing));
    this.moneyPolicy = moneyPolicy;
    this.quantiles = quantiles;
  }

  /** The report over {@code records} with {@code options}. */
  public static KpiReport of(Iterable<DealRecord> records, KpiOptions options) {
    Objects.requireNonNull(records, "records");
    KpiAccumulator acc = new KpiAccumulator(options);
    for (DealRecord r : records) {
      acc.add(r);
    }
    return acc.finish();
  }

  /** The window. */
  public DateRange window() {
    return window;
  }

  /** How many records were added (whether or not any KPI used them). */
  public long records() {
    return records;
  }

  /** Records created in the window. */
  public long newLeads() {
    return newLeads;
  }

  /** Records created in the window that reached the first opportunity stage. */
  public long newOpportunities() {
    return newOpportunities;
  }

  /** Won deals closed in the window marked as an account's first won deal. */
  public long newCustomers() {
    return newCustomers;
  }

  /** Deals won in the window. */
  public long won() {
    return won;
  }

  /** Deals lost in the window. */
  public long lost() {
    return lost;
  }

  /** Open deals created in the window. */
  public long open() {
    return open;
  }

  /** Win rate by count (see the class definition). */
  public Ratio winRate() {
    return winRate;
  }

  /** The win-rate basis used. */
  public WinRateBasis winRateBasis() {
    return winRateBasis;
  }

  /** The lost reasons left out of win rates. */
  public Set<String> excludedLostReasons() {
    return excludedLostReasons;
  }

  /** Sales cycle of won deals, in days. */
  public Distribution salesCycleDays() {
    return salesCycleDays;
  }

  /** Sales cycle of all closed deals, in days, when asked for in the options. */
  public Optional<Distribution> salesCycleDaysAllClosed() {
    return Optional.ofNullable(salesCycleDaysAllClosed);
  }

  /** The money KPIs per currency, in currency-code order. */
  public SortedMap<CurrencyUnit, CurrencyKpis> currencies() {
    return currencies;
  }

  /** The money KPIs in {@code currency}, when any deal had it. */
  public Optional<CurrencyKpis> currency(CurrencyUnit currency) {
    return Optional.ofNullable(currencies.get(Objects.requireNonNull(currency, "currency")));
  }

  /**
   * The money KPIs of the report's only currency; empty when no deal had an amount.
   *
   * @throws MixedCurrencyException naming the currencies when there are several (use {@link
   *     MoneyPolicy#convertTo} to report in one currency)
   */
  public Optional<CurrencyKpis> singleCurrency() {
    if (currencies.size() > 1) {
      throw new MixedCurrencyException(currencies.keySet());
    }
    return currencies.isEmpty() ? Optional.empty() : Optional.of(currencies.get(currencies.firstKey()));
  }

  /** The funnel, when funnel stages were given. */
  public Optional<Funnel> funnel() {
    return Optional.ofNullable(funnel);
  }

  /** Per missing field, how many records were left out of the KPIs needing it. */
  public SortedMap<String, Long> missing() {
    return missing;
  }

  /** The money policy, described. */
  public String moneyPolicy() {
    return moneyPolicy;
  }

  /** The quantile mode, described. */
  public String quantiles() {
    return quantiles;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KpiReport)) {
      return false;
    }
    KpiReport r = (KpiReport) o;
    return window.equals(r.window) && records == r.records && newLeads == r.newLeads && newOpportunities == r.newOpportunities
        && newCustomers == r.newCustomers && won == r.won && lost == r.lost && open == r.open && winRate.equals(r.winRate)
        && winRateBasis == r.winRateBasis && excludedLostReasons.equals(r.excludedLostReasons)
        && salesCycleDays.equals(r.salesCycleDays) && Objects.equals(salesCycleDaysAllClosed, r.salesCycleDaysAllClosed)
        && currencies.equals(r.currencies) && Objects.equals(funnel, r.funnel) && missing.equals(r.missing)
        && moneyPolicy.equals(r.moneyPolicy) && quantiles.equals(r.quantiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(records, newLeads, won, lost, open, winRate, currencies);
  }

  @Override
  public String toString() {
    return "KpiReport{window=" + window + ", records=" + records + ", won=" + won + ", lost=" + lost + ", open=" + open
        + ", winRate=" + winRate + ", currencies=" + currencies.keySet() + "}";
  }
}
