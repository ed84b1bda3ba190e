package dev.salesops.core.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's place in the value pyramid, with the reasons: the rule that placed it, the next tier up, the
 * rule of that tier closest to being met and what is missing for it, and the facts used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tier the tier, empty when no rule is met (e.g. no purchase yet)
 * @param ruleId the rule that placed the customer, empty when no tier
 * @param nextTier the next higher tier that has rules, empty at the top
 * @param nextRuleId the rule of the next tier with the fewest unmet minimums (first such in order)
 * @param missingForNext that rule's unmet minimums, e.g. {@code "referrals: 0 of 1"}
 * @param facts the facts the assignment was made from
 */
public record TierAssignment(Optional<ValueTier> tier, Optional<String> ruleId, Optional<ValueTier> nextTier, Optional<String> nextRuleId,
    List<String> missingForNext, PurchaseFacts facts) {

  /** Checks and copies the parts. */
  public TierAssignment {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(nextTier, "nextTier");
    Objects.requireNonNull(nextRuleId, "nextRuleId");
    missingForNext = List.copyOf(missingForNext);
    Objects.requireNonNull(facts, "facts");
  }
}
