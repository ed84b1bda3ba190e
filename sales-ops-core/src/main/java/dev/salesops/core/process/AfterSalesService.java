package dev.salesops.core.process;

import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.Transition;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import java.time.Duration;
import java.util.List;

/**
 * The shipped after-sales service process (售後服務流程, docs/DOMAIN.md §1): ONBOARDING → SUPPORT → UPGRADE → REVIEW,
 * where a periodic REVIEW (satisfaction survey, value realisation) returns to SUPPORT ({@code continue}) until
 * the service ends ({@code end}, from any open state, with a reason). SUPPORT may go straight to REVIEW
 * ({@code review}). Also available as the JSON resource {@value #RESOURCE}.
 *
 * <p>Maximum dwell times make missed follow-ups queryable: onboarding 30 days, a review at least every 90 days
 * of support, upgrades 30 days, a review closed within 14 days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AfterSalesService {
  /** The definition id. */
  public static final String ID = "after-sales-service";
  /** The class-path resource holding the JSON form. */
  public static final String RESOURCE = "/dev/salesops/core/process/after-sales-service.json";
  /** 初始安裝與培訓. */
  public static final String ONBOARDING = "ONBOARDING";
  /** 日常支持與維護. */
  public static final String SUPPORT = "SUPPORT";
  /** 產品升級與優化. */
  public static final String UPGRADE = "UPGRADE";
  /** 定期回訪與評估. */
  public static final String REVIEW = "REVIEW";
  /** The service ended. */
  public static final String ENDED = "ENDED";

  private static final WorkflowDefinition DEFINITION = WorkflowDefinition.builder()
      .id(ID)
      .version(1)
      .description("After-sales service (docs/DOMAIN.md §1, 售後服務流程)")
      .lostReasons(List.of())
      .state(step(ONBOARDING, 1, 30, "初始安裝與培訓 installation and training"))
      .state(step(SUPPORT, 2, 90, "日常支持與維護 day-to-day support and maintenance"))
      .state(step(UPGRADE, 3, 30, "產品升級與優化 upgrade and optimisation"))
      .state(step(REVIEW, 4, 14, "定期回訪與評估 periodic review: satisfaction survey, value realisation"))
      .state(State.builder(ENDED, 5, StateKind.of("ENDED")).description("service ended").build())
      .chain(Command.ADVANCE, ONBOARDING, SUPPORT, UPGRADE, REVIEW)
      .transition(Transition.of(SUPPORT, "review", REVIEW))
      .transition(Transition.of(REVIEW, "continue", SUPPORT))
      .transition(Transition.fromKind(StateKind.OPEN, "end", ENDED).withGuard(CriterionSpec.of(StandardCriteria.REASON_REQUIRED)))
      .build();
  private static final Workflow DEFAULT = Workflow.of(DEFINITION, StandardCriteria.registry());

  private AfterSalesService() {}

  /** The definition. */
  public static WorkflowDefinition definition() {
    return DEFINITION;
  }

  /** The process with core's default criteria. */
  public static Workflow workflow() {
    return DEFAULT;
  }

  /**
   * The process resolved against {@code registry}. Validates and resolves on every call:
   * build it once and share it (it is thread-safe).
   */
  public static Workflow workflow(CriterionRegistry registry) {
    return Workflow.of(DEFINITION, registry);
  }

  private static State step(String id, int order, int maxDwellDays, String description) {
    return State.builder(id, order, StateKind.OPEN).maxDwell(Duration.ofDays(maxDwellDays)).description(description).build();
  }
}
