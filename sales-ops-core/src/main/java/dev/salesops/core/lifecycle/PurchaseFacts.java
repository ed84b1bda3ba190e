package dev.salesops.core.lifecycle;

import dev.salesops.core.internal.Nullable;
import dev.salesops.core.model.Probability;
import dev.salesops.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * What the value pyramid looks at for one customer as of an instant. Usually computed by {@link
 * ValuePyramid#factsOf}; hosts with their own aggregates may build it directly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PurchaseFacts {
  private final int purchases;
  private final int productLines;
  private final int referrals;
  private final int jointProjects;
  private final Money trailingRevenue;  // null when absent
  private final Probability probabilityAlive;  // null when absent

  /**
   * Validates the counts (not negative) and the revenue (not negative when given).
   *
   * @param purchases purchases (ORDER, UPSELL, RENEWAL events) so far
   * @param productLines distinct product lines bought so far
   * @param referrals referrals made so far
   * @param jointProjects joint projects so far
   * @param trailingRevenue purchase amounts in the trailing window, when computed; {@code null} when absent
   * @param probabilityAlive the probability that the customer is still active, when the host supplies one (e.g. the BG/NBD model's P(alive) of sales-ops-metrics' {@code clv} package, which core does not depend on): an input for rules with a {@link ValueTierRule#minProbabilityAlive()}; {@code null} when absent
   */
  public PurchaseFacts(int purchases, int productLines, int referrals, int jointProjects, @Nullable Money trailingRevenue, @Nullable Probability probabilityAlive) {
    Checks.nonNegative(purchases, "purchases");
    Checks.nonNegative(productLines, "productLines");
    Checks.nonNegative(referrals, "referrals");
    Checks.nonNegative(jointProjects, "jointProjects");
    Optional.ofNullable(trailingRevenue).ifPresent(r -> {
      if (r.isNegative()) {
        throw Checks.fail("trailingRevenue", "must not be negative", r);
      }
    });
    this.purchases = purchases;
    this.productLines = productLines;
    this.referrals = referrals;
    this.jointProjects = jointProjects;
    this.trailingRevenue = trailingRevenue;
    this.probabilityAlive = probabilityAlive;
  }

  /** The {@code purchases}: purchases (ORDER, UPSELL, RENEWAL events) so far. */
  public int purchases() {
    return purchases;
  }

  /** The {@code productLines}: distinct product lines bought so far. */
  public int productLines() {
    return productLines;
  }

  /** The {@code referrals}: referrals made so far. */
  public int referrals() {
    return referrals;
  }

  /** The {@code jointProjects}: joint projects so far. */
  public int jointProjects() {
    return jointProjects;
  }

  /** The {@code trailingRevenue}: purchase amounts in the trailing window, when computed. */
  public Optional<Money> trailingRevenue() {
    return Optional.ofNullable(trailingRevenue);
  }

  /** The {@code probabilityAlive}: the probability that the customer is still active, when the host supplies one (e.g. the BG/NBD model's P(alive) of sales-ops-metrics' {@code clv} package, which core does not depend on): an input for rules with a {@link ValueTierRule#minProbabilityAlive()}. */
  public Optional<Probability> probabilityAlive() {
    return Optional.ofNullable(probabilityAlive);
  }

  /** Facts without a probability of being alive ({@code trailingRevenue} is {@code null} when not computed). */
  public PurchaseFacts(int purchases, int productLines, int referrals, int jointProjects, @Nullable Money trailingRevenue) {
    this(purchases, productLines, referrals, jointProjects, trailingRevenue, null);
  }

  /** These facts with the host's probability that the customer is still active. */
  public PurchaseFacts withProbabilityAlive(Probability probability) {
    return new PurchaseFacts(purchases, productLines, referrals, jointProjects, trailingRevenue, Objects.requireNonNull(probability, "probability"));
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof PurchaseFacts o
        && purchases == o.purchases
        && productLines == o.productLines
        && referrals == o.referrals
        && jointProjects == o.jointProjects
        && Objects.equals(trailingRevenue, o.trailingRevenue)
        && Objects.equals(probabilityAlive, o.probabilityAlive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(purchases, productLines, referrals, jointProjects, trailingRevenue, probabilityAlive);
  }

  /** As a record's: {@code PurchaseFacts[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "PurchaseFacts[purchases=" + purchases + ", productLines=" + productLines + ", referrals=" + referrals + ", jointProjects=" + jointProjects + ", trailingRevenue=" + trailingRevenue() + ", probabilityAlive=" + probabilityAlive() + "]";
  }
}
