package dev.salesops.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.report.ExportReport;
import dev.salesops.cli.export.Field;
import dev.salesops.cli.export.RowIssue;
import dev.salesops.metrics.kpi.KpiBreakdown;
import dev.salesops.metrics.kpi.KpiReport;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code sales-ops report} on Spark: an export as a {@code Dataset<Row>} (CSV read with a header and every column
 * as text, or Parquet), the same mapping file, the same {@code --by} and {@code --as-of}; the same report value
 * ({@link #report()}, {@link #breakdowns()}), the same data-quality issues and counts, and the same JSON
 * ({@link #toJson()}).
 *
 * <p>How: each row gets its export line number (row index + 2: the header is line 1) and its id; the mapping's
 * side-file joins are Spark broadcast joins with the CLI's key rules ({@link SideJoins}); rows are partitioned by
 * id and sorted by line within a partition, and each partition is mapped by the CLI's own {@link ExportReader} (so
 * an id's duplicates meet in one partition, in file order, and every per-row rule is the CLI's);
 * usable rows are aggregated with {@link SalesOpsAggregators#kpiReport}, whose buffers travel as portable partial
 * states; the driver decodes the final state and finishes it. New customers take a first pass, as in the CLI: each
 * account's first won deal (earliest close date, then smallest id).
 *
 * <p>Differences from the CLI, by construction: line numbers are row numbers, so they equal the CLI's when no
 * record spans several lines and the file has no blank lines; side files are read on the driver (from the mapping's
 * folder) and broadcast, so they must fit in memory as they do for the CLI; {@code --strict} is not offered
 * (read the issues instead); the issue list is collected on the driver, as the CLI holds it in memory.
 */
public final class SparkKpiReport {
  private final ReportSpec spec;
  private final ExportReader.Summary summary;
  private final List<RowIssue> issues;
  private final KpiReport report;
  private final List<KpiBreakdown> breakdowns;
  private final ExportReport rendered;

  private SparkKpiReport(ReportSpec spec, ExportReader.Summary summary, List<RowIssue> issues, ReportState state,
      Map<String, Long> usedMinor, Map<String, Long> skippedMinor) {
    this.spec = spec;
    this.summary = summary;
    this.issues = List.copyOf(issues);
    this.report = state.total.finish();
    List<KpiBreakdown> bs = new ArrayList<>();
    state.breakdowns.forEach(b -> bs.add(b.finish()));
    this.breakdowns = List.copyOf(bs);
    // the CLI's own rendering of these figures: the JSON cannot drift from sales-ops report's
    this.rendered = ExportReport.finished(spec.options(), report, breakdowns, summary, issues, usedMinor, skippedMinor);
  }

  /**
   * The export's rows mapped by the CLI's reader: usable rows ({@code kind = "R"}) and issues ({@code kind =
   * "I"}), schema {@code MappedRows.SCHEMA}. Throws the CLI's {@code IOException} when the export lacks a column the
   * mapping names.
   */
  public static Dataset<Row> mapped(Dataset<Row> export, ReportSpec spec) throws IOException {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(spec, "spec");
    List<String> columns = List.of(export.columns());
    checkColumns(columns, spec);
    String idColumn = spec.mapping().columns().get(Field.ID);
    int idIndex = idColumn == null ? -1 : columns.indexOf(idColumn);
    int n = columns.size();
    StructType schema = export.schema().add(MappedRows.LINE, DataTypes.LongType, false).add(MappedRows.KEY, DataTypes.StringType, false);
    JavaRDD<Row> indexed = export.javaRDD().zipWithIndex().map((Tuple2<Row, Long> t) -> {
      Object[] v = new Object[n + 2];
      for (int i = 0; i < n; i++) {
        v[i] = t._1().get(i);
      }
      v[n] = t._2() + 2;
      v[n + 1] = idIndex < 0 || t._1().isNullAt(idIndex) ? "" : String.valueOf(t._1().get(idIndex)).strip();
      return RowFactory.create(v);
    });
    SideJoins.Joined joined = SideJoins.apply(export.sparkSession().createDataFrame(indexed, schema), columns, spec);
    SideJoins.ReaderPlan plan = joined.plan();
    Dataset<Row> prepared = joined.rows().repartition(functions.col(MappedRows.KEY)).sortWithinPartitions(MappedRows.LINE);
    return prepared.mapPartitions((MapPartitionsFunction<Row, Row>) it -> MappedRows.mapPartition(plan, it),
        Encoders.row(MappedRows.SCHEMA));
  }

  /** The CLI's refusal of an export without a column the mapping names, on the driver. */
  private static void checkColumns(List<String> columns, ReportSpec spec) throws IOException {
    StringWriter header = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(header, CSVFormat.RFC4180.builder().setDelimiter(spec.mapping().delimiter()).get())) {
      p.printRecord(columns);
    }
    ExportReader.of(spec.mapping()).read(new StringReader(header.toString()), r -> { }, i -> { }, false, x -> { });
  }

  /** The report of {@code export} (see the class comment). */
  public static SparkKpiReport run(Dataset<Row> export, ReportSpec spec) throws IOException {
    Dataset<Row> mapped = mapped(export, spec).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> usable = mapped.filter((FilterFunction<Row>) r -> r.getString(0).equals("R"));
      List<Row> issueRows = mapped.filter((FilterFunction<Row>) r -> r.getString(0).equals("I")).collectAsList();
      List<Row> sorted = new ArrayList<>(issueRows);
      sorted.sort(Comparator.comparingLong((Row r) -> r.getLong(1)).thenComparingInt(r -> r.getInt(2)));
      List<RowIssue> issues = new ArrayList<>();
      sorted.forEach(r -> issues.add(MappedRows.rowIssue(r)));
      long skipped = sorted.stream().mapToLong(r -> r.getLong(1)).distinct().count();
      long rowsRead = export.count();
      HashMap<String, String> firstWins = null;
      if (spec.mapping().columns().containsKey(Field.ACCOUNT)) {
        firstWins = firstWinIds(usable);
      }
      byte[] state = usable.select(SalesOpsAggregators.kpiReport(spec, firstWins).toColumn()).as(Encoders.BINARY()).first();
      ReportState decoded = ReportState.decode(state, spec);
      Map<String, Long> used = new java.util.TreeMap<>();
      Map<String, Long> skippedValue = new java.util.TreeMap<>();
      for (Row t : mapped.filter((FilterFunction<Row>) r -> r.getString(0).equals("U") || r.getString(0).equals("S")).collectAsList()) {
        (t.getString(0).equals("U") ? used : skippedValue).merge(t.getString(8), t.getLong(9), Math::addExact);
      }
      return new SparkKpiReport(spec, new ExportReader.Summary(rowsRead, rowsRead - skipped, skipped, issues.size()), issues, decoded,
          used, skippedValue);
    } finally {
      mapped.unpersist();
    }
  }

  /** Each account's first won deal (earliest close date, then smallest id), as the CLI's first pass finds it. */
  private static HashMap<String, String> firstWinIds(Dataset<Row> usable) {
    Map<String, Tuple2<Integer, String>> wins = usable.javaRDD()
        .filter(r -> "WON".equals(r.getString(5)) && !r.isNullAt(7) && !r.isNullAt(12) && r.getJavaMap(12).containsKey("account"))
        .mapToPair(r -> new Tuple2<String, Tuple2<Integer, String>>((String) r.getJavaMap(12).get("account"),
            new Tuple2<>(r.getInt(7), r.getString(3))))
        .reduceByKey((a, b) -> a._1() < b._1() || a._1().equals(b._1()) && a._2().compareTo(b._2()) <= 0 ? a : b)
        .collectAsMap();
    HashMap<String, String> out = new HashMap<>();
    wins.forEach((k, v) -> out.put(k, v._2()));
    return out;
  }

  /** Rows read, used, skipped and the number of issues, as {@code ExportReader} counts them. */
  public ExportReader.Summary summary() {
    return summary;
  }

  /** The issues of the skipped rows, in line order. */
  public List<RowIssue> issues() {
    return issues;
  }

  /** The report over all usable rows. */
  public KpiReport report() {
    return report;
  }

  /** The breakdowns, in the order asked. */
  public List<KpiBreakdown> breakdowns() {
    return breakdowns;
  }

  /** The JSON of {@code sales-ops report --format json} (docs/CLI.md): rendered by the CLI's own report. */
  public String toJson() throws JsonProcessingException {
    return rendered.toJson();
  }


}
