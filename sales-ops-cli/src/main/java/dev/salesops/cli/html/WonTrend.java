package dev.salesops.cli.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.forecast.Forecast;
import dev.salesops.metrics.forecast.ForecastPoint;
import dev.salesops.metrics.forecast.MonthlyForecast;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The {@code trend} section of {@code sales-ops report}: won amount by close month, per currency (currencies
 * are never added), and a forecast of each currency's series by {@link MonthlyForecast} (Holt-Winters from 24
 * months on, Holt's linear trend from 3, simple exponential smoothing at 2; none below) for {@link #HORIZON}
 * months with a {@link #LEVEL} prediction interval. Months without a won deal between the first and the last are
 * zeros. The last month of an export may be partial: the forecast takes it as it is.
 *
 * <p>Rows stream in (memory per currency and month); not thread-safe.
 */
public final class WonTrend implements dev.salesops.cli.report.FastConsumer {
  /** Months forecast. */
  public static final int HORIZON = 6;
  /** Level of the prediction interval. */
  public static final double LEVEL = 0.95;

  private final Map<CurrencyUnit, SortedMap<YearMonth, BigDecimal>> won = new TreeMap<>();

  /** Folds one usable row: a won deal with an amount and a close date counts in its close month. */
  public void add(ExportRow row) {
    if (row.outcome() == Outcome.WON && row.amount().isPresent() && row.closed().isPresent()) {
      Money a = row.amount().get();
      won.computeIfAbsent(a.getCurrencyUnit(), c -> new TreeMap<>()).merge(YearMonth.from(row.closed().get()), a.getAmount(), BigDecimal::add);
    }
  }

  /**
   * Won minor units of the fast lane's rows by currency and close month ({@code year * 12 + month - 1}), folded into
   * {@link #won} when read: the same exact decimal sums as adding each row's amount.
   */
  private final Map<CurrencyUnit, Map<Integer, long[]>> fastWon = new java.util.HashMap<>();
  private CurrencyUnit lastCurrency;
  private Map<Integer, long[]> lastMonths;

  @Override
  public WonTrend newPart() {
    return new WonTrend();
  }

  @Override
  public void mergePart(dev.salesops.cli.report.FastConsumer part) {
    WonTrend p = (WonTrend) part;
    p.foldFast();
    p.won.forEach((c, months) -> months.forEach((ym, v) -> won.computeIfAbsent(c, k -> new TreeMap<>()).merge(ym, v, BigDecimal::add)));
    p.won.clear();
  }

  /** Folds the fast lane's rows as {@link #add} folds the same rows. */
  @Override
  public void addFast(dev.salesops.cli.report.FastRows rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.outcome(i) != Outcome.WON || rows.currency(i) == null || rows.closed(i) == dev.salesops.cli.export.FastSink.NO_DATE) {
        continue;
      }
      CurrencyUnit c = rows.currency(i);
      if (c != lastCurrency) {
        lastMonths = fastWon.computeIfAbsent(c, k -> new java.util.HashMap<>());
        lastCurrency = c;
      }
      java.time.LocalDate d = java.time.LocalDate.ofEpochDay(rows.closed(i));
      int month = d.getYear() * 12 + d.getMonthValue() - 1;
      long[] sum = lastMonths.computeIfAbsent(month, k -> new long[1]);
      long minor = rows.minor(i);
      long r = sum[0] + minor;
      if (((sum[0] ^ r) & (minor ^ r)) < 0) { // would overflow: fold what is there first
        fold(c, month, sum[0]);
        r = minor;
      }
      sum[0] = r;
    }
  }

  private void fold(CurrencyUnit c, int month, long minor) {
    won.computeIfAbsent(c, k -> new TreeMap<>()).merge(YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1),
        BigDecimal.valueOf(minor, c.getDecimalPlaces()), BigDecimal::add);
  }

  private void foldFast() {
    fastWon.forEach((c, months) -> months.forEach((month, sum) -> fold(c, month, sum[0])));
    fastWon.clear();
    lastCurrency = null;
    lastMonths = null;
  }

  /**
   * The JSON section: {@code horizon}, {@code level} and {@code currencies} (per ISO code: {@code history}, a list
   * of {@code month} and {@code won} (decimal text), and {@code forecast} ({@code method}, {@code parameters},
   * {@code points} with {@code month}, {@code mean}, {@code lower}, {@code upper}, rounded half-even to the
   * currency's decimals) or null with a {@code note} when there are fewer than 2 months).
   */
  public ObjectNode toJson(ObjectMapper m) {
    ObjectNode root = m.createObjectNode();
    root.put("basis", "won amount by close month");
    root.put("horizon", HORIZON);
    root.put("level", LEVEL);
    ObjectNode cs = root.putObject("currencies");
    foldFast();
    won.forEach((currency, months) -> {
      SortedMap<YearMonth, BigDecimal> history = new TreeMap<>();
      for (YearMonth ym = months.firstKey(); !ym.isAfter(months.lastKey()); ym = ym.plusMonths(1)) {
        history.put(ym, months.getOrDefault(ym, BigDecimal.ZERO).setScale(currency.getDecimalPlaces(), RoundingMode.UNNECESSARY));
      }
      ObjectNode c = cs.putObject(currency.getCode());
      ArrayNode h = c.putArray("history");
      history.forEach((ym, v) -> h.addObject().put("month", ym.toString()).put("won", v.toPlainString()));
      if (history.size() < 2) {
        c.putNull("forecast");
        c.put("note", "fewer than 2 months of won deals: no forecast");
        return;
      }
      Forecast f = MonthlyForecast.of(history, HORIZON, LEVEL);
      ObjectNode fn = c.putObject("forecast");
      fn.put("method", f.method());
      fn.set("parameters", m.valueToTree(f.parameters()));
      ArrayNode points = fn.putArray("points");
      for (ForecastPoint p : f.points()) {
        ObjectNode pn = points.addObject();
        pn.put("month", p.period().toString());
        pn.put("mean", round(p.mean(), currency));
        if (p.lower().isPresent()) {
          pn.put("lower", round(p.lower().getAsDouble(), currency));
        }
        if (p.upper().isPresent()) {
          pn.put("upper", round(p.upper().getAsDouble(), currency));
        }
      }
    });
    return root;
  }

  private static BigDecimal round(double v, CurrencyUnit c) {
    return BigDecimal.valueOf(v).setScale(c.getDecimalPlaces(), RoundingMode.HALF_EVEN);
  }
}
