package dev.salesops.core.pipeline;

import dev.salesops.core.model.Role;
import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.core.workflow.MovePolicy;
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
 * The shipped seven-stage sales pipeline (銷售流程全覽, docs/DOMAIN.md §1), the flagship definition of the workflow
 * engine. Also available as the JSON resource {@value #RESOURCE} for hosts to copy and edit.
 *
 * <table>
 *   <caption>Stages</caption>
 *   <tr><th>#</th><th>state</th><th>kind</th><th>probability</th><th>forecast</th><th>max dwell</th><th>exit criterion</th></tr>
 *   <tr><td>1</td><td>LEAD_CAPTURE</td><td>OPEN</td><td>0.05</td><td>PIPELINE</td><td>7 days</td><td></td></tr>
 *   <tr><td>2</td><td>QUALIFICATION</td><td>OPEN</td><td>0.1</td><td>PIPELINE</td><td>14 days</td><td>{@code bant.qualified}</td></tr>
 *   <tr><td>3</td><td>DISCOVERY</td><td>OPEN</td><td>0.25</td><td>PIPELINE</td><td>21 days</td><td></td></tr>
 *   <tr><td>4</td><td>PROPOSAL</td><td>OPEN</td><td>0.5</td><td>BEST_CASE</td><td>21 days</td><td></td></tr>
 *   <tr><td>5</td><td>NEGOTIATION</td><td>OPEN</td><td>0.75</td><td>COMMIT</td><td>30 days</td><td></td></tr>
 *   <tr><td>6</td><td>CLOSED_WON</td><td>WON</td><td>1</td><td>CLOSED</td><td>30 days</td><td></td></tr>
 *   <tr><td>7</td><td>PAYMENT_AND_DELIVERY</td><td>WON</td><td>1</td><td>CLOSED</td><td></td><td></td></tr>
 *   <tr><td>8</td><td>CLOSED_LOST</td><td>LOST</td><td>0</td><td>OMITTED</td><td></td><td></td></tr>
 * </table>
 *
 * <p>Edges: {@code advance} along stages 1 to 5, {@code close-won} from NEGOTIATION, {@code advance} from
 * CLOSED_WON to PAYMENT_AND_DELIVERY (payment collected and delivered: a post-close step, both WON);
 * {@code close-lost} from every OPEN stage (a group edge) with a lost reason from {@link
 * dev.salesops.core.model.LostReason}'s taxonomy; {@code reopen} from CLOSED_LOST back to the last open stage,
 * for the MANAGER role only ({@code role.required}). Move policy FORWARD: a deal may be dragged forward (e.g.
 * QUALIFICATION to PROPOSAL), and the exit criteria of every stage it skips still apply, so BANT cannot be
 * skipped.
 *
 * <p>Library decisions: the probabilities and forecast categories are the usual CRM defaults; CLOSED_WON has a
 * maximum dwell of 30 days, so a signed deal not yet paid and delivered after 30 days is stalled.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SalesPipeline {
  /** The definition id. */
  public static final String ID = "sales-pipeline";
  /** The class-path resource holding the JSON form. */
  public static final String RESOURCE = "/dev/salesops/core/pipeline/sales-pipeline.json";

  /** Stage 1, 線索獲取. */
  public static final String LEAD_CAPTURE = "LEAD_CAPTURE";
  /** Stage 2, 線索篩選. */
  public static final String QUALIFICATION = "QUALIFICATION";
  /** Stage 3, 客戶接觸. */
  public static final String DISCOVERY = "DISCOVERY";
  /** Stage 4, 方案提供. */
  public static final String PROPOSAL = "PROPOSAL";
  /** Stage 5, 談判協商. */
  public static final String NEGOTIATION = "NEGOTIATION";
  /** Stage 6, 成交簽約. */
  public static final String CLOSED_WON = "CLOSED_WON";
  /** Stage 7, 回款交付. */
  public static final String PAYMENT_AND_DELIVERY = "PAYMENT_AND_DELIVERY";
  /** Lost, from any open stage. */
  public static final String CLOSED_LOST = "CLOSED_LOST";

  private static final WorkflowDefinition DEFINITION = build();
  private static final Workflow DEFAULT = Workflow.of(DEFINITION, StandardCriteria.registry());

  private SalesPipeline() {}

  /** The definition. */
  public static WorkflowDefinition definition() {
    return DEFINITION;
  }

  /** The pipeline with core's default criteria ({@code bant.qualified} = all four BANT facts confirmed). */
  public static Workflow workflow() {
    return DEFAULT;
  }

  /**
   * The pipeline resolved against {@code registry} (e.g. with scoring's policy-based {@code bant.qualified}). Validates and resolves on every call:
   * build it once and share it (it is thread-safe).
   */
  public static Workflow workflow(CriterionRegistry registry) {
    return Workflow.of(DEFINITION, registry);
  }

  /** The open stages in order. */
  public static List<String> openStages() {
    return List.of(LEAD_CAPTURE, QUALIFICATION, DISCOVERY, PROPOSAL, NEGOTIATION);
  }

  private static WorkflowDefinition build() {
    return WorkflowDefinition.builder()
        .id(ID)
        .version(1)
        .description("Seven-stage sales pipeline (docs/DOMAIN.md §1)")
        .movePolicy(MovePolicy.FORWARD)
        .state(stage(LEAD_CAPTURE, 1, StateKind.OPEN, "0.05", ForecastCategory.PIPELINE, 7, "線索獲取 lead capture: a lead with a source channel and a contact point").build())
        .state(stage(QUALIFICATION, 2, StateKind.OPEN, "0.1", ForecastCategory.PIPELINE, 14, "線索篩選 qualification: BANT")
            .exitCriteria(CriterionSpec.of(StandardCriteria.BANT_QUALIFIED)).build())
        .state(stage(DISCOVERY, 3, StateKind.OPEN, "0.25", ForecastCategory.PIPELINE, 21, "客戶接觸 discovery: first contact made, needs recorded").build())
        .state(stage(PROPOSAL, 4, StateKind.OPEN, "0.5", ForecastCategory.BEST_CASE, 21, "方案提供 proposal: a tailored proposal or quote delivered").build())
        .state(stage(NEGOTIATION, 5, StateKind.OPEN, "0.75", ForecastCategory.COMMIT, 30, "談判協商 negotiation: objections handled, intent to buy agreed").build())
        .state(stage(CLOSED_WON, 6, StateKind.WON, "1", ForecastCategory.CLOSED, 30, "成交簽約 closed won: contract signed, delivery terms fixed").build())
        .state(stage(PAYMENT_AND_DELIVERY, 7, StateKind.WON, "1", ForecastCategory.CLOSED, 0, "回款交付 payment collected and product delivered").build())
        .state(stage(CLOSED_LOST, 8, StateKind.LOST, "0", ForecastCategory.OMITTED, 0, "closed lost, with a lost reason").build())
        .chain(Command.ADVANCE, LEAD_CAPTURE, QUALIFICATION, DISCOVERY, PROPOSAL, NEGOTIATION)
        .transition(Transition.of(NEGOTIATION, Command.CLOSE_WON, CLOSED_WON))
        .transition(Transition.of(CLOSED_WON, Command.ADVANCE, PAYMENT_AND_DELIVERY))
        .transition(Transition.fromKind(StateKind.OPEN, Command.CLOSE_LOST, CLOSED_LOST))
        .transition(Transition.toLastOpen(CLOSED_LOST, Command.REOPEN)
            .withGuard(CriterionSpec.of(StandardCriteria.ROLE_REQUIRED, Map.of("roles", List.of(Role.MANAGER.code())))))
        .build();
  }

  private static State.Builder stage(String id, int order, StateKind kind, String probability, ForecastCategory category,
      int maxDwellDays, String description) {
    State.Builder b = State.builder(id, order, kind).probability(probability).forecastCategory(category)
        .description(description);
    if (maxDwellDays > 0) {
      b.maxDwell(Duration.ofDays(maxDwellDays));
    }
    return b;
  }
}
