package dev.salesops.scoring.bant;

import dev.salesops.core.pipeline.SalesPipeline;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Workflow;
import java.util.Objects;

/**
 * The shipped seven-stage pipeline with a BANT qualification policy installed, in one call.
 *
 * <pre>{@code
 * Workflow pipeline = SalesPipelines.withQualification(QualificationPolicy.allConfirmed());
 * Evaluation e = pipeline.evaluate(snapshot, Command.advance(), now, actor, hostDeal); // hostDeal: DealFacts
 * }</pre>
 *
 * <p>Build the workflow once and share it: it is immutable and thread-safe. This class is stateless.
 */
public final class SalesPipelines {
  private SalesPipelines() {}

  /**
   * The shipped {@link SalesPipeline} whose QUALIFICATION exit ({@code bant.qualified}) is judged by {@code policy};
   * every other criterion is core's standard one.
   */
  public static Workflow withQualification(QualificationPolicy policy) {
    return SalesPipeline.workflow(registry(policy));
  }

  /**
   * Core's standard criteria with {@code bant.qualified} judged by {@code policy} when a definition gives no
   * params, and by the params' policy otherwise: the registry for a host's own definitions.
   */
  public static CriterionRegistry registry(QualificationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return StandardCriteria.registry().toBuilder().replace(BantQualifiedCriterionType.withDefault(policy)).build();
  }
}
