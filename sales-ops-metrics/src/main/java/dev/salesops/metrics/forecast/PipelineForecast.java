package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Expected revenue from open deals per expected-close month and forecast category:
 * {@code expected = Σ amount × probability}.
 *
 * <p>Rounding: each (month, category) cell is summed exactly and rounded once to the currency's minor unit,
 * {@link RoundingMode#HALF_EVEN}; month totals and the grand total are sums of the rounded cells, so the table
 * adds up exactly. All deals must be in the given currency ({@link MixedCurrencyException} otherwise: no
 * silent conversion). Categories appear in order of first occurrence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PipelineForecast {
  /**
   * One row of the pipeline-next-to-time-series table.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {
    private final YearMonth period;
    private final Double timeSeriesForecast;  // null when absent
    private final Money pipeline;

    /**
     * Checks the parts.
     *
     * @param period the month
     * @param timeSeriesForecast the time-series point forecast, empty when the forecast does not cover the month; {@code null} when absent
     * @param pipeline the expected pipeline revenue closing that month (zero when none)
     */
    public Row(YearMonth period, @Nullable Double timeSeriesForecast, Money pipeline) {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(pipeline, "pipeline");
      this.period = period;
      this.timeSeriesForecast = timeSeriesForecast;
      this.pipeline = pipeline;
    }

    /** The {@code period}: the month. */
    public YearMonth period() {
      return period;
    }

    /** The {@code timeSeriesForecast}: the time-series point forecast, empty when the forecast does not cover the month. */
    public OptionalDouble timeSeriesForecast() {
      return timeSeriesForecast == null ? OptionalDouble.empty() : OptionalDouble.of(timeSeriesForecast);
    }

    /** The {@code pipeline}: the expected pipeline revenue closing that month (zero when none). */
    public Money pipeline() {
      return pipeline;
    }

    /** Equal when every part is equal (as a record's equality). */
    @Override
    public boolean equals(Object obj) {
      return obj == this || obj instanceof Row o
          && Objects.equals(period, o.period)
          && Objects.equals(timeSeriesForecast, o.timeSeriesForecast)
          && Objects.equals(pipeline, o.pipeline);
    }

    @Override
    public int hashCode() {
      return Objects.hash(period, timeSeriesForecast, pipeline);
    }

    /** As a record's: {@code Row[part=value, ...]}, absent parts as {@code Optional.empty}. */
    @Override
    public String toString() {
      return "Row[period=" + period + ", timeSeriesForecast=" + timeSeriesForecast() + ", pipeline=" + pipeline + "]";
    }
  }

  private final CurrencyUnit currency;
  private final SortedMap<YearMonth, Map<String, Money>> cells;
  private final SortedMap<YearMonth, Integer> counts;

  private PipelineForecast(CurrencyUnit currency, SortedMap<YearMonth, Map<String, Money>> cells, SortedMap<YearMonth, Integer> counts) {
    this.currency = currency;
    this.cells = cells;
    this.counts = counts;
  }

  /** The expected revenue of {@code deals}, all in {@code currency}. */
  public static PipelineForecast of(CurrencyUnit currency, Collection<OpenDeal> deals) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(deals, "deals");
    Set<CurrencyUnit> others = new TreeSet<>();
    TreeMap<YearMonth, LinkedHashMap<String, BigDecimal>> exact = new TreeMap<>();
    TreeMap<YearMonth, Integer> counts = new TreeMap<>();
    for (OpenDeal d : deals) {
      Objects.requireNonNull(d, "deal");
      if (!d.amount().getCurrencyUnit().equals(currency)) {
        others.add(d.amount().getCurrencyUnit());
        continue;
      }
      YearMonth m = YearMonth.from(d.expectedClose());
      exact.computeIfAbsent(m, k -> new LinkedHashMap<>()).merge(d.category(), d.amount().getAmount().multiply(d.probability()), BigDecimal::add);
      counts.merge(m, 1, Integer::sum);
    }
    if (!others.isEmpty()) {
      others.add(currency);
      throw new MixedCurrencyException(others);
    }
    TreeMap<YearMonth, Map<String, Money>> cells = new TreeMap<>();
    exact.forEach((m, byCat) -> {
      LinkedHashMap<String, Money> row = new LinkedHashMap<>();
      byCat.forEach((c, v) -> row.put(c, Money.of(currency, v, RoundingMode.HALF_EVEN)));
      cells.put(m, Collections.unmodifiableMap(row));
    });
    return new PipelineForecast(currency, Collections.unmodifiableSortedMap(cells), Collections.unmodifiableSortedMap(counts));
  }

  /** The currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** Expected revenue by expected-close month, then by category. */
  public SortedMap<YearMonth, Map<String, Money>> byMonthAndCategory() {
    return cells;
  }

  /** Number of deals by expected-close month. */
  public SortedMap<YearMonth, Integer> dealCounts() {
    return counts;
  }

  /** Expected revenue by month (sum of its rounded category cells). */
  public SortedMap<YearMonth, Money> byMonth() {
    TreeMap<YearMonth, Money> out = new TreeMap<>();
    cells.forEach((m, row) -> out.put(m, sum(row.values())));
    return Collections.unmodifiableSortedMap(out);
  }

  /** Expected revenue by category over all months. */
  public Map<String, Money> byCategory() {
    LinkedHashMap<String, Money> out = new LinkedHashMap<>();
    cells.values().forEach(row -> row.forEach((c, v) -> out.merge(c, v, Money::plus)));
    return Collections.unmodifiableMap(out);
  }

  /** The total expected revenue. */
  public Money total() {
    Money t = Money.zero(currency);
    for (Map<String, Money> row : cells.values()) {
      t = t.plus(sum(row.values()));
    }
    return t;
  }

  private Money sum(Collection<Money> ms) {
    Money t = Money.zero(currency);
    for (Money m : ms) {
      t = t.plus(m);
    }
    return t;
  }

  /**
   * The pipeline next to a monthly time-series forecast: one row per month of the forecast and of the
   * pipeline (union, in order). A forecast of another frequency (quarterly) is refused: its periods are not
   * the pipeline's months.
   */
  public List<Row> alongside(Forecast forecast) {
    Objects.requireNonNull(forecast, "forecast");
    if (forecast.frequency() != Frequency.MONTHLY) {
      throw Checks.fail("forecast", "must be monthly to lie beside the pipeline's monthly figures", forecast.frequency());
    }
    TreeSet<YearMonth> months = new TreeSet<>(cells.keySet());
    for (ForecastPoint p : forecast.points()) {
      months.add(p.period());
    }
    SortedMap<YearMonth, Money> bm = byMonth();
    List<Row> rows = new ArrayList<>(months.size());
    for (YearMonth m : months) {
      rows.add(new Row(m, forecast.mean(m).isPresent() ? forecast.mean(m).getAsDouble() : null, bm.getOrDefault(m, Money.zero(currency))));
    }
    return List.copyOf(rows);
  }

  @Override
  public String toString() {
    return "PipelineForecast[" + total() + " over " + cells.size() + " months]";
  }

}
