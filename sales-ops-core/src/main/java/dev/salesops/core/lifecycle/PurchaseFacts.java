package dev.salesops.core.lifecycle;

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
 *
 * @param purchases purchases (ORDER, UPSELL, RENEWAL events) so far
 * @param productLines distinct product lines bought so far
 * @param referrals referrals made so far
 * @param jointProjects joint projects so far
 * @param trailingRevenue purchase amounts in the trailing window, when computed
 * @param probabilityAlive the probability that the customer is still active, when the host supplies one (e.g. the
 *     BG/NBD model's P(alive) of sales-ops-metrics' {@code clv} package, which core does not depend on): an input
 *     for rules with a {@link ValueTierRule#minProbabilityAlive()}
 */
public record PurchaseFacts(int purchases, int productLines, int referrals, int jointProjects, Optional<Money> trailingRevenue,
    Optional<Probability> probabilityAlive) {

  /** Facts without a probability of being alive. */
  public PurchaseFacts(int purchases, int productLines, int referrals, int jointProjects, Optional<Money> trailingRevenue) {
    this(purchases, productLines, referrals, jointProjects, trailingRevenue, Optional.empty());
  }

  /** These facts with the host's probability that the customer is still active. */
  public PurchaseFacts withProbabilityAlive(Probability probability) {
    return new PurchaseFacts(purchases, productLines, referrals, jointProjects, trailingRevenue, Optional.of(Objects.requireNonNull(probability, "probability")));
  }

  /** Validates the counts (not negative) and the revenue (present as an Optional, not negative). */
  public PurchaseFacts {
    Checks.nonNegative(purchases, "purchases");
    Checks.nonNegative(productLines, "productLines");
    Checks.nonNegative(referrals, "referrals");
    Checks.nonNegative(jointProjects, "jointProjects");
    Objects.requireNonNull(trailingRevenue, "trailingRevenue");
    Objects.requireNonNull(probabilityAlive, "probabilityAlive");
    trailingRevenue.ifPresent(r -> {
      if (r.isNegative()) {
        throw Checks.fail("trailingRevenue", "must not be negative", r);
      }
    });
  }
}
