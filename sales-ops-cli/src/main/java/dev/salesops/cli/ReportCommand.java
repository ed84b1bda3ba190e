package dev.salesops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.Field;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.export.RowIssue;
import dev.salesops.cli.html.HtmlDashboard;
import dev.salesops.cli.html.HtmlOutput;
import dev.salesops.cli.html.LocaleConverter;
import dev.salesops.cli.html.WonTrend;
import dev.salesops.cli.report.ExportReport;
import dev.salesops.cli.report.ReportOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.salesops.core.json.SalesOpsJson;
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
      description = "Break down by owner, team, region, product, channel, source, segment, account, month, quarter, year "
          + "or an extra dimension of the mapping; repeat or comma-separate for several breakdowns, join with + to combine (e.g. team+quarter).")
  List<String> by = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", description = "The report date (ISO); default: the latest date in the export.")
  LocalDate asOf;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "Report money in this currency only: allowed only when the export holds no other currency.")
  String currency;

  @Option(names = "--format", defaultValue = "text", converter = DashboardFormatConverter.class,
      description = "text, json or html (a self-contained dashboard; default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path output;

  @Option(names = "--locale", defaultValue = "en", converter = LocaleConverter.class, paramLabel = "TAG",
      description = "Language of the HTML dashboard's labels: en or zh-CN (default: ${DEFAULT-VALUE}).")
  Locale locale;

  @Option(names = "--strict", description = "Fail on the first row that cannot be used.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    ExportMapping m = ExportMapping.read(mapping);
    ExportReader reader = ExportReader.of(m);
    ReportOptions options = ReportOptions.of(m, by, asOf);
    Map<String, ExportReport.FirstWin> firstWins = null;
    if (m.columns().containsKey(Field.ACCOUNT)) {
      // first pass: each account's first won deal, so that "new customers" can be counted (memory per account)
      Map<String, ExportReport.FirstWin> wins = new HashMap<>();
      ExportReader.of(m).read(input, row -> ExportReport.firstWin(wins, row), issue -> { }, false, n -> { });
      firstWins = wins;
    }
    ExportReport report = new ExportReport(options, firstWins);
    WonTrend trend = new WonTrend();
    List<RowIssue> issues = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    ExportReader.Summary summary = reader.read(input, (ExportRow row) -> {
      report.add(row);
      trend.add(row);
    }, issues::add, strict, n -> {
      if (terminal) {
        err.print("\rrows read: " + n);
        err.flush();
      }
    });
    if (terminal && summary.rowsRead() >= 100_000) {
      err.println();
    }
    report.finish(summary, issues);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.TEXT) {
      HtmlOutput.write(report.toText(), output, false, out, err);
      return 0;
    }
    ObjectMapper mapper = SalesOpsJson.mapper();
    ObjectNode json = (ObjectNode) mapper.readTree(report.toJson());
    json.set("trend", trend.toJson(mapper));
    if (format == OutputFormat.JSON) {
      HtmlOutput.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + System.lineSeparator(), output, false, out, err);
    } else {
      HtmlOutput.write(HtmlDashboard.render(HtmlDashboard.Page.REPORT, json, locale), output, true, out, err);
    }
    return 0;
  }
}
