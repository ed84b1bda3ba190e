package dev.salesops.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.json.SalesOpsJson;
import dev.salesops.cli.TextTable;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.export.RowIssue;
import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.funnel.FunnelStage;
import dev.salesops.metrics.kpi.BreakdownAccumulator;
import dev.salesops.metrics.kpi.CurrencyKpis;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.KpiAccumulator;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.metrics.kpi.Outcome;
import dev.salesops.metrics.period.PeriodScheme;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The KPI report of an export: rows stream into one {@link KpiAccumulator} and one {@link
 * BreakdownAccumulator} per requested breakdown (memory proportional to groups, not rows, except the exact
 * percentiles), then finish into text or JSON with the data-quality section.
 *
 * <p>Not thread-safe: one report per read.
 */
public final class ExportReport {
  /** Issues listed in text output (all of them are in JSON). */
  static final int TEXT_ISSUES = 25;

  private final ReportOptions options;
  private final Map<String, FirstWin> firstWins;
  private final KpiAccumulator total;
  private final List<BreakdownAccumulator> breakdowns = new ArrayList<>();
  private ExportReader.Summary summary;
  private List<RowIssue> issues = List.of();

  /**
   * The first won deal of an account: a won deal is a <em>new customer</em> when it is its account's first
   * (earliest close date; on the same date, the smallest id).
   *
   * @param closed the close date
   * @param id the deal's id
   */
  public record FirstWin(LocalDate closed, String id) {
    boolean isBefore(FirstWin o) {
      int c = closed.compareTo(o.closed);
      return c < 0 || c == 0 && id.compareTo(o.id) < 0;
    }
  }

  /** Folds one usable row into the first wins per account (the first pass of a report with an account column). */
  public static void firstWin(Map<String, FirstWin> firstWins, ExportRow row) {
    if (row.outcome() == dev.salesops.cli.export.Outcome.WON && row.closed().isPresent() && row.dimension("account").isPresent()) {
      FirstWin w = new FirstWin(row.closed().get(), row.id());
      firstWins.merge(row.dimension("account").get(), w, (a, b) -> b.isBefore(a) ? b : a);
    }
  }

  /** A report for {@code options}, without new-customer marks (no account column, or no first pass). */
  public ExportReport(ReportOptions options) {
    this(options, null);
  }

  /**
   * A report for {@code options}; {@code firstWins} (from a first pass, see {@link #firstWin}) marks each won
   * deal with an account as a new customer or not.
   */
  public ExportReport(ReportOptions options, Map<String, FirstWin> firstWins) {
    this.options = options;
    this.firstWins = firstWins;
    this.total = new KpiAccumulator(options.kpiOptions());
    for (ReportOptions.Breakdown b : options.breakdowns()) {
      breakdowns.add(b.period().isPresent()
          ? BreakdownAccumulator.byPeriod(options.kpiOptions(), b.period().get(), b.dimensions().toArray(new Dimension[0]))
          : BreakdownAccumulator.by(options.kpiOptions(), b.dimensions().toArray(new Dimension[0])));
    }
  }

  /** Adds a usable row. */
  public void add(ExportRow row) {
    DealRecord r = toRecord(row);
    if (firstWins != null && r.outcome() == Outcome.WON && row.closed().isPresent() && row.dimension("account").isPresent()) {
      FirstWin first = firstWins.get(row.dimension("account").get());
      r = r.toBuilder().newCustomer(first != null && first.id().equals(row.id())).build();
    }
    total.add(r);
    for (BreakdownAccumulator b : breakdowns) {
      b.add(r);
    }
  }

  /** The KPI record of an export row. */
  public static DealRecord toRecord(ExportRow row) {
    DealRecord.Builder b = DealRecord.builder()
        .id(row.id())
        .stage(row.stage())
        .outcome(row.outcome() == dev.salesops.cli.export.Outcome.WON ? Outcome.WON
            : row.outcome() == dev.salesops.cli.export.Outcome.LOST ? Outcome.LOST : Outcome.OPEN)
        .owner(row.dimension("owner").orElse(null))
        .team(row.dimension("team").orElse(null))
        .region(row.dimension("region").orElse(null))
        .productLine(row.dimension("product").orElse(null))
        .channel(row.dimension("channel").orElse(null))
        .leadSource(row.dimension("source").orElse(null))
        .segment(row.dimension("segment").orElse(null))
        .account(row.dimension("account").orElse(null))
        .createdDate(row.created().orElse(null))
        .closedDate(row.closed().orElse(null))
        .lostReason(row.lostReason().orElse(null))
        .lostAtStage(row.lostAt().orElse(null));
    row.amount().ifPresent(b::amount);
    row.dimensions().forEach((k, v) -> {
      if (!STANDARD.contains(k)) {
        b.dimension(k, v);
      }
    });
    return b.build();
  }

  private static final java.util.Set<String> STANDARD =
      java.util.Set.of("owner", "team", "region", "product", "channel", "source", "segment", "account");

  /** Ends the read. */
  public void finish(ExportReader.Summary summary, List<RowIssue> issues) {
    this.summary = summary;
    this.issues = List.copyOf(issues);
  }

  /** The report over all rows. */
  public KpiReport report() {
    return total.finish();
  }

  /** The breakdowns, in the order asked. */
  public List<KpiBreakdown> breakdowns() {
    return breakdowns.stream().map(BreakdownAccumulator::finish).collect(Collectors.toList());
  }

  /** The issues of the skipped rows. */
  public List<RowIssue> issues() {
    return issues;
  }

  /** The read summary. */
  public ExportReader.Summary summary() {
    return summary;
  }

  /** JSON output (documented in docs/CLI.md). */
  public String toJson() throws JsonProcessingException {
    ObjectMapper m = SalesOpsJson.mapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode s = root.putObject("summary");
    s.put("rowsRead", summary.rowsRead());
    s.put("rowsUsed", summary.rowsUsed());
    s.put("rowsSkipped", summary.rowsSkipped());
    s.put("issues", summary.issues());
    s.put("window", options.kpiOptions().window().toString());
    root.set("report", m.readTree(report().toJson(m)));
    ArrayNode bs = root.putArray("breakdowns");
    for (KpiBreakdown b : breakdowns()) {
      bs.add(m.readTree(b.toJson(m)));
    }
    ObjectNode dq = root.putObject("dataQuality");
    dq.put("rowsSkipped", summary.rowsSkipped());
    ArrayNode list = dq.putArray("issues");
    for (RowIssue i : issues) {
      ObjectNode n = list.addObject();
      n.put("line", i.line());
      n.put("column", i.column());
      n.put("value", i.value());
      n.put("reason", i.reason());
    }
    dq.set("missing", m.valueToTree(report().missing()));
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Text output: tables. */
  public String toText() {
    KpiReport r = report();
    StringBuilder b = new StringBuilder();
    b.append("Rows: ").append(summary.rowsRead()).append(" read, ").append(summary.rowsUsed()).append(" used, ")
        .append(summary.rowsSkipped()).append(" skipped (see data quality). Window: ").append(options.kpiOptions().window()).append(".\n\n");
    b.append(KpiText.kpis(r));
    r.funnel().ifPresent(f -> b.append(KpiText.funnel(f)));
    List<KpiBreakdown> bds = breakdowns();
    for (int i = 0; i < bds.size(); i++) {
      b.append(KpiText.breakdown(options.breakdowns().get(i).label(), bds.get(i)));
    }
    b.append("== Data quality ==\n");
    b.append(summary.rowsSkipped()).append(" rows skipped with ").append(summary.issues()).append(" issues.\n");
    issues.stream().limit(TEXT_ISSUES).forEach(i -> b.append("  ").append(i.message()).append('\n'));
    if (issues.size() > TEXT_ISSUES) {
      b.append("  ... ").append(issues.size() - TEXT_ISSUES).append(" more (all of them with --format json)\n");
    }
    if (!r.missing().isEmpty()) {
      b.append("Rows left out of the KPIs that need a field they lack:\n");
      r.missing().forEach((field, n) -> b.append("  ").append(field).append(": ").append(n).append('\n'));
    }
    return b.toString();
  }
}
