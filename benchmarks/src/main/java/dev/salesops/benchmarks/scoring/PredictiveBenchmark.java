package dev.salesops.benchmarks.scoring;

import dev.salesops.scoring.predictive.ClosedDeal;
import dev.salesops.scoring.predictive.Deal;
import dev.salesops.scoring.predictive.DealColumns;
import dev.salesops.scoring.predictive.FrequencyTables;
import dev.salesops.scoring.predictive.NaiveBayesConfig;
import dev.salesops.scoring.predictive.NaiveBayesModel;
import dev.salesops.scoring.predictive.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Naive Bayes (Odoo preset): train frequency tables from 1,000,000 closed deals (goal: under 0.5 s) and predict
 * 1,000,000 open deals (goal: at least 2,000,000 per second). Deals: 21 segments (20 teams + none), 5 stages,
 * 5 single-valued fields (6-10 values each) and a tag field (0-2 of 10 tags).
 *
 * <p>{@code *Columns*}: the same work on deals encoded once into {@link DealColumns} (int ids per field), the bulk
 * path for repeated scoring; {@code encode*} is the one-off cost of that encoding.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar scoring.PredictiveBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class PredictiveBenchmark {
  static final int N = 1_000_000;
  static final List<String> STAGES = List.of("LEAD_CAPTURE", "QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION");
  static final NaiveBayesConfig CONFIG = NaiveBayesConfig.odooPreset(STAGES,
      List.of("source", "industry", "region", "sizeBand", "productLine"), List.of("tags"));

  List<ClosedDeal> closed;
  List<Deal> open;
  NaiveBayesModel model;
  DealColumns closedColumns;
  DealColumns openColumns;
  double[] out;

  static Deal deal(Random r) {
    Optional<String> seg = r.nextInt(21) == 0 ? Optional.empty() : Optional.of("team" + r.nextInt(20));
    Map<String, String> fields = Map.of("source", "src" + r.nextInt(6), "industry", "ind" + r.nextInt(10),
        "region", "reg" + r.nextInt(5), "sizeBand", "size" + r.nextInt(5), "productLine", "pl" + r.nextInt(8));
    Set<String> tags = new LinkedHashSet<>();
    int nTags = r.nextInt(3);
    for (int i = 0; i < nTags; i++) {
      tags.add("tag" + r.nextInt(10));
    }
    return new Deal(seg, STAGES.get(r.nextInt(STAGES.size())), fields, nTags == 0 ? Map.of() : Map.of("tags", tags));
  }

  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(42);
    closed = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      Deal d = deal(r);
      // the win rate grows with the stage and depends on the source, so the tables carry signal
      double p = 0.1 + 0.15 * STAGES.indexOf(d.stage()) + (d.fields().get("source").equals("src0") ? 0.2 : 0);
      closed.add(new ClosedDeal(d, r.nextDouble() < p ? Outcome.WON : Outcome.LOST));
    }
    open = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      open.add(deal(r));
    }
    FrequencyTables t = new FrequencyTables(CONFIG);
    closed.forEach(t::add);
    model = t.finish();
    closedColumns = DealColumns.ofClosed(CONFIG, closed);
    openColumns = DealColumns.of(CONFIG, open);
    out = new double[N];
  }

  /** Train from 1M closed deals and freeze the model: time per 1M. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public NaiveBayesModel train1M() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    for (int i = 0; i < N; i++) {
      t.add(closed.get(i));
    }
    return t.finish();
  }

  /** Train on two halves (as two shards or threads would) and merge. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public NaiveBayesModel train1MParallelMerge() {
    FrequencyTables[] parts = new FrequencyTables[2];
    List<ClosedDeal> all = closed;
    Thread[] threads = new Thread[2];
    for (int p = 0; p < 2; p++) {
      int part = p;
      parts[p] = new FrequencyTables(CONFIG);
      threads[p] = new Thread(() -> {
        for (int i = part; i < N; i += 2) {
          parts[part].add(all.get(i));
        }
      });
      threads[p].start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return parts[0].merge(parts[1]).finish();
  }

  /** Predict 1M open deals (fast path, no explanation): ops/s = predictions per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(N)
  public void predict1M(Blackhole bh) {
    NaiveBayesModel m = model;
    for (int i = 0; i < N; i++) {
      bh.consume(m.probability(open.get(i)));
    }
  }

  /** Predict with the full explanation (factors, skipped values). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(N)
  public void predictExplained1M(Blackhole bh) {
    NaiveBayesModel m = model;
    for (int i = 0; i < N; i++) {
      bh.consume(m.predict(open.get(i)));
    }
  }

  /** Train from 1M closed deals encoded once as columns, and freeze the model. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public NaiveBayesModel trainColumns1M() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    t.addAll(closedColumns);
    return t.finish();
  }

  /** Predict 1M open deals encoded once as columns (fast path): ops/s = predictions per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(N)
  public double[] predictColumns1M() {
    model.probabilities(openColumns, out);
    return out;
  }

  /** The one-off cost of encoding 1M open deals as columns: ops/s = deals encoded per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(N)
  public DealColumns encode1M() {
    return DealColumns.of(CONFIG, open);
  }
}
