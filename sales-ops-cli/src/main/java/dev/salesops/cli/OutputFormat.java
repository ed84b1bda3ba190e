package dev.salesops.cli;

/** Output formats of the command line. */
public enum OutputFormat {
  /** Readable text tables. */
  TEXT,
  /** JSON for machines. */
  JSON,
  /** A self-contained HTML dashboard drawn from the JSON (commands that support it: report, demo). */
  HTML
}
