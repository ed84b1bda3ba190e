package dev.salesops.cli.audit;

import dev.salesops.cli.html.HtmlDashboard;
import dev.salesops.cli.html.HtmlOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sales-ops audit}: the data-quality audit of an opportunity export, read through the same mapping as
 * {@code report}. Exit code 0 whenever the audit ran (findings are results, not errors); 1 with one line on
 * stderr when a file cannot be read or the mapping is refused.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Data-quality audit of an opportunity export (CSV) read through a mapping file: near-duplicate values, join misses, "
        + "missing accounts, double entries, impossible dates, amount patterns and shape, each with examples and a fix.")
public final class AuditCommand implements Callable<Integer> {

  /** Output formats of {@code audit}. */
  public enum Format {
    /** Readable text. */
    TEXT,
    /** JSON for machines. */
    JSON,
    /** A self-contained HTML page drawn from the JSON (dev.salesops.cli.html). */
    HTML
  }

  /** Reads {@code text}, {@code json} or {@code html}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("must be text, json or html: " + value);
      }
    }
  }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "The export.")
  Path input;

  @Option(names = "--mapping", required = true, paramLabel = "MAPPING.json",
      description = "How the export's columns map (the report's mapping; its \"audit\" object tunes the checks).")
  Path mapping;

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class, description = "text, json or html (a self-contained page; default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path output;

  /** The dashboard's language: the command line's inherited {@code --locale} (en or zh-CN). */
  private Locale locale() {
    Locale chosen = dev.salesops.cli.SalesOpsCli.locale(spec);
    return HtmlDashboard.supported(chosen.equals(Locale.ROOT) ? Locale.ENGLISH : chosen);
  }

  @Option(names = "--as-of", paramLabel = "DATE", description = "The audit date (ISO) for future dates, overdue and stale deals; default: today (UTC).")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    AuditResult r = Auditor.run(input, mapping, date);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.JSON) {
      HtmlOutput.write(AuditJson.of(r) + System.lineSeparator(), output, false, out, err);
    } else if (format == Format.HTML) {
      HtmlOutput.write(HtmlDashboard.render(HtmlDashboard.Page.AUDIT, AuditJson.tree(r), locale()), output, true, out, err);
    } else {
      HtmlOutput.write(AuditText.of(r), output, false, out, err);
    }
    return 0;
  }
}
