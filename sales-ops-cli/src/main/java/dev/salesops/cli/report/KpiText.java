package dev.salesops.cli.report;

import dev.salesops.cli.TextTable;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.funnel.FunnelStage;
import dev.salesops.metrics.kpi.CurrencyKpis;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Collectors;

/** Text tables of KPI results, shared by {@code report} and {@code demo}. */
public final class KpiText {
  private KpiText() {}

  /** The standard KPIs, then the money KPIs per currency. */
  public static String kpis(KpiReport r) {
    StringBuilder b = new StringBuilder();
    b.append("== KPIs ==\n");
    TextTable t = new TextTable("kpi", "value", "parts");
    t.row("opportunities", r.records(), "");
    t.row("won", r.won(), "");
    t.row("lost", r.lost(), "");
    t.row("open", r.open(), "");
    Long unmarked = r.missing().get("newCustomerFlag");
    t.row("new customers", r.newCustomers(), unmarked == null ? "" : unmarked + " won deals not marked (no account)");
    t.row("win rate (count)", pct(r.winRate()), parts(r.winRate()));
    Distribution cycle = r.salesCycleDays();
    t.row("sales cycle days (won): mean", num(cycle.mean(), 1), "n=" + cycle.count());
    t.row("sales cycle days: median / p90", scaleOr(cycle.median(), 1, "undefined") + " / "
        + scaleOr(cycle.p90(), 1, "undefined"), "");
    b.append(t.render()).append('\n');
    for (CurrencyKpis c : r.currencies().values()) {
      TextTable ct = new TextTable("kpi (" + c.currency() + ")", "value", "parts");
      ct.row("won amount", c.wonAmount().getAmount().toPlainString(), c.wonCount() + " deals");
      ct.row("win rate (value)", pct(c.winRateByValue()), parts(c.winRateByValue()));
      ct.row("average deal size", num(c.dealSize().mean(), 2), "n=" + c.dealSize().count());
      ct.row("median deal size", scaleOr(c.dealSize().median(), 2, "undefined"), "");
      ct.row("open pipeline", c.openPipeline().getAmount().toPlainString(), c.openCount() + " deals");
      ct.row("weighted pipeline", scale(c.weightedPipeline(), 2), c.weightedCount() + " deals with a probability");
      ct.row("sales velocity per day", num(c.salesVelocityPerDay(), 2), c.qualifiedOpenCount() + " qualified open deals");
      b.append(ct.render()).append('\n');
    }
    return b.toString();
  }

  /** The funnel table and its bottleneck. */
  public static String funnel(Funnel f) {
    StringBuilder b = new StringBuilder("== Funnel ==\n");
    TextTable t = new TextTable("stage", "reached", "advanced", "conversion", "avg days in stage");
    for (FunnelStage s : f.stages()) {
      t.row(s.stage(), s.reached(), s.advanced(), pct(s.conversion()), num(s.averageDaysInStage(), 1));
    }
    b.append(t.render());
    b.append("Bottleneck (lowest conversion among stages with enough deals): ")
        .append(f.bottleneck().isPresent() ? f.bottleneck().get().stage() + " at " + pct(f.bottleneck().get().conversion()) : "none")
        .append("\n\n");
    return b.toString();
  }

  /** One breakdown as a table. */
  public static String breakdown(String label, KpiBreakdown bd) {
    StringBuilder b = new StringBuilder("== By " + label + " ==\n");
    TextTable t = new TextTable(label, "opps", "won", "lost", "open", "win rate", "won amount", "median cycle");
    for (KpiBreakdown.Group g : bd.groups()) {
      KpiReport r = g.report();
      String won = r.currencies().values().stream().filter(c -> c.wonCount() > 0)
          .map(c -> c.currency() + " " + c.wonAmount().getAmount().toPlainString()).collect(Collectors.joining(", "));
      t.row(String.join(" / ", g.key().stream().map(k -> k.isEmpty() ? "(none)" : k).collect(Collectors.toList())),
          r.records(), r.won(), r.lost(), r.open(), pct(r.winRate()), won.isEmpty() ? "-" : won,
          scaleOr(r.salesCycleDays().median(), 1, "-"));
    }
    b.append(t.render()).append('\n');
    return b.toString();
  }

  /** A ratio as a percentage with one decimal, or "undefined". */
  public static String pct(Ratio r) {
    Optional<BigDecimal> v = r.value(4, RoundingMode.HALF_EVEN);
    return v.isPresent() ? v.get().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + "%" : "undefined";
  }

  /** "numerator/denominator". */
  public static String parts(Ratio r) {
    return r.numerator().toPlainString() + "/" + r.denominator().toPlainString();
  }

  /** A ratio rounded to {@code scale} decimals, or "undefined". */
  public static String num(Ratio r, int scale) {
    Optional<BigDecimal> v = r.value(scale, RoundingMode.HALF_EVEN);
    return v.isPresent() ? v.get().toPlainString() : "undefined";
  }

  // Optionals read with isPresent/get rather than map(lambda) here: each lambda costs an invokedynamic bootstrap (a
  // class generated) on every run's start-up, and the report's start-up is part of what issue 14 measures

  /** {@code d} rounded to {@code scale} decimals, or {@code otherwise} when it is empty. */
  static String scaleOr(Optional<BigDecimal> d, int scale, String otherwise) {
    return d.isPresent() ? scale(d.get(), scale) : otherwise;
  }

  /** A decimal rounded to {@code scale} decimals. */
  public static String scale(BigDecimal d, int scale) {
    return d.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }
}
