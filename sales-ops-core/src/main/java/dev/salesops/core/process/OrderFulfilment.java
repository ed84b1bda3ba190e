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
import java.util.Map;

/**
 * The shipped order-fulfilment process (供應鏈與銷售協同, docs/DOMAIN.md §1): ORDER_RECEIVED → ORDER_REVIEW →
 * PRODUCTION_OR_PROCUREMENT → WAREHOUSING → SHIPPING → DELIVERED, with CANCELLED from every open state. Also
 * available as the JSON resource {@value #RESOURCE}.
 *
 * <table>
 *   <caption>States and default lead times</caption>
 *   <tr><th>state</th><th>kind</th><th>lead time</th><th>max dwell</th></tr>
 *   <tr><td>ORDER_RECEIVED</td><td>OPEN</td><td>4 hours</td><td>1 day</td></tr>
 *   <tr><td>ORDER_REVIEW</td><td>OPEN</td><td>1 day</td><td>2 days</td></tr>
 *   <tr><td>PRODUCTION_OR_PROCUREMENT</td><td>OPEN</td><td>10 days</td><td>15 days</td></tr>
 *   <tr><td>WAREHOUSING</td><td>OPEN</td><td>2 days</td><td>3 days</td></tr>
 *   <tr><td>SHIPPING</td><td>OPEN</td><td>3 days</td><td>5 days</td></tr>
 *   <tr><td>DELIVERED</td><td>DONE</td><td></td><td></td></tr>
 *   <tr><td>CANCELLED</td><td>CANCELLED</td><td></td><td></td></tr>
 * </table>
 *
 * <p>Edges: {@code advance} along the chain; leaving ORDER_REVIEW (customer, configuration and commercial terms
 * checked) needs the FINANCE or MANAGER role; {@code cancel} from every open state needs a reason. Promise dates:
 * {@link PromiseDates} (sales must not promise a date shorter than the remaining lead times).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrderFulfilment {
  /** The definition id. */
  public static final String ID = "order-fulfilment";
  /** The class-path resource holding the JSON form. */
  public static final String RESOURCE = "/dev/salesops/core/process/order-fulfilment.json";
  /** 訂單接收. */
  public static final String ORDER_RECEIVED = "ORDER_RECEIVED";
  /** 訂單審核. */
  public static final String ORDER_REVIEW = "ORDER_REVIEW";
  /** 生產/採購. */
  public static final String PRODUCTION_OR_PROCUREMENT = "PRODUCTION_OR_PROCUREMENT";
  /** 倉儲管理. */
  public static final String WAREHOUSING = "WAREHOUSING";
  /** 物流配送. */
  public static final String SHIPPING = "SHIPPING";
  /** 交付完成. */
  public static final String DELIVERED = "DELIVERED";
  /** Cancelled, with a reason. */
  public static final String CANCELLED = "CANCELLED";

  private static final WorkflowDefinition DEFINITION = WorkflowDefinition.builder()
      .id(ID)
      .version(1)
      .description("Order fulfilment (docs/DOMAIN.md §1, 供應鏈與銷售協同)")
      .lostReasons(List.of())
      .state(step(ORDER_RECEIVED, 1, Duration.ofHours(4), Duration.ofDays(1), "訂單接收 order received"))
      .state(step(ORDER_REVIEW, 2, Duration.ofDays(1), Duration.ofDays(2),
          "訂單審核 order review: customer, configuration, commercial terms"))
      .state(step(PRODUCTION_OR_PROCUREMENT, 3, Duration.ofDays(10), Duration.ofDays(15), "生產/採購 production or procurement"))
      .state(step(WAREHOUSING, 4, Duration.ofDays(2), Duration.ofDays(3), "倉儲管理 warehousing"))
      .state(step(SHIPPING, 5, Duration.ofDays(3), Duration.ofDays(5), "物流配送 shipping"))
      .state(State.builder(DELIVERED, 6, StateKind.of("DONE")).description("交付完成 delivered").build())
      .state(State.builder(CANCELLED, 7, StateKind.of("CANCELLED")).description("cancelled, with a reason").build())
      .chain(Command.ADVANCE, ORDER_RECEIVED, ORDER_REVIEW)
      .transition(Transition.of(ORDER_REVIEW, Command.ADVANCE, PRODUCTION_OR_PROCUREMENT)
          .withGuard(CriterionSpec.of(StandardCriteria.ROLE_REQUIRED, Map.of("roles", List.of("FINANCE", "MANAGER")))))
      .chain(Command.ADVANCE, PRODUCTION_OR_PROCUREMENT, WAREHOUSING, SHIPPING, DELIVERED)
      .transition(Transition.fromKind(StateKind.OPEN, "cancel", CANCELLED)
          .withGuard(CriterionSpec.of(StandardCriteria.REASON_REQUIRED)))
      .build();
  private static final Workflow DEFAULT = Workflow.of(DEFINITION, StandardCriteria.registry());

  private OrderFulfilment() {}

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

  private static State step(String id, int order, Duration leadTime, Duration maxDwell, String description) {
    return State.builder(id, order, StateKind.OPEN).leadTime(leadTime).maxDwell(maxDwell).description(description).build();
  }
}
