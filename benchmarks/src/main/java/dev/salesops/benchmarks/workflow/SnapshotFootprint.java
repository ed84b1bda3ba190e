package dev.salesops.benchmarks.workflow;

import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.SnapshotReader;
import dev.salesops.core.workflow.WorkflowJson;
import dev.salesops.core.workflow.Workflow;
import java.time.Instant;

/**
 * <b>Checks issue 14, goal 4</b> (and the earlier in-memory footprint goal): retained heap size of a snapshot
 * with 10 history entries, without JOL: holds {@code N} distinct snapshots (distinct instants; actors from a
 * pool of 50 reps and 5 managers, as in a real tenant) and measures the used heap before and after, with
 * repeated GCs. Three ways the snapshots come to be held: built in memory by the engine ({@code memory}), read
 * back from their JSON with {@code WorkflowJson.readSnapshot} ({@code json}), and read back with the definition's
 * {@code SnapshotReader} ({@code reader}, what a host keeping many snapshots should use). The JSON texts are
 * written first and the snapshots they came from dropped; the texts are held across the measurement, so only
 * the snapshots read count.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.workflow.SnapshotFootprint [n] [memory|json|reader]
 * </pre>
 *
 * Goal: at most 1 KiB per snapshot with 10 entries, also when read from JSON.
 */
public final class SnapshotFootprint {
  private SnapshotFootprint() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    String mode = args.length > 1 ? args[1] : "memory";
    Workflow pipeline = SalesPipeline.workflow();
    Actor[] reps = new Actor[50];
    Actor[] managers = new Actor[5];
    for (int i = 0; i < reps.length; i++) {
      reps[i] = Actor.of(UserId.of("rep-" + i), Role.REP);
    }
    for (int i = 0; i < managers.length; i++) {
      managers[i] = Actor.of(UserId.of("mgr-" + i), Role.MANAGER);
    }
    Snapshot[] keep = new Snapshot[n];
    String[] json = mode.equals("memory") ? null : new String[n];
    long before = mode.equals("memory") ? used() : 0;
    Instant base = Instant.parse("2026-01-05T09:00:00Z");
    for (int k = 0; k < n; k++) {
      Actor rep = reps[k % reps.length];
      Actor manager = managers[k % managers.length];
      Instant t = base.plusSeconds(k * 7L);
      Snapshot s = pipeline.start(t, rep);
      s = pipeline.evaluate(s, Command.advance(), t = t.plusSeconds(3600 + k % 13), rep).snapshot();
      for (int i = 0; i < 4; i++) {
        s = pipeline.evaluate(s, Command.closeLost(LostReason.TIMING), t = t.plusSeconds(3600 + i), rep).snapshot();
        s = pipeline.evaluate(s, Command.reopen(), t = t.plusSeconds(1800 + i), manager).snapshot();
      }
      if (s.historySize() != 10) {
        throw new IllegalStateException("expected 10 entries: " + s);
      }
      if (json == null) {
        keep[k] = s;
      } else {
        json[k] = WorkflowJson.write(s);
      }
    }
    if (json != null) {
      SnapshotReader reader = WorkflowJson.snapshotReader(pipeline.definition());
      before = used(); // the texts stay held until after the measurement: only the snapshots read count
      for (int k = 0; k < n; k++) {
        keep[k] = mode.equals("reader") ? reader.read(json[k]) : WorkflowJson.readSnapshot(json[k]);
      }
    }
    long after = used();
    if (json != null) {
      System.out.println("texts held during the measurement: " + json.length);
    }
    double perSnapshot = (after - before) / (double) n;
    System.out.printf("snapshots: %d, 10 history entries each, held as %s%n", n, mode);
    System.out.printf("retained: %.1f bytes per snapshot (%.1f MiB in total; the holding array is excluded)%n",
        perSnapshot, (after - before) / 1048576.0);
    System.out.println("sanity: " + keep[n - 1].state() + " " + keep[0].historySize());
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long u = rt.totalMemory() - rt.freeMemory();
      if (Math.abs(u - last) < 64 * 1024) {
        return u;
      }
      last = u;
    }
    return last;
  }
}
