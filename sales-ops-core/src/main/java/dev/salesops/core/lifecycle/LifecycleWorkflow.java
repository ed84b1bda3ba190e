package dev.salesops.core.lifecycle;

import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.MovePolicy;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.Transition;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import java.util.List;

/**
 * The customer lifecycle (客戶生命週期, docs/DOMAIN.md §2) as a shipped workflow definition: ACQUISITION → CONVERSION →
 * SERVICE → GROWTH → RETENTION, plus CHURNED. Also available as the JSON resource {@value #RESOURCE}.
 *
 * <ul>
 *   <li>Moving forward is free: {@code advance} to the next stage, or {@code moveTo} any later stage (move policy
 *       FORWARD; no stage has exit criteria).
 *   <li>Moving backwards is only possible through declared commands, each requiring a reason ({@code
 *       reason.required}) and recording who acted: {@code churn} (any open stage → CHURNED), {@code win-back}
 *       (CHURNED → ACQUISITION: a churned customer is re-acquired, not silently rewound) and {@code expand}
 *       (RETENTION → GROWTH, renewed expansion). A {@code moveTo} backwards follows these edges only, with their
 *       guards.
 * </ul>
 *
 * <p>State ids are strings (the stage enum of this package, if any, maps onto them by name). CHURNED is a closed
 * state of the custom kind {@code CHURNED}, so it needs no lost reason; the reason is free text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LifecycleWorkflow {
  /** The definition id. */
  public static final String ID = "customer-lifecycle";
  /** The class-path resource holding the JSON form. */
  public static final String RESOURCE = "/dev/salesops/core/lifecycle/lifecycle.json";
  /** 獲取. */
  public static final String ACQUISITION = "ACQUISITION";
  /** 轉化. */
  public static final String CONVERSION = "CONVERSION";
  /** 服務. */
  public static final String SERVICE = "SERVICE";
  /** 成長. */
  public static final String GROWTH = "GROWTH";
  /** 保留. */
  public static final String RETENTION = "RETENTION";
  /** The customer left. */
  public static final String CHURNED = "CHURNED";
  /** The command that ends a customer relationship. */
  public static final String CHURN = "churn";
  /** The command that re-acquires a churned customer. */
  public static final String WIN_BACK = "win-back";
  /** The command that takes a retained customer back into growth. */
  public static final String EXPAND = "expand";

  private static final CriterionSpec REASON = CriterionSpec.of(StandardCriteria.REASON_REQUIRED);
  private static final WorkflowDefinition DEFINITION = WorkflowDefinition.builder()
      .id(ID)
      .version(1)
      .description("Customer lifecycle (docs/DOMAIN.md §2, 客戶生命週期): forward moves free, backward moves only by declared commands")
      .movePolicy(MovePolicy.FORWARD)
      .lostReasons(List.of())
      .state(stage(ACQUISITION, 1, "獲取 acquisition"))
      .state(stage(CONVERSION, 2, "轉化 conversion"))
      .state(stage(SERVICE, 3, "服務 service"))
      .state(stage(GROWTH, 4, "成長 growth"))
      .state(stage(RETENTION, 5, "保留 retention"))
      .state(State.builder(CHURNED, 6, StateKind.of("CHURNED")).description("churned").build())
      .chain(Command.ADVANCE, ACQUISITION, CONVERSION, SERVICE, GROWTH, RETENTION)
      .transition(Transition.fromKind(StateKind.OPEN, CHURN, CHURNED).withGuard(REASON))
      .transition(Transition.of(CHURNED, WIN_BACK, ACQUISITION).withGuard(REASON))
      .transition(Transition.of(RETENTION, EXPAND, GROWTH).withGuard(REASON))
      .build();
  private static final Workflow DEFAULT = Workflow.of(DEFINITION, StandardCriteria.registry());

  private LifecycleWorkflow() {}

  /** The definition. */
  public static WorkflowDefinition definition() {
    return DEFINITION;
  }

  /** The lifecycle with core's default criteria. */
  public static Workflow workflow() {
    return DEFAULT;
  }

  /**
   * The lifecycle resolved against {@code registry}. Validates and resolves on every call:
   * build it once and share it (it is thread-safe).
   */
  public static Workflow workflow(CriterionRegistry registry) {
    return Workflow.of(DEFINITION, registry);
  }

  /** The stages in order, CHURNED last. */
  public static List<String> stages() {
    return List.of(ACQUISITION, CONVERSION, SERVICE, GROWTH, RETENTION, CHURNED);
  }

  private static State stage(String id, int order, String description) {
    return State.builder(id, order, StateKind.OPEN).description(description).build();
  }
}
