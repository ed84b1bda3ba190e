package dev.salesops.cli;

/** Output formats of the command line. */
public enum OutputFormat {
  /** Readable text tables. */
  TEXT,
  /** JSON for machines. */
  JSON
}
