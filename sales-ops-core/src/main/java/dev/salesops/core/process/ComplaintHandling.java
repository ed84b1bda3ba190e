package dev.salesops.core.process;

import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.Transition;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shipped objection and complaint handling process (客戶異議與投訴處理, docs/DOMAIN.md §1): LISTEN → ANALYSE →
 * RESPOND → FOLLOW_UP → RESOLVED, with response deadlines. Also available as the JSON resource {@value
 * #RESOURCE}.
 *
 * <table>
 *   <caption>States and standard response deadlines (the states' maximum dwell times)</caption>
 *   <tr><th>state</th><th>kind</th><th>deadline</th><th>to leave it</th></tr>
 *   <tr><td>LISTEN</td><td>OPEN</td><td>4 hours</td><td>acknowledge the customer</td></tr>
 *   <tr><td>ANALYSE</td><td>OPEN</td><td>1 day</td><td>type, severity, priority judged</td></tr>
 *   <tr><td>RESPOND</td><td>OPEN</td><td>3 days</td><td>a reason: the committed action and its deadline</td></tr>
 *   <tr><td>FOLLOW_UP</td><td>OPEN</td><td>7 days</td><td>satisfaction confirmed, case recorded</td></tr>
 *   <tr><td>RESOLVED</td><td>RESOLVED</td><td></td><td>{@code reopen} (with a reason) returns to the last open state</td></tr>
 * </table>
 *
 * <p>Response deadlines scale with {@link Severity}: the deadline of the current state is {@code enteredAt +
 * maxDwell × factor} (CRITICAL ¼, HIGH ½, MEDIUM 1, LOW 2). Library decision: the severity is a fact of the
 * case the host keeps (judged in ANALYSE); the definition carries the standard (MEDIUM) deadlines as data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplaintHandling {
  /** The definition id. */
  public static final String ID = "complaint-handling";
  /** The class-path resource holding the JSON form. */
  public static final String RESOURCE = "/dev/salesops/core/process/complaint-handling.json";
  /** 傾聽與理解. */
  public static final String LISTEN = "LISTEN";
  /** 分析與判斷. */
  public static final String ANALYSE = "ANALYSE";
  /** 回應與解決. */
  public static final String RESPOND = "RESPOND";
  /** 跟進與總結. */
  public static final String FOLLOW_UP = "FOLLOW_UP";
  /** Resolved. */
  public static final String RESOLVED = "RESOLVED";

  /** What the objection is about (分析與判斷). */
  public enum ObjectionType {
    /** Price. */
    PRICE,
    /** Product capability. */
    PRODUCT_CAPABILITY,
    /** Service guarantee. */
    SERVICE_GUARANTEE,
    /** A competitor. */
    COMPETITOR,
    /** Anything else. */
    OTHER
  }

  /** How severe a case is, and how much faster it must be answered. */
  public enum Severity {
    /** Twice the standard deadline. */
    LOW(2, 1),
    /** The standard deadline. */
    MEDIUM(1, 1),
    /** Half the standard deadline. */
    HIGH(1, 2),
    /** A quarter of the standard deadline. */
    CRITICAL(1, 4);

    private final int multiply;
    private final int divide;

    Severity(int multiply, int divide) {
      this.multiply = multiply;
      this.divide = divide;
    }

    /** {@code standard × factor}. */
    public Duration scale(Duration standard) {
      return standard.multipliedBy(multiply).dividedBy(divide);
    }
  }

  private static final WorkflowDefinition DEFINITION = WorkflowDefinition.builder()
      .id(ID)
      .version(1)
      .description("Objection and complaint handling (docs/DOMAIN.md §1, 客戶異議與投訴處理)")
      .lostReasons(List.of())
      .state(step(LISTEN, 1, Duration.ofHours(4), "傾聽與理解 listen and understand"))
      .state(step(ANALYSE, 2, Duration.ofDays(1), "分析與判斷 analyse: type, severity, priority"))
      .state(step(RESPOND, 3, Duration.ofDays(3), "回應與解決 respond: committed action and deadline"))
      .state(step(FOLLOW_UP, 4, Duration.ofDays(7), "跟進與總結 follow up: satisfaction confirmed, case recorded"))
      .state(State.builder(RESOLVED, 5, StateKind.of("RESOLVED")).description("resolved").build())
      .chain(Command.ADVANCE, LISTEN, ANALYSE, RESPOND)
      .transition(Transition.of(RESPOND, Command.ADVANCE, FOLLOW_UP)
          .withGuard(CriterionSpec.of(StandardCriteria.REASON_REQUIRED)))
      .transition(Transition.of(FOLLOW_UP, Command.ADVANCE, RESOLVED))
      .transition(Transition.toLastOpen(RESOLVED, Command.REOPEN).withGuard(CriterionSpec.of(StandardCriteria.REASON_REQUIRED)))
      .build();
  private static final Workflow DEFAULT = Workflow.of(DEFINITION, StandardCriteria.registry());

  private ComplaintHandling() {}

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

  /**
   * The response deadline of the case's current state for {@code severity}: {@code enteredAt + severity.scale(maxDwell)};
   * empty when the state has no deadline (RESOLVED).
   */
  public static Optional<Instant> responseDeadline(Workflow workflow, Snapshot snapshot, Severity severity) {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(severity, "severity");
    Snapshot s = workflow.migrate(Objects.requireNonNull(snapshot, "snapshot"));
    return workflow.state(s.state()).flatMap(State::maxDwell).map(d -> s.enteredAt().plus(severity.scale(d)));
  }

  /** Whether the case is past its response deadline at {@code at} (strictly after the deadline). */
  public static boolean isOverdue(Workflow workflow, Snapshot snapshot, Severity severity, Instant at) {
    Objects.requireNonNull(at, "at");
    return responseDeadline(workflow, snapshot, severity).map(at::isAfter).orElse(false);
  }

  private static State step(String id, int order, Duration deadline, String description) {
    return State.builder(id, order, StateKind.OPEN).maxDwell(deadline).description(description).build();
  }
}
