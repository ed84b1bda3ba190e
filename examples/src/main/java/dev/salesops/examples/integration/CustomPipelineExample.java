package dev.salesops.examples.integration;

import dev.salesops.core.model.BantAssessment;
import dev.salesops.core.model.LostReason;
import dev.salesops.core.model.Role;
import dev.salesops.core.model.UserId;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
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
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Integration example — a custom pipeline defined in JSON: a subscription-renewal pipeline (the resource {@value
 * #PIPELINE}: UPCOMING, HEALTH_CHECK with a BANT exit on budget and authority only, QUOTE_SENT, RENEWED, CHURNED;
 * custom commands {@code renew}, {@code churn} and a guarded {@code win-back}) is loaded, which validates it and
 * resolves its criteria; a broken edit of it (the resource {@value #BROKEN}) is refused with <em>all</em> its
 * problems in one {@link ValidationException}; the valid one is exported as a Mermaid {@code stateDiagram-v2}.
 * Two moves on a record show the custom commands at work.
 *
 * <p>Note: the engine checks the shape of the graph (every state reachable, a way from every state to a closed
 * one) once the states and edges themselves are sound, so such problems appear after the ones listed here are
 * fixed.
 *
 * <p>Run: {@code java -cp sales-ops-cli/target/sales-ops.jar dev.salesops.examples.integration.CustomPipelineExample}.
 */
public final class CustomPipelineExample {
  /** The valid definition, relative to this class. */
  public static final String PIPELINE = "renewal-pipeline.json";
  /** The broken definition, relative to this class. */
  public static final String BROKEN = "renewal-pipeline-broken.json";

  static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

  private CustomPipelineExample() {}

  /**
   * What happened.
   *
   * @param pipeline the loaded renewal pipeline
   * @param problems every problem of the broken version, in the order reported
   * @param mermaid the pipeline as a Mermaid diagram
   * @param winBackByRep the refused win-back of a churned record by a rep without a reason
   */
  public record Result(Workflow pipeline, List<Problem> problems, String mermaid, Evaluation.Rejected winBackByRep) {}

  /** Loads both versions, exports the diagram and moves one record. */
  public static Result run() {
    CriterionRegistry registry = StandardCriteria.registry();
    Workflow renewals = load(PIPELINE, registry);

    List<Problem> problems = List.of();
    try {
      load(BROKEN, registry);
    } catch (ValidationException e) {
      problems = e.problems();
    }

    Actor rep = Actor.of(UserId.of("alice"), Role.REP);
    Snapshot s = renewals.start(T0, rep);
    s = renewals.evaluate(s, Command.advance(), T0.plus(Duration.ofDays(3)), rep, BantAssessment.unknown()).snapshot();
    s = renewals.evaluate(s, Command.custom("churn").withLostReason(LostReason.COMPETITOR), T0.plus(Duration.ofDays(8)),
        rep).snapshot();
    Evaluation winBack = renewals.evaluate(s, Command.custom("win-back"), T0.plus(Duration.ofDays(20)), rep);
    return new Result(renewals, problems, renewals.toMermaid(), (Evaluation.Rejected) winBack);
  }

  /** Prints the problems of the broken version, the diagram and the refused win-back. */
  public static void main(String[] args) {
    Result r = run();
    System.out.println("loaded " + r.pipeline());
    System.out.println(BROKEN + " is refused with " + r.problems().size() + " problems:");
    r.problems().forEach(p -> System.out.println("  " + p.message()));
    System.out.println();
    System.out.print(r.mermaid());
    System.out.println();
    System.out.println(r.winBackByRep().message());
  }

  /** Reads, validates and resolves the definition resource {@code name}. */
  static Workflow load(String name, CriterionRegistry registry) {
    try (InputStream in = CustomPipelineExample.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing class-path resource " + name);
      }
      return WorkflowJson.load(in, registry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
