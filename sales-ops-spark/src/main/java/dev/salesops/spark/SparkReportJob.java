package dev.salesops.spark;

import dev.salesops.cli.export.ExportMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} job: reads an export (CSV with a header, or Parquet) from a path, runs {@link
 * SparkKpiReport} with a mapping file and writes the report JSON.
 *
 * <pre>
 * spark-submit --class dev.salesops.spark.SparkReportJob --master local[2] --jars sales-ops.jar sales-ops-spark.jar \
 *     --input PATH --mapping MAPPING.json [--format csv|parquet] [--by owner --by team+quarter] [--as-of DATE] [--output FILE]
 * </pre>
 * ({@code sales-ops-spark/bin/spark-submit.sh} runs exactly this from a built checkout, with or without a Spark
 * distribution.)
 * Without {@code --output} the JSON goes to standard output. Exit code 2 on bad arguments.
 */
public final class SparkReportJob {
  private SparkReportJob() {}

  public static void main(String[] args) throws Exception {
    String input = null;
    Path mapping = null;
    String format = "csv";
    List<String> by = new ArrayList<>();
    LocalDate asOf = null;
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      if (v == null) {
        usage("missing value after " + a);
      }
      switch (a) {
        case "--input" -> input = v;
        case "--mapping" -> mapping = Path.of(v);
        case "--format" -> format = v;
        case "--by" -> by.addAll(List.of(v.split(",")));
        case "--as-of" -> asOf = LocalDate.parse(v);
        case "--output" -> output = Path.of(v);
        default -> usage("unknown option " + a);
      }
      i++;
    }
    if (input == null || mapping == null || !(format.equals("csv") || format.equals("parquet"))) {
      usage("--input and --mapping are required; --format is csv or parquet");
    }
    ReportSpec spec = ReportSpec.of(mapping, by, asOf);
    SparkSession spark = SparkSession.builder().appName("sales-ops report").getOrCreate();
    try {
      Dataset<Row> export = read(spark, input, format, spec.mapping());
      String json = SparkKpiReport.run(export, spec).toJson();
      if (output == null) {
        System.out.println(json);
      } else {
        Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
      }
    } finally {
      spark.stop();
    }
  }

  /** The export as the job reads it: CSV with a header, every column as text, or Parquet. */
  public static Dataset<Row> read(SparkSession spark, String path, String format, ExportMapping mapping) {
    if (format.equals("parquet")) {
      return spark.read().parquet(path);
    }
    return spark.read().option("header", "true").option("inferSchema", "false").option("multiLine", "false")
        .option("sep", String.valueOf(mapping.delimiter())).option("encoding", "UTF-8").csv(path);
  }

  private static void usage(String why) {
    System.err.println("sales-ops-spark: " + why + "\nusage: SparkReportJob --input PATH --mapping MAPPING.json"
        + " [--format csv|parquet] [--by DIM[+DIM]]... [--as-of DATE] [--output FILE]");
    System.exit(2);
  }
}
