package dev.salesops.spark;

import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.export.ExportRow;
import dev.salesops.core.model.Outcome;
import dev.salesops.cli.export.RowIssue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Export rows mapped by the CLI's own reader, one Spark partition at a time: the partition's rows (all rows of an
 * id in one partition, in file order) are handed to {@link ExportReader#read(java.io.Reader, java.util.function.Consumer,
 * java.util.function.Consumer, boolean, java.util.function.LongConsumer)} as CSV text with the export's header,
 * so every per-row rule (stages, outcomes, dates, amounts, currencies, lost reasons, side-file joins, duplicate
 * ids) is the CLI's. Out come usable rows ({@code kind = "R"}) and issues ({@code kind = "I"}), each with the
 * export's line number.
 */
final class MappedRows {
  static final String LINE = "__salesops_line";
  static final String KEY = "__salesops_key";

  static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("line", DataTypes.LongType, false),
      DataTypes.createStructField("seq", DataTypes.IntegerType, false),
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("stage", DataTypes.StringType, true),
      DataTypes.createStructField("outcome", DataTypes.StringType, true),
      DataTypes.createStructField("created", DataTypes.IntegerType, true),
      DataTypes.createStructField("closed", DataTypes.IntegerType, true),
      DataTypes.createStructField("currency", DataTypes.StringType, true),
      DataTypes.createStructField("amountMinor", DataTypes.LongType, true),
      DataTypes.createStructField("lostReason", DataTypes.StringType, true),
      DataTypes.createStructField("lostAt", DataTypes.StringType, true),
      DataTypes.createStructField("dimensions", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true),
      DataTypes.createStructField("column", DataTypes.StringType, true),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, true)});

  private MappedRows() {}

  /** Mapping JSON and folder to the reader's mapping, parsed once per JVM. */
  private static final java.util.concurrent.ConcurrentHashMap<List<String>, ExportMapping> MAPPINGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static ExportMapping mapping(SideJoins.ReaderPlan plan) {
    return MAPPINGS.computeIfAbsent(List.of(plan.mappingJson, plan.mappingDir), k -> {
      try {
        return ExportMapping.parse(plan.mappingJson, java.nio.file.Path.of(plan.mappingDir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Maps one partition of {@code (plan.columns..., LINE, KEY[, join issues])} rows (see {@link SideJoins}): the
   * reader's issues of the join marker are replaced by the row's join issues, after its other issues.
   */
  static Iterator<Row> mapPartition(SideJoins.ReaderPlan plan, Iterator<Row> rows) {
    List<String> columns = plan.columns;
    ExportMapping mapping = mapping(plan);
    Map<Long, Long> globalLine = new HashMap<>();
    Map<Long, String> joinIssues = new HashMap<>();
    StringBuilder csv = new StringBuilder();
    char delimiter = mapping.delimiter();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\n").get();
    int n = columns.size();
    try (CSVPrinter printer = new CSVPrinter(csv, format)) {
      printer.printRecord(columns);
      long synthetic = 2;
      while (rows.hasNext()) {
        Row r = rows.next();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          Object v = r.get(i);
          values.add(v == null ? "" : String.valueOf(v));
        }
        int before = csv.length();
        printer.printRecord(values);
        long newlines = csv.substring(before, csv.length() - 1).chars().filter(c -> c == '\n').count();
        globalLine.put(synthetic, r.getLong(n));
        if (plan.joins && !r.isNullAt(n + 2)) {
          joinIssues.put(r.getLong(n), r.getString(n + 2));
        }
        synthetic += 1 + newlines;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> out = new ArrayList<>();
    int[] seq = {0};
    ExportReader reader;
    try {
      reader = ExportReader.of(mapping);
      reader.read(new StringReader(csv.toString()), row -> out.add(usable(row, globalLine)), issue -> {
        if (!SideJoins.MARKER.equals(issue.column())) {
          String column = plan.renames.getOrDefault(issue.column(), issue.column());
          out.add(issue(new RowIssue(issue.line(), column, issue.value(), issue.reason()), globalLine, seq[0]++));
        }
      }, false, x -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the join issues of a line come after its other issues, in join order
    joinIssues.forEach((line, encoded) -> {
      String[] parts = encoded.split(String.valueOf(SideJoins.SEP), -1);
      for (int i = 0; i + 2 < parts.length; i += 3) {
        out.add(RowFactory.create("I", line, Integer.MAX_VALUE - 1000 + i / 3, null, null, null, null, null, null, null, null, null,
            null, parts[i], parts[i + 1], parts[i + 2]));
      }
    });
    // the value of used and skipped rows per currency, as the CLI's reader tallies it (the report's warnings)
    reader.usedMinor().forEach((c, v) -> out.add(tally("U", c, v)));
    reader.skippedMinor().forEach((c, v) -> out.add(tally("S", c, v)));
    return out.iterator();
  }

  private static long line(Map<Long, Long> globalLine, long synthetic) {
    Long g = globalLine.get(synthetic);
    if (g == null) {
      throw new IllegalStateException("no export line for synthetic line " + synthetic);
    }
    return g;
  }

  private static Row usable(ExportRow row, Map<Long, Long> globalLine) {
    return RowFactory.create("R", line(globalLine, row.line()), 0, row.id(), row.stage(), row.outcome().name(),
        row.created().map(d -> (int) d.toEpochDay()).orElse(null), row.closed().map(d -> (int) d.toEpochDay()).orElse(null),
        row.amount().map(m -> m.getCurrencyUnit().getCode()).orElse(null), row.amount().map(Money::getAmountMinorLong).orElse(null),
        row.lostReason().orElse(null), row.lostAt().orElse(null), CollectionConverters.asScala(row.dimensions()),
        null, null, null);
  }

  private static Row tally(String kind, String currency, long minor) {
    return RowFactory.create(kind, 0L, 0, null, null, null, null, null, currency, minor, null, null, null, null, null, null);
  }

  private static Row issue(RowIssue issue, Map<Long, Long> globalLine, int seq) {
    return RowFactory.create("I", line(globalLine, issue.line()), seq, null, null, null, null, null, null, null, null, null, null,
        issue.column(), issue.value(), issue.reason());
  }

  /** The export row of a usable mapped row. */
  static ExportRow exportRow(Row r) {
    Integer created = (Integer) r.get(6);
    Integer closed = (Integer) r.get(7);
    String currency = r.getString(8);
    Optional<Money> amount = currency == null ? Optional.empty() : Optional.of(Money.ofMinor(CurrencyUnit.of(currency), r.getLong(9)));
    Map<String, String> dims = r.isNullAt(12) ? Map.of() : r.getJavaMap(12);
    return new ExportRow(r.getLong(1), r.getString(3), r.getString(4), Outcome.valueOf(r.getString(5)),
        Optional.ofNullable(created).map(LocalDate::ofEpochDay), Optional.ofNullable(closed).map(LocalDate::ofEpochDay), amount,
        Optional.ofNullable(r.getString(10)), Optional.ofNullable(r.getString(11)), dims);
  }

  /** The issue of an issue row. */
  static RowIssue rowIssue(Row r) {
    return new RowIssue(r.getLong(1), r.getString(13), r.getString(14), r.getString(15));
  }

}
