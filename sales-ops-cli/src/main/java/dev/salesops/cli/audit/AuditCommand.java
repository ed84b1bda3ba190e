package dev.salesops.cli.audit;

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
    JSON
  }

  /** Reads {@code text} or {@code json}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("must be text or json: " + value);
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

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The audit date (ISO) for future dates, overdue and stale deals; default: today (UTC).")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    AuditResult r = Auditor.run(input, mapping, date);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(AuditJson.of(r));
    } else {
      out.print(AuditText.of(r));
    }
    return 0;
  }
}
