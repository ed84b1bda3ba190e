package dev.salesops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salesops.core.json.SalesOpsJson;
import dev.salesops.cli.demo.DemoCompany;
import dev.salesops.cli.demo.DemoExport;
import dev.salesops.cli.demo.DemoGenerator;
import dev.salesops.cli.demo.DemoRun;
import java.nio.file.Path;
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

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
      description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--export", paramLabel = "DIR",
      description = "Also write the company as a CRM export (opportunities.csv, reps.csv, mapping.json) into DIR.")
  Path export;

  @Override
  public Integer call() throws Exception {
    if (deals < 1 || deals > 1_000_000) {
      throw new IllegalArgumentException("--deals must be within [1, 1000000]: " + deals);
    }
    DemoCompany company = DemoGenerator.generate(seed, deals);
    DemoRun run = DemoRun.of(company, SalesOpsCli.locale(spec));
    if (export != null) {
      DemoExport.write(company, export);
      spec.commandLine().getErr().println("wrote " + export.resolve("opportunities.csv") + ", reps.csv and mapping.json");
    }
    if (format == OutputFormat.JSON) {
      ObjectNode json = run.toJson(SalesOpsJson.mapper());
      spec.commandLine().getOut().println(SalesOpsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    } else {
      spec.commandLine().getOut().print(run.toText());
    }
    return 0;
  }
}
