package dev.salesops.spark;

import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.report.ReportOptions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a report is asked for, in a form Spark ships to executors: the mapping file's JSON text and the directory
 * its side files resolve against, the {@code --by} breakdowns and the optional {@code --as-of} date. Every
 * executor parses the same mapping with the CLI's {@link ExportMapping#parse(String, Path)} and builds the same
 * {@link ReportOptions#of} as {@code sales-ops report}, so partial states agree on their configuration
 * fingerprint.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSpec implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<ReportSpec, ReportOptions> OPTIONS = new ConcurrentHashMap<>();

  private final String mappingJson;
  private final String mappingDir;
  private final ArrayList<String> by;
  private final String asOf;

  private ReportSpec(String mappingJson, String mappingDir, List<String> by, LocalDate asOf) {
    this.mappingJson = Objects.requireNonNull(mappingJson, "mappingJson");
    this.mappingDir = Objects.requireNonNull(mappingDir, "mappingDir");
    this.by = new ArrayList<>(Objects.requireNonNull(by, "by"));
    this.asOf = asOf == null ? null : asOf.toString();
  }

  /** The spec of {@code sales-ops report --mapping FILE [--by ...] [--as-of DATE]} ({@code asOf} may be null). */
  public static ReportSpec of(Path mappingFile, List<String> by, LocalDate asOf) throws IOException {
    Objects.requireNonNull(mappingFile, "mappingFile");
    String json = Files.readString(mappingFile);
    ReportSpec spec = new ReportSpec(json, mappingFile.toAbsolutePath().getParent().toString(), by, asOf);
    spec.options(); // refuse a bad mapping or --by here, on the driver
    return spec;
  }

  /** The mapping file's text. */
  String mappingJson() {
    return mappingJson;
  }

  /** The folder side files resolve against. */
  String mappingDir() {
    return mappingDir;
  }

  /** The mapping, parsed as the CLI parses it. */
  public ExportMapping mapping() {
    return options().mapping();
  }

  /** The report options, as {@code sales-ops report} builds them (cached per JVM). */
  public ReportOptions options() {
    return OPTIONS.computeIfAbsent(this, s -> {
      try {
        return ReportOptions.of(ExportMapping.parse(mappingJson, Path.of(mappingDir)), by, asOf == null ? null : LocalDate.parse(asOf));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportSpec s && s.mappingJson.equals(mappingJson) && s.mappingDir.equals(mappingDir) && s.by.equals(by)
        && Objects.equals(s.asOf, asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mappingJson, mappingDir, by, asOf);
  }

  @Override
  public String toString() {
    return "ReportSpec{by " + by + ", asOf " + asOf + "}";
  }
}
