package dev.salesops.benchmarks.portable;

import dev.salesops.metrics.kpi.KpiAccumulator;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.kpi.KpiReport;
import dev.salesops.metrics.kpi.KpiStateCodec;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The workload of {@link ShardMergeBenchmark} (KPI report + funnel, exact quantiles, 10 M synthetic records, 64
 * shards) on Spark {@code local[2]}: {@code spark.range} in 64 partitions, each partition generates its records,
 * adds them into a {@link KpiAccumulator} and emits its portable bytes; the driver collects the 64 states, decodes
 * and merges them, and checks the result against one in-process pass. Spark is {@code provided}: run with
 * {@code java -cp "benchmarks/target/classes:$(cat cp.txt)" --add-opens ... dev.salesops.benchmarks.portable.SparkShardBenchmark}
 * where {@code cp.txt} comes from {@code mvn -pl benchmarks dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class SparkShardBenchmark {
  private SparkShardBenchmark() {}

  public static void main(String[] args) {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int shards = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    SparkSession spark = SparkSession.builder().master("local[2]").appName("portable-shards").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/sales-ops-spark-warehouse").getOrCreate();
    try {
      KpiOptions options = SyntheticDeals.options();
      System.out.printf("# Spark %s local[2], records %,d, partitions %d, JDK %s, load %s%n", spark.version(), records, shards,
          System.getProperty("java.version"), ShardMergeBenchmark.load());
      long[] jobMs = new long[reps];
      long[] mergeMs = new long[reps];
      KpiReport merged = null;
      long bytes = 0;
      for (int rep = 0; rep < reps; rep++) {
        long t0 = System.nanoTime();
        Dataset<Long> ids = spark.range(0, records, 1, shards).as(Encoders.LONG());
        List<byte[]> states = ids.mapPartitions((MapPartitionsFunction<Long, byte[]>) it -> {
          KpiAccumulator acc = new KpiAccumulator(SyntheticDeals.options());
          while (it.hasNext()) {
            acc.add(SyntheticDeals.deal(it.next()));
          }
          Iterator<byte[]> one = List.of(KpiStateCodec.encode(acc)).iterator();
          return one;
        }, Encoders.BINARY()).collectAsList();
        long t1 = System.nanoTime();
        KpiAccumulator total = new KpiAccumulator(options);
        bytes = 0;
        for (byte[] s : states) {
          total.merge(KpiStateCodec.decode(s, options));
          bytes += s.length;
        }
        merged = total.finish();
        long t2 = System.nanoTime();
        jobMs[rep] = (t1 - t0) / 1_000_000;
        mergeMs[rep] = (t2 - t1) / 1_000_000;
        System.out.printf("repetition %d: Spark job (generate + add + encode, %d partitions) %,d ms; driver decode + merge + finish %,d ms;"
            + " %,d bytes collected%n", rep + 1, shards, jobMs[rep], mergeMs[rep], bytes);
      }
      Arrays.sort(jobMs);
      Arrays.sort(mergeMs);
      System.out.printf("median of %d: Spark job %,d ms, driver merge %,d ms, %,d bytes (%,d per partition)%n", reps, jobMs[reps / 2],
          mergeMs[reps / 2], bytes, bytes / shards);
      long t0 = System.nanoTime();
      KpiAccumulator one = new KpiAccumulator(options);
      for (long i = 0; i < records; i++) {
        one.add(SyntheticDeals.deal(i));
      }
      KpiReport oneResult = one.finish();
      System.out.printf("in-process, one thread, generate + add + finish: %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
      System.out.println("Spark result equals one in-process pass: " + oneResult.equals(merged));
    } finally {
      spark.stop();
    }
  }
}
