package dev.salesops.core.workflow;

/**
 * A guard, entry or exit criterion, built from data ({@code {"type": "bant.qualified", "params": {...}}})
 * by a {@link CriterionType} when a definition is loaded.
 *
 * <p>Implementations must be immutable and thread-safe, and must not throw for any subject: a criterion that
 * cannot judge (wrong or missing subject) returns an unmet result saying why.
 */
@FunctionalInterface
public interface Criterion {

  /** Evaluates the criterion in {@code context}. */
  CriterionResult evaluate(GuardContext context);

  /**
   * Evaluates the criterion for a move the engine is deciding ({@code Workflow.evaluate} calls this, not
   * {@link #evaluate}): the same {@link CriterionResult#met() met} as {@link #evaluate} and, when unmet, the same
   * reasons; when met, the result may carry no reasons, because the engine keeps only the reasons of unmet
   * criteria (a refusal lists every one of them) and never reads those of a met one. By default {@link
   * #evaluate}; a criterion whose met reasons are costly to build (they quote the subject's data) overrides it.
   */
  default CriterionResult evaluateForMove(GuardContext context) {
    return evaluate(context);
  }
}
