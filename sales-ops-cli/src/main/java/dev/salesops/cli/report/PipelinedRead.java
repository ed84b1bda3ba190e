package dev.salesops.cli.report;

import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.cli.export.RowIssue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

/**
 * One pass over an export on two threads: a reader thread parses and checks the rows ({@link ExportReader})
 * and hands them, with the issues, in batches to the calling thread, which adds them to the {@link
 * ExportReport}; both run at once, like the two halves of a query engine's scan. The order of rows and issues
 * is kept, so the report is the one a single thread computes. At most {@value #QUEUE} batches of {@value
 * #BATCH} rows wait in between (bounded memory).
 */
public final class PipelinedRead {
  static final int BATCH = 2048;
  static final int QUEUE = 8;
  private static final List<Object> END = new ArrayList<>();

  private PipelinedRead() {}

  /** Reads {@code csv} into {@code report}; failures of the reader (I/O, strict mode) are rethrown here. */
  public static ExportReader.Summary read(ExportReader reader, Path csv, ExportReport report, boolean strict, LongConsumer progress)
      throws IOException {
    return read(reader, csv, report, row -> { }, strict, progress);
  }

  /**
   * As {@link #read(ExportReader, Path, ExportReport, boolean, LongConsumer)}, and every usable row is also handed
   * to {@code alsoRows} on the calling thread, after the report (e.g. the HTML dashboard's monthly trend).
   */
  public static ExportReader.Summary read(ExportReader reader, Path csv, ExportReport report,
      java.util.function.Consumer<ExportRow> alsoRows, boolean strict, LongConsumer progress) throws IOException {
    return read(reader, csv, report, alsoRows, null, strict, progress);
  }

  /**
   * As {@link #read(ExportReader, Path, ExportReport, java.util.function.Consumer, boolean, LongConsumer)}, with the
   * reader's fast lane when {@code alsoFast} is given and the report takes it ({@link ExportReport#takesFastRows()}):
   * clean rows then travel as {@link FastRows} batches, handed to the report and then to {@code alsoFast}; the
   * figures and issues are those of the explained path.
   */
  public static ExportReader.Summary read(ExportReader reader, Path csv, ExportReport report,
      java.util.function.Consumer<ExportRow> alsoRows, FastConsumer alsoFast, boolean strict,
      LongConsumer progress) throws IOException {
    boolean fast = alsoFast != null && report.takesFastRows();
    TailSink tail = fast ? new TailSink(report.newPart(), alsoFast.newPart()) : null;
    BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUE);
    ExportReader.Summary[] summary = new ExportReader.Summary[1];
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(() -> {
      Batch batch = new Batch(queue);
      try {
        summary[0] = reader.read(csv, fast ? batch : null, tail, row -> add(queue, batch, row), issue -> add(queue, batch, issue), strict,
            progress);
        batch.endFast();
        if (!batch.items.isEmpty()) {
          queue.put(batch.items);
        }
      } catch (Throwable e) {
        failure[0] = e;
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "sales-ops-reader");
    t.setDaemon(true);
    t.start();
    try {
      while (true) {
        List<Object> b = queue.take();
        if (b == END) {
          break;
        }
        for (Object o : b) {
          if (o instanceof FastRows) {
            report.addFast((FastRows) o);
            alsoFast.addFast((FastRows) o);
          } else if (o instanceof ExportRow) {
            report.add((ExportRow) o);
            alsoRows.accept((ExportRow) o);
          } else {
            report.addIssue((RowIssue) o);
          }
        }
      }
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (failure[0] == null && tail != null && reader.tailUsed()) {
      tail.flush();
      report.mergePart(tail.report);
      alsoFast.mergePart(tail.also);
    }
    if (failure[0] instanceof IOException) {
      throw (IOException) failure[0];
    }
    if (failure[0] instanceof RuntimeException) {
      throw (RuntimeException) failure[0];
    }
    if (failure[0] instanceof Error) {
      throw (Error) failure[0];
    }
    return summary[0];
  }

  /**
   * The batch being filled by the reader thread: rows and issues in file order, the fast lane's rows gathered in
   * {@link FastRows} chunks (a chunk ends where an explained row or an issue comes, so the order is kept).
   */
  private static final class Batch implements dev.salesops.cli.export.FastSink {
    final BlockingQueue<List<Object>> queue;
    List<Object> items = new ArrayList<>(BATCH);
    FastRows rows;

    Batch(BlockingQueue<List<Object>> queue) {
      this.queue = queue;
    }

    @Override
    public void deal(dev.salesops.core.model.Outcome outcome, String stage, int createdDay, int closedDay,
        org.joda.money.CurrencyUnit currency, long amountMinor, String lostReason, String lostAt, String account, String id) {
      if (rows == null) {
        rows = new FastRows(FAST_BATCH);
      }
      rows.deal(outcome, stage, createdDay, closedDay, currency, amountMinor, lostReason, lostAt, account, id);
      if (rows.full()) {
        FastRows r = rows;
        rows = null;
        add(queue, this, r);
      }
    }

    void endFast() {
      if (rows != null) {
        FastRows r = rows;
        rows = null;
        items.add(r);
      }
    }
  }

  /**
   * Takes the rows of the second half of the file, read on the reader's second thread: they go straight into parts
   * of the report and of {@code alsoFast}, merged at the end only when the reader says that half counted.
   */
  private static final class TailSink implements dev.salesops.cli.export.FastSink {
    final ExportReport report;
    final FastConsumer also;
    final FastRows rows = new FastRows(FAST_BATCH);

    TailSink(ExportReport report, FastConsumer also) {
      this.report = report;
      this.also = also;
    }

    @Override
    public void deal(dev.salesops.core.model.Outcome outcome, String stage, int createdDay, int closedDay,
        org.joda.money.CurrencyUnit currency, long amountMinor, String lostReason, String lostAt, String account, String id) {
      rows.deal(outcome, stage, createdDay, closedDay, currency, amountMinor, lostReason, lostAt, account, id);
      if (rows.full()) {
        flush();
      }
    }

    void flush() {
      if (rows.size > 0) {
        report.addFast(rows);
        also.addFast(rows);
        rows.size = 0;
      }
    }
  }

  /** Rows per fast-lane chunk. */
  static final int FAST_BATCH = 4096;

  private static void add(BlockingQueue<List<Object>> queue, Batch batch, Object o) {
    if (!(o instanceof FastRows)) {
      batch.endFast();
    }
    batch.items.add(o);
    if (batch.items.size() == BATCH || o instanceof FastRows) {
      try {
        queue.put(batch.items);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      batch.items = new ArrayList<>(BATCH);
    }
  }
}
