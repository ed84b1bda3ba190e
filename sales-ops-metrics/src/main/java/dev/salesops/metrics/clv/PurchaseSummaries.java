package dev.salesops.metrics.clv;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Turns customers' dated purchase events (the lifecycle's {@link CustomerEvent}s of a purchase type: ORDER, UPSELL,
 * RENEWAL) into BG/NBD {@link CustomerSummary}s at an observation end, as a mergeable accumulator keyed by the
 * host's customer key.
 *
 * <p><b>Definition</b> (the one of the Python lifetimes package's {@code summary_data_from_transaction_data} and R
 * BTYD's {@code dc.MergeTransactionsOnSameDate}): purchases are grouped by calendar day in {@code zone}; events after
 * the observation end are ignored; with {@code d_1 < ... < d_n} the distinct purchase days, {@code x = n − 1},
 * {@code t_x = (d_n − d_1) / unit} and {@code T = (end day − d_1) / unit}, where {@code unit} is the length of the
 * time unit in days (7 for weeks). The average repeat spend {@code m_x} is the mean of the day totals of {@code
 * d_2 ... d_n} (the first purchase is left out, as in the Gamma-Gamma papers), in {@code currency}; it is absent
 * when a repeat purchase has no amount. An amount in another currency is refused ({@link MixedCurrencyException}),
 * never converted. Customers without a purchase up to the end have no summary.
 *
 * <p>Memory is one small map per customer (its purchase days). Merging partials equals one pass over all events.
 * <b>Not thread-safe</b>: one per thread, then {@link #merge}.
 *
 * @param <K> the host's customer key
 */
public final class PurchaseSummaries<K> implements Accumulator<PurchaseSummaries.Purchase<K>, PurchaseSummaries<K>, Map<K, CustomerSummary>> {

  /**
   * One customer's event, the record this accumulator takes.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param customer the host's customer key
   * @param event the lifecycle event (non-purchases are ignored)
   * @param <K> the key type
   */
  public record Purchase<K>(K customer, CustomerEvent event) {
    /** Checks the parts. */
    public Purchase {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(event, "event");
    }
  }

  private final Instant end;
  private final ZoneId zone;
  private final double unitDays;
  private final CurrencyUnit currency;
  private final long endDay;
  /** customer -> day -> {Σ minor of the day's amounts, purchases without an amount}. */
  private final Map<K, TreeMap<Long, long[]>> days = new HashMap<>();

  private PurchaseSummaries(Instant end, ZoneId zone, double unitDays, CurrencyUnit currency) {
    this.end = Objects.requireNonNull(end, "end");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.currency = Objects.requireNonNull(currency, "currency");
    if (!(unitDays > 0) || Double.isInfinite(unitDays)) {
      throw Checks.fail("unitDays", "must be a finite number > 0", unitDays);
    }
    this.unitDays = unitDays;
    this.endDay = LocalDate.ofInstant(end, zone).toEpochDay();
  }

  /** Summaries in weeks at {@code end}, days in {@code zone}, spend in {@code currency}. */
  public static <K> PurchaseSummaries<K> weekly(Instant end, ZoneId zone, CurrencyUnit currency) {
    return new PurchaseSummaries<>(end, zone, 7, currency);
  }

  /** Summaries in units of {@code unitDays} days (1 for days, 7 for weeks, 365.25 / 12 for months). */
  public static <K> PurchaseSummaries<K> of(Instant end, ZoneId zone, double unitDays, CurrencyUnit currency) {
    return new PurchaseSummaries<>(end, zone, unitDays, currency);
  }

  /** A new empty accumulator with the same configuration. */
  public PurchaseSummaries<K> newEmpty() {
    return new PurchaseSummaries<>(end, zone, unitDays, currency);
  }

  /** The summary of one customer's {@code events}, empty without a purchase up to the end. */
  public Optional<CustomerSummary> summarize(List<CustomerEvent> events) {
    Objects.requireNonNull(events, "events");
    PurchaseSummaries<Integer> one = new PurchaseSummaries<>(end, zone, unitDays, currency);
    for (CustomerEvent e : events) {
      one.add(new Purchase<>(0, e));
    }
    return Optional.ofNullable(one.finish().get(0));
  }

  /** Adds {@code customer}'s {@code event}. */
  public void add(K customer, CustomerEvent event) {
    add(new Purchase<>(customer, event));
  }

  @Override
  public void add(Purchase<K> record) {
    Objects.requireNonNull(record, "record");
    CustomerEvent e = record.event();
    if (!e.type().isPurchase() || e.at().isAfter(end)) {
      return;
    }
    long day = LocalDate.ofInstant(e.at(), zone).toEpochDay();
    long[] d = days.computeIfAbsent(record.customer(), k -> new TreeMap<>()).computeIfAbsent(day, k -> new long[2]);
    Optional<Money> amount = e.amount();
    if (amount.isEmpty()) {
      d[1]++;
    } else {
      if (!amount.get().getCurrencyUnit().equals(currency)) {
        throw new MixedCurrencyException(Set.of(currency, amount.get().getCurrencyUnit()));
      }
      d[0] = Math.addExact(d[0], amount.get().getAmountMinorLong());
    }
  }

  @Override
  public PurchaseSummaries<K> merge(PurchaseSummaries<K> other) {
    Objects.requireNonNull(other, "other");
    if (!other.end.equals(end) || !other.zone.equals(zone) || other.unitDays != unitDays || !other.currency.equals(currency)) {
      throw Checks.fail("other", "must have the same end, zone, unit and currency", other);
    }
    other.days.forEach((k, src) -> {
      TreeMap<Long, long[]> dst = days.computeIfAbsent(k, x -> new TreeMap<>());
      src.forEach((day, v) -> {
        long[] d = dst.computeIfAbsent(day, x -> new long[2]);
        d[0] = Math.addExact(d[0], v[0]);
        d[1] += v[1];
      });
    });
    return this;
  }

  @Override
  public Map<K, CustomerSummary> finish() {
    Map<K, CustomerSummary> out = new HashMap<>();
    days.forEach((k, d) -> {
      long first = d.firstKey();
      long last = d.lastKey();
      int x = d.size() - 1;
      Optional<BigDecimal> spend = Optional.empty();
      if (x > 0) {
        long sum = 0;
        boolean known = true;
        for (Map.Entry<Long, long[]> e : d.tailMap(first, false).entrySet()) {
          sum = Math.addExact(sum, e.getValue()[0]);
          known &= e.getValue()[1] == 0;
        }
        if (known) {
          spend = Optional.of(BigDecimal.valueOf(sum, currency.getDecimalPlaces()).divide(BigDecimal.valueOf(x), MathContext.DECIMAL64));
        }
      }
      out.put(k, new CustomerSummary(x, x == 0 ? 0 : (last - first) / unitDays, (endDay - first) / unitDays, spend.orElse(null)));
    });
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "PurchaseSummaries{end " + end + ", " + zone + ", unit " + unitDays + " days, " + currency + ", " + days.size() + " customers}";
  }
}
