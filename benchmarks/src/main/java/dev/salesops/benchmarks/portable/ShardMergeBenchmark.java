package dev.salesops.benchmarks.portable;

import dev.salesops.core.accumulate.Accumulator;
import dev.salesops.metrics.kpi.BreakdownAccumulator;
import dev.salesops.metrics.kpi.BreakdownStateCodec;
import dev.salesops.metrics.kpi.DealRecord;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.KpiAccumulator;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.kpi.KpiStateCodec;
import dev.salesops.metrics.stats.QuantileMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The scatter/gather a distributed engine does, simulated in one JVM: 10 M synthetic records ({@link
 * SyntheticDeals}) split into 64 shards; each shard is added into its own accumulator, its partial state encoded
 * to portable bytes; then all 64 are decoded and merged into one and finished. Beside it, the in-process runs on the
 * same records: one accumulator over all records, and 64 partials merged in memory (no bytes). Every timed step
 * runs on one thread; the merged result is checked equal to the one-pass result (exact modes).
 *
 * <p>Workloads: the KPI report with funnel (exact quantiles, and KLL k=200), and the KPI breakdown by owner
 * (1,000 groups, exact). Run:
 * {@code mvn -B -q -ntp package -DskipTests -pl benchmarks -am && java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * dev.salesops.benchmarks.portable.ShardMergeBenchmark [records] [shards] [repetitions]}.
 *
 * <p>This is a main, not JMH: each phase is a single pass over 10 M records; encode, decode and merge are repeated
 * and their medians reported. Results are in {@code docs/ARCHITECTURE.md} ("Scaling out").
 */
public final class ShardMergeBenchmark {
  private ShardMergeBenchmark() {}

  public static void main(String[] args) {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int shards = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    System.out.printf("# records %,d, shards %d, repetitions %d, JDK %s, %d processors, 1 thread per timed step%n", records, shards,
        reps, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    KpiOptions exact = SyntheticDeals.options();
    KpiOptions kll = exact.toBuilder().quantileMode(QuantileMode.approximate(200)).build();
    run("KPI report + funnel, exact quantiles", records, shards, reps, () -> new KpiAccumulator(exact), KpiStateCodec::encode,
        b -> KpiStateCodec.decode(b, exact), true);
    run("KPI report + funnel, KLL k=200", records, shards, reps, () -> new KpiAccumulator(kll), KpiStateCodec::encode,
        b -> KpiStateCodec.decode(b, kll), false);
    BreakdownAccumulator like = BreakdownAccumulator.by(exact, Dimension.OWNER);
    run("KPI breakdown by owner (1000 groups), exact", records, shards, reps, like::newEmpty, BreakdownStateCodec::encode,
        b -> BreakdownStateCodec.decode(b, like), true);
  }

  private static <A extends Accumulator<DealRecord, A, R>, R> void run(String name, long records, int shards, int reps,
      Supplier<A> empty, Function<A, byte[]> encode, Function<byte[], A> decode, boolean checkEqual) {
    System.out.println("## " + name + "   (load: " + load() + ")");
    // in-process, one accumulator over all records (generation not timed)
    A one = empty.get();
    long addOneNs = 0;
    List<A> partials = new ArrayList<>(shards);
    long addShardNs = 0;
    long per = records / shards;
    List<DealRecord> buf = new ArrayList<>((int) per + shards);
    for (int s = 0; s < shards; s++) {
      long from = s * per;
      long to = s == shards - 1 ? records : from + per;
      buf.clear();
      for (long i = from; i < to; i++) {
        buf.add(SyntheticDeals.deal(i));
      }
      long t0 = System.nanoTime();
      for (DealRecord d : buf) {
        one.add(d);
      }
      long t1 = System.nanoTime();
      A part = empty.get();
      for (DealRecord d : buf) {
        part.add(d);
      }
      long t2 = System.nanoTime();
      addOneNs += t1 - t0;
      addShardNs += t2 - t1;
      partials.add(part);
    }
    long t0 = System.nanoTime();
    R oneResult = one.finish();
    long finishNs = System.nanoTime() - t0;
    System.out.printf("in-process: add all %,d records into one accumulator %,d ms; into %d shard accumulators %,d ms; finish %,d ms%n",
        records, addOneNs / 1_000_000, shards, addShardNs / 1_000_000, finishNs / 1_000_000);

    long[] encodeMs = new long[reps];
    long[] decodeMs = new long[reps];
    long[] mergeMs = new long[reps];
    long[] memMergeMs = new long[reps];
    long[] perShardEncodeUs = new long[shards];
    long[] perShardDecodeUs = new long[shards];
    byte[][] bytes = new byte[shards][];
    R merged = null;
    for (int rep = 0; rep < reps; rep++) {
      long e0 = System.nanoTime();
      for (int s = 0; s < shards; s++) {
        long a = System.nanoTime();
        bytes[s] = encode.apply(partials.get(s));
        perShardEncodeUs[s] = (System.nanoTime() - a) / 1000;
      }
      long e1 = System.nanoTime();
      List<A> decoded = new ArrayList<>(shards);
      for (int s = 0; s < shards; s++) {
        long a = System.nanoTime();
        decoded.add(decode.apply(bytes[s]));
        perShardDecodeUs[s] = (System.nanoTime() - a) / 1000;
      }
      long e2 = System.nanoTime();
      A total = empty.get();
      for (A d : decoded) {
        total.merge(d);
      }
      long e3 = System.nanoTime();
      merged = total.finish();
      A mem = empty.get();
      long m0 = System.nanoTime();
      for (A p : partials) {
        mem.merge(p);
      }
      memMergeMs[rep] = (System.nanoTime() - m0) / 1_000_000;
      encodeMs[rep] = (e1 - e0) / 1_000_000;
      decodeMs[rep] = (e2 - e1) / 1_000_000;
      mergeMs[rep] = (e3 - e2) / 1_000_000;
    }
    long[] sizes = new long[shards];
    long totalBytes = 0;
    for (int s = 0; s < shards; s++) {
      sizes[s] = bytes[s].length;
      totalBytes += bytes[s].length;
    }
    System.out.printf("bytes per shard: median %,d, min %,d, max %,d; all %d shards %,d bytes (%.2f bytes per record)%n",
        median(sizes), Arrays.stream(sizes).min().orElse(0), Arrays.stream(sizes).max().orElse(0), shards, totalBytes,
        (double) totalBytes / records);
    System.out.printf("per shard (last repetition): encode median %,d us, decode median %,d us%n", median(perShardEncodeUs),
        median(perShardDecodeUs));
    System.out.printf("all %d shards, median of %d: encode %,d ms, decode %,d ms, merge decoded %,d ms (in-memory merge of the"
        + " partials %,d ms)%n", shards, reps, median(encodeMs), median(decodeMs), median(mergeMs), median(memMergeMs));
    if (checkEqual) {
      System.out.println("merged-from-bytes result equals one-pass result: " + merged.equals(oneResult));
    }
  }

  static long median(long[] v) {
    long[] c = v.clone();
    Arrays.sort(c);
    return c.length == 0 ? 0 : c[c.length / 2];
  }

  static String load() {
    try {
      return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

}
