package dev.salesops.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.json.JsonReader;
import dev.salesops.core.workflow.WorkflowJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * <b>Issue 13 (the slowest input of at most 1 MB in under 100 ms)</b> in thread CPU time, for a shared machine
 * where {@link JsonReaderBenchmark}'s wall-clock figures mostly measure the other processes: each of its
 * documents read by our {@link JsonReader} and by Jackson's {@code readTree} (one reused default
 * {@code ObjectMapper}), plus {@link WorkflowJson#readSnapshot(String)} of the 1 MB snapshot; first every reader
 * reads every document 20 times (so no figure waits for the JIT, which a loaded machine starves), then the median
 * (and the slowest) CPU time and wall time of 31 reads of the reading thread. GC threads are not counted (read
 * {@code -prof gc} of the JMH benchmark for the allocation).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.json.JsonReaderCpuTime
 * </pre>
 */
public final class JsonReaderCpuTime {
  private static final int WARM_UP = 20;
  private static final int READS = 31;

  private JsonReaderCpuTime() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ObjectMapper mapper = new ObjectMapper();
    System.out.println("load before: " + load());
    System.out.printf("%-14s %-10s %10s %10s %10s %10s%n", "document", "reader", "cpu med ms", "cpu max ms", "wall med", "wall max");
    String[] docs = {"numbers", "smallInts", "decimals", "trues", "shortStrings", "emptyArrays", "smallObjects", "records", "snapshot"};
    for (boolean measured : new boolean[] {false, true}) {
      for (String doc : docs) {
        String text = JsonReaderBenchmark.document(doc, 13);
        measure(threads, measured, doc, "ours", () -> JsonReader.read(text));
        measure(threads, measured, doc, "jackson", () -> mapper.readTree(text));
        if (doc.equals("snapshot")) {
          measure(threads, measured, doc, "decode", () -> WorkflowJson.readSnapshot(text));
        }
      }
    }
    System.out.println("load after: " + load());
  }

  private static void measure(ThreadMXBean threads, boolean measured, String doc, String reader, Callable<Object> read)
      throws Exception {
    if (!measured) {
      for (int i = 0; i < WARM_UP; i++) {
        read.call();
      }
      return;
    }
    long[] cpu = new long[READS];
    long[] wall = new long[READS];
    for (int i = 0; i < READS; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long w = System.nanoTime();
      read.call();
      wall[i] = System.nanoTime() - w;
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf("%-14s %-10s %10.2f %10.2f %10.2f %10.2f%n", doc, reader, cpu[READS / 2] / 1e6, cpu[READS - 1] / 1e6,
        wall[READS / 2] / 1e6, wall[READS - 1] / 1e6);
  }

  private static String load() {
    return String.format("%.2f (1 min), %d cores", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }
}
