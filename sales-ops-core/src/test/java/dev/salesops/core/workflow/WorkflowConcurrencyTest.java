package dev.salesops.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.UserId;
import dev.salesops.core.model.Role;
import dev.salesops.core.pipeline.SalesPipeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One definition evaluated from many threads over many snapshots gives the sequential results. */
class WorkflowConcurrencyTest {
  static final Actor REP = Actor.of(UserId.of("rep-1"), Role.REP);
  static final Actor MANAGER = Actor.of(UserId.of("mgr-1"), Role.MANAGER);

  /** Runs a seeded script of commands on one record; returns the final snapshot and every rejection message. */
  static List<Object> script(Workflow w, long seed) {
    Random r = new Random(seed);
    Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seed % 1000);
    Snapshot s = w.start(at, REP);
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      at = at.plusSeconds(r.nextInt(86_400));
      Command c = WorkflowPropertyTest.randomCommand(r, w.definition());
      if (r.nextInt(4) == 0) {
        c = Command.closeLost(dev.salesops.core.model.LostReason.PRICE);
      }
      BantAssessment bant = WorkflowPropertyTest.randomBant(r);
      Evaluation e = w.evaluate(s, c, at, r.nextBoolean() ? REP : MANAGER, bant);
      if (e instanceof Evaluation.Rejected) {
        out.add(((Evaluation.Rejected) e).message());
      }
      s = e.snapshot();
    }
    out.add(s);
    return out;
  }

  @Test
  void manyThreadsGiveTheSequentialResults() throws Exception {
    Workflow w = SalesPipeline.workflow();
    int records = 1_000;
    List<List<Object>> sequential = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      sequential.add(script(w, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<Object>>> tasks = new ArrayList<>();
      for (int i = 0; i < records; i++) {
        long seed = i;
        tasks.add(() -> script(w, seed));
      }
      List<Future<List<Object>>> futures = pool.invokeAll(tasks);
      for (int i = 0; i < records; i++) {
        assertThat(futures.get(i).get()).as("record %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    long closed = sequential.stream().map(l -> (Snapshot) l.get(l.size() - 1)).filter(s -> w.isClosed(s.state())).count();
    assertThat(closed).isPositive();
  }
}
