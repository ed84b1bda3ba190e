package dev.salesops.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonReader;
import dev.salesops.core.json.JsonValue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>Issue 13, "every reader linear and fast": the slowest input of at most 1 MB must be read in under 100 ms.</b>
 * The JSON reader every definition and snapshot reader goes through ({@link JsonReader#read(CharSequence)}, into a
 * {@link JsonValue} tree, with the default {@code JsonLimits}: duplicate names refused, decimal bounds checked)
 * against Jackson's tree reader at its best ({@code ObjectMapper.readTree(String)} on one reused mapper with the
 * default {@code JsonFactory}; it checks neither duplicates nor decimal bounds), on the same ~1 MB documents
 * ({@link #doc}):
 *
 * <ul>
 *   <li>{@code numbers}: integers of 1 to 10 digits, some negative; {@code smallInts}: 0 to 99; {@code decimals}:
 *       {@code 1234.56}-like; {@code trues}: {@code true}; {@code shortStrings}: 3-letter ASCII strings;
 *       {@code emptyArrays}: {@code []} — each one flat array of about 1,000,000 characters;
 *   <li>{@code smallObjects}: {@code {"zz":7}} objects (the hostile snapshot of {@code benchmarks/hostile-timing.sh});
 *       {@code records}: objects of five members (id, amount, stage, flag, null);
 *   <li>{@code snapshot}: a workflow snapshot of about 1 MB (history entries as {@code WorkflowJson} writes them).
 * </ul>
 *
 * <p>{@link JsonLoadersBenchmark} measures the whole readers built on it (snapshots, definitions, scorecards). Read µs/op (median over forks, iterations) and {@code gc.alloc.rate.norm} (B/op) of
 * {@code -prof gc}; one thread; report {@code uptime} with the figures:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'json.JsonReaderBenchmark' -t 1 -prof gc \
 *     -prof dev.salesops.benchmarks.workflow.CpuTimeProfiler
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonReaderBenchmark {
  /** About 1 MB of text per document. */
  static final int SIZE = 1_000_000;

  @Param({"numbers", "smallInts", "decimals", "trues", "shortStrings", "emptyArrays", "smallObjects", "records", "snapshot"})
  public String doc;

  private String text;
  private final ObjectMapper mapper = new ObjectMapper();

  @Setup
  public void setUp() {
    text = document(doc, 13);
    // both must read it (and agree on its size) before anything is timed
    JsonValue ours = JsonReader.read(text);
    try {
      JsonNode theirs = mapper.readTree(text);
      if (theirs.size() != ours.size()) {
        throw new IllegalStateException(doc + ": " + theirs.size() + " vs " + ours.size());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The document {@code name} of about {@link #SIZE} characters, from {@code seed}. */
  static String document(String name, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(SIZE + 200);
    if (name.equals("snapshot")) {
      b.append("{\"definitionId\":\"sales-pipeline\",\"definitionVersion\":1,\"history\":[");
      String[] states = {"LEAD_CAPTURE", "QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"};
      long at = 1_767_603_600L; // 2026-01-05T09:00:00Z
      for (int i = 0; b.length() < SIZE; i++) {
        String to = states[i % states.length];
        b.append(i == 0 ? "" : ",").append("{");
        if (i > 0) {
          b.append("\"from\":\"").append(states[(i - 1) % states.length]).append("\",");
        }
        at += 60 + r.nextInt(86_400);
        b.append("\"to\":\"").append(to).append("\",\"at\":\"").append(java.time.Instant.ofEpochSecond(at))
            .append("\",\"actor\":\"rep-").append(r.nextInt(50)).append("\",\"command\":\"")
            .append(i == 0 ? "start" : "advance").append("\"");
        if (r.nextInt(4) == 0) {
          b.append(",\"reason\":\"customer asked for a \\\"second\\\" look\"");
        }
        b.append('}');
      }
      return b.append("]}").toString();
    }
    b.append('[');
    for (int i = 0; b.length() < SIZE; i++) {
      if (i > 0) {
        b.append(',');
      }
      switch (name) {
        case "numbers" -> {
          int digits = 1 + r.nextInt(10);
          long v = (long) (r.nextDouble() * Math.pow(10, digits));
          b.append(r.nextInt(8) == 0 ? -v : v);
        }
        case "smallInts" -> b.append(r.nextInt(100));
        case "decimals" -> b.append(r.nextInt(100_000)).append('.').append(10 + r.nextInt(90));
        case "trues" -> b.append("true");
        case "shortStrings" -> b.append('"').append((char) ('a' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)))
            .append((char) ('a' + r.nextInt(26))).append('"');
        case "emptyArrays" -> b.append("[]");
        case "smallObjects" -> b.append("{\"zz\":").append(r.nextInt(10)).append('}');
        case "records" -> b.append("{\"id\":\"OPP-").append(i).append("\",\"amount\":").append(r.nextInt(1_000_000))
            .append('.').append(10 + r.nextInt(90)).append(",\"stage\":\"PROPOSAL\",\"won\":").append(r.nextBoolean())
            .append(",\"note\":null}");
        default -> throw new IllegalArgumentException(name);
      }
    }
    return b.append(']').toString();
  }

  /** Our reader: a {@link JsonValue} tree within the default limits. */
  @Benchmark
  public JsonValue ours() {
    return JsonReader.read(text);
  }

  /** Jackson's tree reader at its best: a reused default {@code ObjectMapper}. */
  @Benchmark
  public JsonNode jackson() throws java.io.IOException {
    return mapper.readTree(text);
  }
}
