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
}
