package dev.salesops.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.TextTable;
import dev.salesops.core.model.Outcome;
import dev.salesops.metrics.forecast.Backtest;
import dev.salesops.metrics.forecast.Forecast;
import dev.salesops.metrics.forecast.ForecastPoint;
import dev.salesops.metrics.forecast.Frequency;
import dev.salesops.metrics.forecast.Missing;
import dev.salesops.metrics.forecast.ModelSelection;
import dev.salesops.metrics.forecast.MonthlyForecast;
import dev.salesops.metrics.forecast.OpenDeal;
import dev.salesops.metrics.forecast.PipelineForecast;
import dev.salesops.metrics.forecast.TimeSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The demo's forecast: monthly won revenue in USD (EUR converted at the close date), six months ahead. */
final class ForecastSection {
  private ForecastSection() {}

  /** Monthly won revenue in USD, every month of the history present (zero when nothing was won). */
  static SortedMap<YearMonth, BigDecimal> wonRevenueUsd(DemoCompany c) {
    SortedMap<YearMonth, BigDecimal> history = new TreeMap<>();
    for (YearMonth m = YearMonth.from(c.start()); !m.isAfter(YearMonth.from(c.asOf())); m = m.plusMonths(1)) {
      history.put(m, BigDecimal.ZERO);
    }
    for (DemoDeal d : c.deals()) {
      if (d.outcome() == Outcome.WON && d.opportunity().amount().isPresent()) {
        Money usd = c.rates().convert(d.opportunity().amount().get(), CurrencyUnit.USD, d.closedDate().get(), RoundingMode.HALF_EVEN);
        history.merge(YearMonth.from(d.closedDate().get()), usd.getAmount(), BigDecimal::add);
      }
    }
    return history;
  }

  static DemoRun.Section of(DemoCompany c, ObjectMapper json) {
    SortedMap<YearMonth, BigDecimal> history = wonRevenueUsd(c);
    Forecast f = MonthlyForecast.of(history, 6, 0.95);
    StringBuilder text = new StringBuilder();
    text.append("Won revenue per month in USD (EUR at the close date's rate), ").append(history.size())
        .append(" months of history; method ").append(f.method()).append(' ').append(params(f.parameters())).append(".\n\n");
    TextTable t = new TextTable("month", "forecast USD", "95% low", "95% high");
    ObjectNode node = json.createObjectNode();
    node.put("currency", "USD");
    node.put("method", f.method());
    node.set("parameters", json.valueToTree(f.parameters()));
    ObjectNode hist = node.putObject("history");
    history.forEach((m, v) -> hist.put(m.toString(), v));
    ArrayNode points = node.putArray("forecast");
    for (ForecastPoint p : f.points()) {
      t.row(p.period(), round(p.mean()), p.lower().isPresent() ? round(p.lower().getAsDouble()) : "-",
          p.upper().isPresent() ? round(p.upper().getAsDouble()) : "-");
      ObjectNode pn = points.addObject();
      pn.put("month", p.period().toString());
      pn.put("mean", round(p.mean()));
      if (p.lower().isPresent()) {
        pn.put("lower", round(p.lower().getAsDouble()));
      }
      if (p.upper().isPresent()) {
        pn.put("upper", round(p.upper().getAsDouble()));
      }
    }
    text.append(t.render());

    // the open pipeline by expected close month, amount x the stage's default probability, next to the forecast
    List<OpenDeal> open = new ArrayList<>();
    Map<String, BigDecimal> probabilities = DemoPipeline.probabilities();
    Map<String, String> categories = DemoPipeline.categories();
    for (DemoDeal d : c.deals()) {
      if (d.outcome() == Outcome.OPEN && d.opportunity().amount().isPresent() && d.opportunity().expectedCloseDate().isPresent()) {
        Money usd = c.rates().convert(d.opportunity().amount().get(), CurrencyUnit.USD, c.asOf(), RoundingMode.HALF_EVEN);
        LocalDate close = d.opportunity().expectedCloseDate().get();
        open.add(new OpenDeal(usd, probabilities.get(d.currentStage()), close.isAfter(c.asOf()) ? close : c.asOf().plusDays(1),
            categories.get(d.currentStage())));
      }
    }
    PipelineForecast pipeline = PipelineForecast.of(CurrencyUnit.USD, open);
    text.append("\nOpen pipeline by expected close month (USD at the ").append(c.asOf())
        .append(" rate; amount x stage probability; close dates already past moved to the next day), beside the forecast:\n");
    TextTable pt = new TextTable("month", "forecast USD", "weighted pipeline USD", "COMMIT", "BEST_CASE", "PIPELINE");
    ArrayNode rows = node.putArray("pipeline");
    for (PipelineForecast.Row r : pipeline.alongside(f)) {
      Map<String, Money> cats = pipeline.byMonthAndCategory().getOrDefault(r.period(), Map.of());
      pt.row(r.period(), r.timeSeriesForecast().isPresent() ? round(r.timeSeriesForecast().getAsDouble()) : "-",
          r.pipeline().getAmount(), amount(cats, "COMMIT"), amount(cats, "BEST_CASE"), amount(cats, "PIPELINE"));
      ObjectNode rn = rows.addObject();
      rn.put("month", r.period().toString());
      rn.set("pipeline", json.valueToTree(r.pipeline()));
      rn.set("byCategory", json.valueToTree(cats));
    }
    text.append(pt.render());
    backtest(history, text, node);
    return new DemoRun.Section("forecast", "Forecast (time series and pipeline)", text.toString(), node);
  }

  /** Initial training months and steps ahead of the demo's backtest. */
  private static final int BACKTEST_INITIAL = 12;
  private static final int BACKTEST_HORIZON = 3;

  /**
   * How much to trust a forecast: a rolling-origin backtest of the automatic model choice (AICc) on the same
   * history — 24 months are too few to re-fit Holt-Winters (two seasons) at earlier origins.
   */
  private static void backtest(SortedMap<YearMonth, BigDecimal> history, StringBuilder text, ObjectNode node) {
    TimeSeries s = TimeSeries.of(Frequency.MONTHLY, history, history.firstKey(), history.lastKey(), Missing.ZERO);
    Backtest bt = Backtest.rollingOrigin(ModelSelection.method(), s, BACKTEST_INITIAL, BACKTEST_HORIZON, 0.95);
    text.append("\nBacktest (rolling origin: fit the automatic AICc choice on the first ").append(BACKTEST_INITIAL)
        .append("+ months, forecast ").append(BACKTEST_HORIZON).append(" ahead, roll; ").append(bt.origins())
        .append(" origins). MAPE/sMAPE in %; MASE against the seasonal-naive (or naive) error; coverage of the 95% interval:\n");
    TextTable t = new TextTable("months ahead", "forecasts", "MAE", "RMSE", "MAPE", "sMAPE", "MASE", "coverage");
    ObjectNode bn = node.putObject("backtest");
    bn.put("method", "automatic (AICc)");
    bn.put("initial", BACKTEST_INITIAL);
    bn.put("origins", bt.origins());
    bn.put("level", bt.level());
    ArrayNode steps = bn.putArray("byHorizon");
    for (Backtest.HorizonAccuracy h : bt.byHorizon()) {
      t.row(h.step(), h.count(), fmt(h.mae(), 0), fmt(h.rmse(), 0), fmt(h.mape(), 1), fmt(h.smape(), 1), fmt(h.mase(), 2), fmt(h.coverage(), 2));
      ObjectNode hn = steps.addObject();
      hn.put("step", h.step());
      hn.put("count", h.count());
      put(hn, "mae", h.mae());
      put(hn, "rmse", h.rmse());
      put(hn, "mape", h.mape());
      put(hn, "smape", h.smape());
      put(hn, "mase", h.mase());
      put(hn, "coverage", h.coverage());
    }
    text.append(t.render());
  }

  private static String fmt(OptionalDouble v, int scale) {
    return v.isPresent() ? BigDecimal.valueOf(v.getAsDouble()).setScale(scale, RoundingMode.HALF_EVEN).toPlainString() : "-";
  }

  private static void put(ObjectNode n, String field, OptionalDouble v) {
    if (v.isPresent()) {
      n.put(field, BigDecimal.valueOf(v.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN));
    }
  }

  private static String amount(Map<String, Money> cats, String category) {
    Money m = cats.get(category);
    return m == null ? "-" : m.getAmount().toPlainString();
  }

  private static String params(Map<String, Double> p) {
    StringBuilder b = new StringBuilder();
    p.forEach((k, v) -> b.append(b.length() == 0 ? "(" : ", ").append(k).append('=').append(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN)));
    return b.length() == 0 ? "" : b.append(')').toString();
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_EVEN);
  }
}
