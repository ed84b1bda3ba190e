package dev.salesops.core.lifecycle;

import dev.salesops.core.internal.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's place in the value pyramid, with the reasons: the rule that placed it, the next tier up, the
 * rule of that tier closest to being met and what is missing for it, and the facts used.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierAssignment {
  private final ValueTier tier;  // null when absent
  private final String ruleId;  // null when absent
  private final ValueTier nextTier;  // null when absent
  private final String nextRuleId;  // null when absent
  private final List<String> missingForNext;
  private final PurchaseFacts facts;

  /**
   * Checks and copies the parts.
   *
   * @param tier the tier, empty when no rule is met (e.g. no purchase yet); {@code null} when absent
   * @param ruleId the rule that placed the customer, empty when no tier; {@code null} when absent
   * @param nextTier the next higher tier that has rules, empty at the top; {@code null} when absent
   * @param nextRuleId the rule of the next tier with the fewest unmet minimums (first such in order); {@code null} when absent
   * @param missingForNext that rule's unmet minimums, e.g. {@code "referrals: 0 of 1"}
   * @param facts the facts the assignment was made from
   */
  public TierAssignment(@Nullable ValueTier tier, @Nullable String ruleId, @Nullable ValueTier nextTier, @Nullable String nextRuleId, List<String> missingForNext, PurchaseFacts facts) {
    missingForNext = List.copyOf(missingForNext);
    Objects.requireNonNull(facts, "facts");
    this.tier = tier;
    this.ruleId = ruleId;
    this.nextTier = nextTier;
    this.nextRuleId = nextRuleId;
    this.missingForNext = missingForNext;
    this.facts = facts;
  }

  /** The {@code tier}: the tier, empty when no rule is met (e.g. no purchase yet). */
  public Optional<ValueTier> tier() {
    return Optional.ofNullable(tier);
  }

  /** The {@code ruleId}: the rule that placed the customer, empty when no tier. */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /** The {@code nextTier}: the next higher tier that has rules, empty at the top. */
  public Optional<ValueTier> nextTier() {
    return Optional.ofNullable(nextTier);
  }

  /** The {@code nextRuleId}: the rule of the next tier with the fewest unmet minimums (first such in order). */
  public Optional<String> nextRuleId() {
    return Optional.ofNullable(nextRuleId);
  }

  /** The {@code missingForNext}: that rule's unmet minimums, e.g. {@code "referrals: 0 of 1"}. */
  public List<String> missingForNext() {
    return missingForNext;
  }

  /** The {@code facts}: the facts the assignment was made from. */
  public PurchaseFacts facts() {
    return facts;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof TierAssignment o
        && Objects.equals(tier, o.tier)
        && Objects.equals(ruleId, o.ruleId)
        && Objects.equals(nextTier, o.nextTier)
        && Objects.equals(nextRuleId, o.nextRuleId)
        && Objects.equals(missingForNext, o.missingForNext)
        && Objects.equals(facts, o.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, ruleId, nextTier, nextRuleId, missingForNext, facts);
  }

  /** As a record's: {@code TierAssignment[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "TierAssignment[tier=" + tier() + ", ruleId=" + ruleId() + ", nextTier=" + nextTier() + ", nextRuleId=" + nextRuleId() + ", missingForNext=" + missingForNext + ", facts=" + facts + "]";
  }
}
