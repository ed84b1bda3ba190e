package dev.salesops.benchmarks.scoring;

import dev.salesops.scoring.predictive.ClosedDeal;
import dev.salesops.scoring.predictive.Deal;
import dev.salesops.scoring.predictive.DealColumns;
import dev.salesops.scoring.predictive.FrequencyTables;
import dev.salesops.scoring.predictive.NaiveBayesConfig;
import dev.salesops.scoring.predictive.NaiveBayesModel;
import dev.salesops.core.model.Outcome;
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
 * <b>Checks issue 14, goal 5</b>: naive Bayes (Odoo preset) predict at least 2,000,000 deals per second per core
 * and train 1,000,000 closed deals in under 0.5 s, <b>counting the construction of the deal from the host's field
 * values</b>: the host holds its own records ({@link HostDeal}: strings per field, distinct string objects per
 * record, as read from its store); {@code *FromHost*} hand those values to the library as they are ({@link
 * NaiveBayesModel#probability(String, String, String[], String[][])}, {@link FrequencyTables#add(String, String,
 * String[], String[][], Outcome)} and their overloads without segment), {@code *ViaDeal*} build a {@link Deal} per record first (the previous way).
 * One thread (per core). The host's strings cache their hash codes after the first pass, as they would in a
 * host that keeps its records. Deals: 21 segments (20 teams + none), 5 stages, 5 single-valued fields (5-10
 * values each) and a tag field (0-2 of 10 tags).
 *
 * <p>The other benchmarks (earlier goals) score prebuilt {@link Deal}s and {@link DealColumns}.
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
  List<HostDeal> hostClosed;
  List<HostDeal> hostOpen;

  /** A host's own record of a deal (what it has before calling the library). */
  public record HostDeal(String team, String stage, String source, String industry, String region, String sizeBand,
      String productLine, String[] tags, boolean won) {}

  static HostDeal hostDeal(Random r, boolean won) {
    String team = r.nextInt(21) == 0 ? null : "team" + r.nextInt(20);
    int nTags = r.nextInt(3);
    String[] tags = new String[nTags];
    int k = 0;
    for (int i = 0; i < nTags; i++) {
      String t = "tag" + r.nextInt(10);
      boolean dup = false;
      for (int j = 0; j < k; j++) {
        dup |= tags[j].equals(t);
      }
      if (!dup) {
        tags[k++] = t;
      }
    }
    return new HostDeal(team, STAGES.get(r.nextInt(STAGES.size())), "src" + r.nextInt(6), "ind" + r.nextInt(10),
        "reg" + r.nextInt(5), "size" + r.nextInt(5), "pl" + r.nextInt(8), java.util.Arrays.copyOf(tags, k), won);
  }

  static Deal toDeal(HostDeal h) {
    Map<String, String> fields = Map.of("source", h.source(), "industry", h.industry(), "region", h.region(), "sizeBand", h.sizeBand(),
        "productLine", h.productLine());
    return new Deal(h.team(), h.stage(), fields,
        h.tags().length == 0 ? Map.of() : Map.of("tags", new LinkedHashSet<>(List.of(h.tags()))));
  }

  static Deal deal(Random r) {
    Optional<String> seg = r.nextInt(21) == 0 ? Optional.empty() : Optional.of("team" + r.nextInt(20));
    Map<String, String> fields = Map.of("source", "src" + r.nextInt(6), "industry", "ind" + r.nextInt(10),
        "region", "reg" + r.nextInt(5), "sizeBand", "size" + r.nextInt(5), "productLine", "pl" + r.nextInt(8));
    Set<String> tags = new LinkedHashSet<>();
    int nTags = r.nextInt(3);
    for (int i = 0; i < nTags; i++) {
      tags.add("tag" + r.nextInt(10));
    }
    return new Deal(seg.orElse(null), STAGES.get(r.nextInt(STAGES.size())), fields, nTags == 0 ? Map.of() : Map.of("tags", tags));
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
    Random hr = new Random(7);
    hostClosed = new ArrayList<>(N);
    hostOpen = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      HostDeal h = hostDeal(hr, false);
      double p = 0.1 + 0.15 * STAGES.indexOf(h.stage()) + (h.source().equals("src0") ? 0.2 : 0);
      hostClosed.add(new HostDeal(h.team(), h.stage(), h.source(), h.industry(), h.region(), h.sizeBand(), h.productLine(), h.tags(),
          hr.nextDouble() < p));
      hostOpen.add(hostDeal(hr, false));
    }
  }

  /** Goal 5: train from the host's 1M closed records, values handed over as they are: time per 1M (goal < 500 ms). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public NaiveBayesModel trainFromHost1M() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    String[] fields = new String[5];
    String[][] tags = new String[1][];
    for (int i = 0; i < N; i++) {
      HostDeal h = hostClosed.get(i);
      fields[0] = h.source();
      fields[1] = h.industry();
      fields[2] = h.region();
      fields[3] = h.sizeBand();
      fields[4] = h.productLine();
      tags[0] = h.tags();
      Outcome o = h.won() ? Outcome.WON : Outcome.LOST;
      if (h.team() != null) {
        t.add(h.team(), h.stage(), fields, tags, o);
      } else {
        t.add(h.stage(), fields, tags, o);
      }
    }
    return t.finish();
  }

  /** Goal 5, the previous way: a Deal and a ClosedDeal built per host record, then counted. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public NaiveBayesModel trainViaDeal1M() {
    FrequencyTables t = new FrequencyTables(CONFIG);
    for (int i = 0; i < N; i++) {
      HostDeal h = hostClosed.get(i);
      t.add(new ClosedDeal(toDeal(h), h.won() ? Outcome.WON : Outcome.LOST));
    }
    return t.finish();
  }

  /** Goal 5: predict the host's 1M open records, values handed over as they are: ops/s = predictions per second (goal ≥ 2M). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(N)
  public void predictFromHost1M(Blackhole bh) {
    NaiveBayesModel m = model;
    String[] fields = new String[5];
    String[][] tags = new String[1][];
    for (int i = 0; i < N; i++) {
      HostDeal h = hostOpen.get(i);
      fields[0] = h.source();
      fields[1] = h.industry();
      fields[2] = h.region();
      fields[3] = h.sizeBand();
      fields[4] = h.productLine();
      tags[0] = h.tags();
      bh.consume(h.team() != null ? m.probability(h.team(), h.stage(), fields, tags) : m.probability(h.stage(), fields, tags));
    }
  }

  /** Goal 5, the previous way: a Deal built per host record, then predicted. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(N)
  public void predictViaDeal1M(Blackhole bh) {
    NaiveBayesModel m = model;
    for (int i = 0; i < N; i++) {
      bh.consume(m.probability(toDeal(hostOpen.get(i))));
    }
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
