package dev.salesops.core.lifecycle;

import dev.salesops.core.model.Probability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One way to reach a value tier: every given minimum must hold (AND); a minimum of 0, or an absent revenue
 * minimum, is no condition. Several rules for one tier are alternatives (OR). Validated by the {@link
 * ValuePyramid} holding it.
 *
 * <p>JSON: {@code {"id":"loyal","tier":"LOYAL","minPurchases":3,"minProductLines":2,"minReferrals":1,
 * "minTrailingRevenue":{"amount":"50000.00","currency":"USD"},"minProbabilityAlive":0.5}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rule id, a code, named in the assignment
 * @param tier the tier the rule places a customer in
 * @param minPurchases minimum purchases (ORDER, UPSELL, RENEWAL)
 * @param minProductLines minimum distinct product lines bought
 * @param minReferrals minimum referrals made
 * @param minJointProjects minimum joint projects
 * @param minTrailingRevenue minimum revenue over the pyramid's trailing window, or {@code null} for none
 * @param minProbabilityAlive minimum probability that the customer is still active, or {@code null} for none: an
 *     input the host supplies in {@link PurchaseFacts#probabilityAlive()} (unmet when the facts carry none)
 */
public record ValueTierRule(String id, ValueTier tier, int minPurchases,
    int minProductLines, int minReferrals,
    int minJointProjects,
    Money minTrailingRevenue, Probability minProbabilityAlive) {

  /** A rule without a minimum probability of being alive. */
  public ValueTierRule(String id, ValueTier tier, int minPurchases, int minProductLines, int minReferrals, int minJointProjects,
      Money minTrailingRevenue) {
    this(id, tier, minPurchases, minProductLines, minReferrals, minJointProjects, minTrailingRevenue, null);
  }

  /** A rule with count minimums and no revenue minimum. */
  public static ValueTierRule of(String id, ValueTier tier, int minPurchases, int minProductLines, int minReferrals, int minJointProjects) {
    return new ValueTierRule(id, tier, minPurchases, minProductLines, minReferrals, minJointProjects, null, null);
  }

  /** This rule with a minimum trailing revenue. */
  public ValueTierRule withMinTrailingRevenue(Money minimum) {
    return new ValueTierRule(id, tier, minPurchases, minProductLines, minReferrals, minJointProjects, minimum, minProbabilityAlive);
  }

  /** This rule with a minimum probability that the customer is still active (a host-supplied input). */
  public ValueTierRule withMinProbabilityAlive(Probability minimum) {
    return new ValueTierRule(id, tier, minPurchases, minProductLines, minReferrals, minJointProjects, minTrailingRevenue, minimum);
  }

  /** The revenue minimum, when the rule has one. */
  public Optional<Money> trailingRevenueMinimum() {
    return Optional.ofNullable(minTrailingRevenue);
  }

  /** Whether {@code facts} meet every minimum (a revenue minimum is unmet when the revenue is unknown). */
  public boolean isMetBy(PurchaseFacts facts) {
    return facts.purchases() >= minPurchases && facts.productLines() >= minProductLines && facts.referrals() >= minReferrals
        && facts.jointProjects() >= minJointProjects
        && (minTrailingRevenue == null || facts.trailingRevenue().map(r -> !r.isLessThan(minTrailingRevenue)).orElse(false))
        && (minProbabilityAlive == null || facts.probabilityAlive().map(p -> p.compareTo(minProbabilityAlive) >= 0).orElse(false));
  }

  /** What {@code facts} lack for this rule, one line per unmet minimum, e.g. {@code "purchases: 2 of 3"}. */
  public List<String> missing(PurchaseFacts facts) {
    List<String> out = new ArrayList<>(4);
    if (facts.purchases() < minPurchases) {
      out.add("purchases: " + facts.purchases() + " of " + minPurchases);
    }
    if (facts.productLines() < minProductLines) {
      out.add("productLines: " + facts.productLines() + " of " + minProductLines);
    }
    if (facts.referrals() < minReferrals) {
      out.add("referrals: " + facts.referrals() + " of " + minReferrals);
    }
    if (facts.jointProjects() < minJointProjects) {
      out.add("jointProjects: " + facts.jointProjects() + " of " + minJointProjects);
    }
    if (minTrailingRevenue != null) {
      Optional<Money> revenue = facts.trailingRevenue();
      if (revenue.isEmpty()) {
        out.add("trailingRevenue: unknown of " + minTrailingRevenue);
      } else if (revenue.get().isLessThan(minTrailingRevenue)) {
        out.add("trailingRevenue: " + revenue.get() + " of " + minTrailingRevenue);
      }
    }
    if (minProbabilityAlive != null) {
      Optional<Probability> p = facts.probabilityAlive();
      if (p.isEmpty()) {
        out.add("probabilityAlive: unknown of " + minProbabilityAlive);
      } else if (p.get().compareTo(minProbabilityAlive) < 0) {
        out.add("probabilityAlive: " + p.get() + " of " + minProbabilityAlive);
      }
    }
    return List.copyOf(out);
  }
}
