package dev.salesops.benchmarks.json;

import dev.salesops.core.validation.ValidationException;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.WorkflowJson;
import dev.salesops.scoring.scorecard.ScorecardLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>Issue 13, "every reader linear and fast": the slowest input of at most 1 MB in under 100 ms</b>, for the
 * readers built on {@code JsonReader} (see {@link JsonReaderBenchmark} for the tree alone), on the inputs that
 * were slowest in {@code benchmarks/hostile-timing.sh}:
 *
 * <ul>
 *   <li>{@code snapshot}: {@link WorkflowJson#readSnapshot(String)} of a valid 1 MB snapshot (the
 *       {@link JsonReaderBenchmark} {@code snapshot} document: tree, validation, {@code Snapshot});
 *   <li>{@code hostileSnapshot}: the same reader refusing the 1 MB {@code {"history":[{"zz":7},...]}} document of
 *       {@code HostileTiming.large} (the whole document is read, the loader stops after 1,000 problems);
 *   <li>{@code hostileDefinition}: {@link WorkflowJson#load} refusing that document;
 *   <li>{@code hostileScorecard}: {@link ScorecardLoader#parse} of the shipped MEDDIC scorecard whose grades are
 *       replaced by 5,000 {@code {"zz":n}} objects (48 KB, the scorecard's slowest hostile variant);
 *   <li>{@code definition}: {@link WorkflowJson#load} of the shipped sales pipeline (small: the common case).
 * </ul>
 *
 * <p>One thread; read µs/op and {@code gc.alloc.rate.norm} of {@code -prof gc}, with {@code uptime}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'json.JsonLoadersBenchmark' -t 1 -prof gc \
 *     -prof dev.salesops.benchmarks.workflow.CpuTimeProfiler
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonLoadersBenchmark {
  private String snapshot;
  private String hostileSnapshot;
  private String pipeline;
  private String hostileScorecard;

  @Setup
  public void setUp() throws IOException {
    snapshot = JsonReaderBenchmark.document("snapshot", 13);
    StringBuilder b = new StringBuilder("{\"definitionId\":\"p\",\"definitionVersion\":1,\"history\":[");
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; b.length() < 1_000_000; i++) {
      b.append(i == 0 ? "" : ",").append("{\"zz\":").append(r.nextInt(10)).append('}');
    }
    hostileSnapshot = b.append("]}").toString();
    pipeline = resource(WorkflowJson.class, "/dev/salesops/core/pipeline/sales-pipeline.json");
    String meddic = resource(ScorecardLoader.class, "meddic.json");
    StringBuilder grades = new StringBuilder("[");
    for (int i = 0; i < 5_000; i++) {
      grades.append(i == 0 ? "" : ",").append("{\"zz\":").append(i).append('}');
    }
    int at = meddic.indexOf("\"grades\"");
    if (at < 0) {
      // no grades in the shipped card: add them
      hostileScorecard = "{\"grades\":" + grades + "]," + meddic.substring(meddic.indexOf('{') + 1);
    } else {
      int open = meddic.indexOf('[', at);
      int close = meddic.indexOf(']', open);
      hostileScorecard = meddic.substring(0, open) + grades + meddic.substring(close);
    }
    // each must do what it is measured doing
    WorkflowJson.readSnapshot(snapshot);
    refused(() -> WorkflowJson.readSnapshot(hostileSnapshot));
    refused(() -> WorkflowJson.load(hostileSnapshot, StandardCriteria.registry()));
    refused(() -> ScorecardLoader.standard().parse(hostileScorecard));
    WorkflowJson.load(pipeline, StandardCriteria.registry());
  }

  private static void refused(Runnable read) {
    try {
      read.run();
    } catch (ValidationException expected) {
      return;
    }
    throw new IllegalStateException("a hostile input was accepted");
  }

  private static String resource(Class<?> anchor, String name) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public Object snapshot() {
    return WorkflowJson.readSnapshot(snapshot);
  }

  @Benchmark
  public Object hostileSnapshot() {
    try {
      return WorkflowJson.readSnapshot(hostileSnapshot);
    } catch (ValidationException e) {
      return e;
    }
  }

  @Benchmark
  public Object hostileDefinition() {
    try {
      return WorkflowJson.load(hostileSnapshot, StandardCriteria.registry());
    } catch (ValidationException e) {
      return e;
    }
  }

  @Benchmark
  public Object hostileScorecard() {
    try {
      return ScorecardLoader.standard().parse(hostileScorecard);
    } catch (ValidationException e) {
      return e;
    }
  }

  @Benchmark
  public Object definition() {
    return WorkflowJson.load(pipeline, StandardCriteria.registry());
  }
}
