package dev.salesops.scoring.scorecard;

import java.time.Instant;

/**
 * The condition of one scorecard criterion. Built-in operators and custom {@link ScoringRuleType}s produce
 * rules; implementations must be immutable, thread-safe, and must not throw for any subject (a fact that is
 * missing simply does not match).
 */
public interface ScoringRule {

  /** Evaluates the rule for {@code subject} at {@code asOf}, with an explanation. */
  RuleMatch evaluate(ScoringSubject subject, Instant asOf);

  /**
   * Whether the rule holds, without explanation (the fast path). The default delegates to {@link #evaluate};
   * built-in rules override it to avoid allocation.
   */
  default boolean matches(ScoringSubject subject, Instant asOf) {
    return evaluate(subject, asOf).matched();
  }
}
