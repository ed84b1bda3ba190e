package dev.salesops.spark;

import dev.salesops.cli.export.ExportMapping;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A {@code spark-submit} helper: writes a CSV export as Parquet, every column as text, exactly as {@link
 * SparkReportJob} reads the CSV (so the Parquet export gives the same report).
 *
 * <pre>
 * spark-submit --class dev.salesops.spark.ExportToParquet ... sales-ops-spark.jar EXPORT.csv MAPPING.json OUT.parquet
 * </pre>
 */
public final class ExportToParquet {
  private ExportToParquet() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ExportToParquet EXPORT.csv MAPPING.json OUT.parquet");
      System.exit(2);
    }
    ExportMapping mapping = ExportMapping.read(Path.of(args[1]));
    SparkSession spark = SparkSession.builder().appName("sales-ops export to parquet").getOrCreate();
    try {
      SparkReportJob.read(spark, args[0], "csv", mapping).write().parquet(args[2]);
    } finally {
      spark.stop();
    }
  }
}
