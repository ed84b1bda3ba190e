package dev.salesops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.export.RowIssue;
import dev.salesops.cli.html.HtmlDashboard;
import dev.salesops.cli.html.HtmlOutput;
import dev.salesops.cli.html.WonTrend;
import dev.salesops.cli.report.ExportReport;
import dev.salesops.cli.report.PipelinedRead;
import dev.salesops.cli.report.ReportOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import dev.salesops.core.money.Monies;
import dev.salesops.metrics.stats.PercentileMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.salesops.cli.CliJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sales-ops report}: KPIs of an opportunity export from any CRM. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "KPIs of an opportunity export (CSV) read through a mapping file.")
final class ReportCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "The export.")
  Path input;

  @Option(names = "--mapping", required = true, paramLabel = "MAPPING.json", description = "How the export's columns map.")
  Path mapping;

  @Option(names = "--by", split = ",", paramLabel = "DIM",
      description = "Break down by owner, team, region, product, channel, source, segment, account, month, quarter, year, "
          + "iso-week, fiscal-year:MONTH, fiscal-quarter:MONTH (e.g. fiscal-quarter:APRIL) or an extra dimension of the mapping; repeat or comma-separate for several breakdowns, join with + to combine (e.g. team+quarter).")
  List<String> by = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", description = "The report date (ISO); default: the latest date in the export.")
  LocalDate asOf;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "Confirm that every amount of the export is in this currency (ISO code); refused (exit 1) when the export holds another.")
  String currency;

  @Option(names = "--format", defaultValue = "text", converter = DashboardFormatConverter.class,
      description = "text, json or html (a self-contained dashboard; default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path output;

  /** The dashboard's language: the command line's inherited {@code --locale} (en or zh-CN). */
  private Locale locale() {
    Locale chosen = SalesOpsCli.locale(spec);
    return HtmlDashboard.supported(chosen.equals(Locale.ROOT) ? Locale.ENGLISH : chosen);
  }

  @Option(names = "--strict", description = "Fail on the first row that cannot be used.")
  boolean strict;

  @Option(names = "--percentile", defaultValue = "linear", paramLabel = "METHOD",
      description = "How medians and p90 are read: linear (interpolated, as Excel PERCENTILE.INC; the default) or nearest-rank.")
  String percentile;

  @Option(names = "--cycle", defaultValue = "won", paramLabel = "DEALS",
      description = "Sales cycle of won deals (the default) or of closed deals too (closed: won and lost, printed beside the won one).")
  String cycle;

  @Option(names = "--audit", description = "Also run the data-quality audit (a second pass over the export) and print its "
      + "one-line summary; without it, report points to sales-ops audit.")
  boolean audit;

  @Option(names = "--progress", description = "Print the rows read to stderr every 100,000 rows (the default when there is a console).")
  boolean progress;

  /** Takes the fast lane's rows and keeps nothing (a text report has no trend). */
  private static final dev.salesops.cli.report.FastConsumer NO_TREND = new dev.salesops.cli.report.FastConsumer() {
    @Override
    public void addFast(dev.salesops.cli.report.FastRows rows) {}

    @Override
    public dev.salesops.cli.report.FastConsumer newPart() {
      return this;
    }

    @Override
    public void mergePart(dev.salesops.cli.report.FastConsumer part) {}
  };

  /** The streams of a run without picocli ({@link QuickReport}); null: the command line's. */
  private PrintWriter quickOut;
  private PrintWriter quickErr;

  /**
   * A run of the plain {@code report --input FILE --mapping FILE} that {@link QuickReport} recognised without
   * picocli: the options keep their defaults, output goes to {@code out} and {@code err}.
   */
  static ReportCommand quick(Path input, Path mapping, PrintWriter out, PrintWriter err) {
    ReportCommand c = new ReportCommand();
    c.input = input;
    c.mapping = mapping;
    c.format = OutputFormat.TEXT;
    c.percentile = "linear";
    c.cycle = "won";
    c.quickOut = out;
    c.quickErr = err;
    return c;
  }

  @Override
  public Integer call() throws Exception {
    PercentileMethod method;
    switch (percentile) {
      case "linear":
        method = PercentileMethod.LINEAR;
        break;
      case "nearest-rank":
        method = PercentileMethod.NEAREST_RANK;
        break;
      default:
        throw new IllegalArgumentException("--percentile must be linear or nearest-rank: " + percentile);
    }
    ReportOptions.Cycle cycleDeals;
    switch (cycle) {
      case "won":
        cycleDeals = ReportOptions.Cycle.WON;
        break;
      case "closed":
        cycleDeals = ReportOptions.Cycle.CLOSED;
        break;
      default:
        throw new IllegalArgumentException("--cycle must be won or closed: " + cycle);
    }
    if (currency != null) {
      try {
        Monies.currency(currency, "--currency");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--currency must be a known ISO-4217 code: " + currency);
      }
    }
    ExportMapping m = ExportMapping.read(mapping);
    ExportReader reader = ExportReader.of(m);
    ReportOptions options = ReportOptions.of(m, by, asOf, method, cycleDeals);
    ExportReport report = new ExportReport(options);
    WonTrend trend = new WonTrend();
    PrintWriter err = quickErr != null ? quickErr : spec.commandLine().getErr();
    boolean show = progress || isTerminal();
    // one pass: usable rows into the accumulators, issues grouped as they come
    // the monthly trend is only in the JSON and the dashboard: a text report does not compute it
    boolean withTrend = format != OutputFormat.TEXT;
    ExportReader.Summary summary = PipelinedRead.read(reader, input, report, withTrend ? trend::add : row -> { },
        withTrend ? trend : NO_TREND, strict, n -> {
      if (show) {
        err.print("\rrows read: " + n);
        err.flush();
      }
    });
    if (show && summary.rowsRead() >= 100_000) {
      err.println();
    }
    if (summary.rowsUsed() == 0) {
      String most = report.issueGroups().stream().max(java.util.Comparator.comparingLong(ExportReport.IssueGroup::count))
          .map(g -> "; most common issue: column \"" + g.examples().get(0).column() + "\": " + g.examples().get(0).reason() + " ("
              + g.count() + " rows, first on line " + g.examples().get(0).line() + ")")
          .orElse("");
      err.println("sales-ops: no row of " + input.getFileName() + " could be used (" + summary.rowsRead() + " read, "
          + summary.rowsSkipped() + " skipped" + most + "); nothing to report");
      err.flush();
      return 1;
    }
    if (currency != null) {
      Set<String> others = new TreeSet<>(reader.currencies());
      others.remove(currency);
      if (!others.isEmpty()) {
        throw new IllegalArgumentException("--currency " + currency + " is refused: the export holds amounts in " + String.join(", ", others)
            + " (every currency is reported apart; --currency only confirms the single currency of an export)");
      }
    }
    report.finish(summary, reader.usedMinor(), reader.skippedMinor());
    java.util.Optional<String> footer = auditSummary(m);
    if (footer.isPresent()) { // not ifPresent(report::addFooter): no invokedynamic bootstrap at start-up (issue 14)
      report.addFooter(footer.get());
    }
    PrintWriter out = quickOut != null ? quickOut : spec.commandLine().getOut();
    if (format == OutputFormat.TEXT) {
      HtmlOutput.write(report.toText(), output, false, out, err);
      return 0;
    }
    ObjectMapper mapper = CliJson.mapper();
    ObjectNode json = (ObjectNode) mapper.readTree(report.toJson());
    json.set("trend", trend.toJson(mapper));
    if (format == OutputFormat.JSON) {
      HtmlOutput.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + System.lineSeparator(), output, false, out, err);
    } else {
      HtmlOutput.write(HtmlDashboard.render(HtmlDashboard.Page.REPORT, json, locale()), output, true, out, err);
    }
    return 0;
  }

  /**
   * The audit's one-line summary (with {@code --audit}: the audit runs as a second pass over the export, with
   * the mapping's "audit" configuration), or a line pointing to {@code sales-ops audit}. Report's own pass
   * stays the one pass of the report: the audit costs about as much again, so it is asked for, not imposed.
   */
  java.util.Optional<String> auditSummary(ExportMapping m) {
    if (!audit) {
      return java.util.Optional.of("audit: not run; for near-duplicate values, join misses, double entries, impossible dates"
          + " and amount patterns run sales-ops audit --input " + input.getFileName() + " --mapping " + mapping.getFileName()
          + " (or report --audit)");
    }
    try {
      LocalDate day = asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC);
      return java.util.Optional.of(dev.salesops.cli.audit.Auditor.run(input, mapping, day).summary().oneLine());
    } catch (java.io.IOException e) {
      return java.util.Optional.of("audit: could not run (" + e.getMessage() + ")");
    }
  }

  /** Whether there is a console (Java cannot ask about stderr alone; on JDK 22+ the console must be a terminal). */
  private static boolean isTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17..21: a console is a terminal
    }
  }
}
