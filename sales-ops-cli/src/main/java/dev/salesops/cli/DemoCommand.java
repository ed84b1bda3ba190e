package dev.salesops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.cli.CliJson;
import dev.salesops.cli.demo.DemoCompany;
import dev.salesops.cli.demo.DemoExport;
import dev.salesops.cli.demo.DemoGenerator;
import dev.salesops.cli.demo.DemoRun;
import dev.salesops.cli.html.HtmlDashboard;
import dev.salesops.cli.html.HtmlOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sales-ops demo}: the bundled sample company through the whole library. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate the bundled sample company (deterministic) and run the whole library on it.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the sample company (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--deals", defaultValue = "5000", description = "Number of opportunities (default: ${DEFAULT-VALUE}).")
  int deals;

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

  @Option(names = "--export", paramLabel = "DIR",
      description = "Also write the company as a CRM export (opportunities.csv, reps.csv, mapping.json) into DIR.")
  Path export;

  @Option(names = "--dirty",
      description = "With --export: write a dirty export (near-duplicate values, join misses, double entries, impossible dates, "
          + "odd amounts, shape problems) with accounts.csv and products.csv, for sales-ops audit to find.")
  boolean dirty;

  @Override
  public Integer call() throws Exception {
    if (dirty && export == null) {
      throw new IllegalArgumentException("--dirty needs --export DIR");
    }
    if (deals < 1 || deals > 1_000_000) {
      throw new IllegalArgumentException("--deals must be within [1, 1000000]: " + deals);
    }
    DemoCompany company = DemoGenerator.generate(seed, deals);
    DemoRun run = DemoRun.of(company, SalesOpsCli.locale(spec));
    if (export != null) {
      DemoExport.write(company, export, dirty);
      spec.commandLine().getErr().println("wrote " + export.resolve("opportunities.csv") + ", reps.csv" + (dirty ? ", accounts.csv, products.csv" : "")
          + " and mapping.json" + (dirty ? " (dirty: try sales-ops audit)" : ""));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == OutputFormat.TEXT) {
      HtmlOutput.write(run.toText(), output, false, out, err);
      return 0;
    }
    ObjectNode json = run.toJson(CliJson.mapper());
    if (format == OutputFormat.JSON) {
      HtmlOutput.write(CliJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + System.lineSeparator(),
          output, false, out, err);
    } else {
      HtmlOutput.write(HtmlDashboard.render(HtmlDashboard.Page.DEMO, json, locale()), output, true, out, err);
    }
    return 0;
  }
}
