package dev.salesops.cli.report;

/**
 * What else takes the fast lane's rows besides the {@link ExportReport} (e.g. the won trend), in parts that merge
 * exactly: a part takes the rows read on another thread and is merged at the end, when that read counted.
 */
public interface FastConsumer {
  /** Folds a batch of the fast lane's rows. */
  void addFast(FastRows rows);

  /** A new empty part of the same kind. */
  FastConsumer newPart();

  /** Folds in a part made by {@link #newPart()}, as if its rows had been added here. */
  void mergePart(FastConsumer part);
}
