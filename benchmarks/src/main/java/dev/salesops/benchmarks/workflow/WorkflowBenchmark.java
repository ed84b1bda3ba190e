package dev.salesops.benchmarks.workflow;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.BantStatus;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Opportunity;
import dev.salesops.core.model.OpportunityId;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.Actor;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.Evaluation;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * The workflow engine's hot paths: a BANT-guarded {@code advance} on an opportunity whose snapshot has a
 * 10-entry history (accepted, and refused with every reason), and loading + validating the seven-stage
 * pipeline from JSON.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WorkflowBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc
 * </pre>
 *
 * Goal: at least 2 million guarded evaluations per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class WorkflowBenchmark {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  Workflow pipeline;
  CriterionRegistry registry;
  Snapshot tenEntries;
  Actor rep;
  Opportunity qualified;
  Opportunity unqualified;
  Instant at;
  String json;

  @Setup
  public void setUp() throws IOException {
    registry = StandardCriteria.registry();
    pipeline = SalesPipeline.workflow();
    rep = Actor.of(UserId.of("rep-1"), Role.REP);
    tenEntries = tenEntrySnapshot(pipeline, T0);
    at = T0.plus(Duration.ofDays(30));
    qualified = opportunity(BantStatus.CONFIRMED, BantStatus.CONFIRMED);
    unqualified = opportunity(BantStatus.UNKNOWN, BantStatus.PARTIAL);
    if (!pipeline.evaluate(tenEntries, Command.advance(), at, rep, qualified).isAccepted()
        || pipeline.evaluate(tenEntries, Command.advance(), at, rep, unqualified).isAccepted()) {
      throw new IllegalStateException("benchmark set-up is wrong");
    }
    try (InputStream in = SalesPipeline.class.getResourceAsStream(SalesPipeline.RESOURCE)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A snapshot in QUALIFICATION with exactly 10 history entries (lost and reopened four times). */
  static Snapshot tenEntrySnapshot(Workflow pipeline, Instant t0) {
    Actor rep = Actor.of(UserId.of("rep-1"), Role.REP);
    Actor manager = Actor.of(UserId.of("mgr-1"), Role.MANAGER);
    Snapshot s = pipeline.start(t0, rep);
    Instant t = t0;
    s = pipeline.evaluate(s, Command.advance(), t = t.plusSeconds(3600), rep).snapshot();
    for (int i = 0; i < 4; i++) {
      s = pipeline.evaluate(s, Command.closeLost(LostReason.TIMING), t = t.plusSeconds(3600), rep).snapshot();
      s = pipeline.evaluate(s, Command.reopen(), t = t.plusSeconds(3600), manager).snapshot();
    }
    if (s.historySize() != 10 || !s.state().equals(SalesPipeline.QUALIFICATION)) {
      throw new IllegalStateException("expected 10 entries in QUALIFICATION: " + s);
    }
    return s;
  }

  static Opportunity opportunity(BantStatus authority, BantStatus timeline) {
    return Opportunity.builder().id(OpportunityId.of("opp-1")).ownerId(UserId.of("rep-1")).stage("QUALIFICATION")
        .createdAt(T0).bant(BantAssessment.builder().budget(BantStatus.CONFIRMED).authority(authority)
            .need(BantStatus.CONFIRMED).timeline(timeline).build())
        .build();
  }

  /** BANT-guarded advance, accepted: the next snapshot (11 entries). */
  @Benchmark
  public Evaluation guardedAdvanceAccepted() {
    return pipeline.evaluate(tenEntries, Command.advance(), at, rep, qualified);
  }

  /** BANT-guarded advance, refused with two reasons. */
  @Benchmark
  public Evaluation guardedAdvanceRejected() {
    return pipeline.evaluate(tenEntries, Command.advance(), at, rep, unqualified);
  }

  /** Reads, validates and resolves the seven-stage pipeline from its JSON resource. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Workflow loadAndValidateSevenStagePipeline() {
    return WorkflowJson.load(json, registry);
  }
}
