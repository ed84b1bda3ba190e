package dev.salesops.core.process;

import dev.salesops.core.workflow.Command;
import dev.salesops.core.workflow.CriterionRegistry;
import dev.salesops.core.workflow.CriterionSpec;
import dev.salesops.core.workflow.HistoryEntry;
import dev.salesops.core.workflow.Snapshot;
import dev.salesops.core.workflow.StandardCriteria;
import dev.salesops.core.workflow.State;
import dev.salesops.core.workflow.StateKind;
import dev.salesops.core.workflow.Transition;
import dev.salesops.core.workflow.Workflow;
import dev.salesops.core.workflow.WorkflowDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The shipped improvement loop (流程優化, 績效分析與改進循環, docs/DOMAIN.md §1): IDENTIFY → ANALYSE → PLAN → IMPLEMENT →
 * EVALUATE, cyclic: {@code advance} from EVALUATE starts the next round at IDENTIFY; {@code conclude} ends the
 * loop (CONCLUDED) and {@code abandon} (from any open state, with a reason) drops it. Also available as the JSON
 * resource {@value #RESOURCE}.
 *
 * <p>Maximum dwell times: 14 days per phase, 30 days for IMPLEMENT.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImprovementLoop {
  /** The definition id. */
  public static final String ID = "improvement-loop";
  /** The class-path resource holding the JSON form. */
  public static final String RESOURCE = "/dev/salesops/core/process/improvement-loop.json";
  /** Identify the problem. */
  public static final String IDENTIFY = "IDENTIFY";
  /** Analyse its causes. */
  public static final String ANALYSE = "ANALYSE";
  /** Design the change and plan it. */
  public static final String PLAN = "PLAN";
  /** Implement it. */
  public static final String IMPLEMENT = "IMPLEMENT";
  /** Evaluate the effect. */
  public static final String EVALUATE = "EVALUATE";
  /** The loop ended with its goal met. */
  public static final String CONCLUDED = "CONCLUDED";
  /** The loop was dropped. */
  public static final String ABANDONED = "ABANDONED";

  private static final WorkflowDefinition DEFINITION = WorkflowDefinition.builder()
      .id(ID)
      .version(1)
      .description("Improvement loop (docs/DOMAIN.md §1, 流程優化): identify, analyse, plan, implement, evaluate, repeat")
      .lostReasons(List.of())
      .state(phase(IDENTIFY, 1, 14))
      .state(phase(ANALYSE, 2, 14))
      .state(phase(PLAN, 3, 14))
      .state(phase(IMPLEMENT, 4, 30))
      .state(phase(EVALUATE, 5, 14))
      .state(State.builder(CONCLUDED, 6, StateKind.of("DONE")).build())
      .state(State.builder(ABANDONED, 7, StateKind.of("ABANDONED")).build())
      .chain(Command.ADVANCE, IDENTIFY, ANALYSE, PLAN, IMPLEMENT, EVALUATE, IDENTIFY)
      .transition(Transition.of(EVALUATE, "conclude", CONCLUDED))
      .transition(Transition.fromKind(StateKind.OPEN, "abandon", ABANDONED)
          .withGuard(CriterionSpec.of(StandardCriteria.REASON_REQUIRED)))
      .build();
  private static final Workflow DEFAULT = Workflow.of(DEFINITION, StandardCriteria.registry());

  private ImprovementLoop() {}

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

  /** The number of completed rounds: moves from EVALUATE back to IDENTIFY, plus one if the loop was concluded. */
  public static int completedRounds(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    int n = 0;
    for (HistoryEntry e : snapshot.history()) {
      if (e.from().map(EVALUATE::equals).orElse(false) && (e.to().equals(IDENTIFY) || e.to().equals(CONCLUDED))) {
        n++;
      }
    }
    return n;
  }

  private static State phase(String id, int order, int maxDwellDays) {
    return State.builder(id, order, StateKind.OPEN).maxDwell(Duration.ofDays(maxDwellDays)).build();
  }
}
