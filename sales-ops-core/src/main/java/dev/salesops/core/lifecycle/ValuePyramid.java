package dev.salesops.core.lifecycle;

import dev.salesops.core.model.ProductLine;
import dev.salesops.core.money.MoneySum;
import dev.salesops.core.validation.Problems;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The value pyramid FIRST_PURCHASE → REPEAT → LOYAL → STRATEGIC_PARTNER with configurable tier rules.
 *
 * <p><b>Assignment</b> ({@link #assign(PurchaseFacts)}): the customer's tier is the highest tier for which
 * some rule is met ({@link ValueTierRule#isMetBy}); the placing rule is the first met rule of that tier in
 * declared order. A higher tier does not require the lower ones' rules. Since every minimum is a lower bound,
 * the tier is monotone: more purchases, lines, referrals, projects or revenue never lower it. The result
 * also names the next tier up that has rules and, for its rule with the fewest unmet minimums, what is
 * missing.
 *
 * <p><b>Probability of being alive</b>: a rule may ask for a minimum {@link ValueTierRule#minProbabilityAlive()};
 * the value is an <em>input</em> the host passes ({@link PurchaseFacts#withProbabilityAlive}), e.g. the BG/NBD
 * P(alive) that sales-ops-metrics computes from the same purchase events ({@code metrics.clv}); core does not
 * compute it. Example: {@code pyramid.assign(pyramid.factsOf(events, asOf).withProbabilityAlive(pAlive))}.
 *
 * <p><b>Facts</b> ({@link #factsOf}): counted over events at or before {@code asOf}: purchases are ORDER,
 * UPSELL and RENEWAL events, product lines are the distinct lines of ORDER and UPSELL events; the trailing
 * revenue is the sum of purchase amounts with {@code asOf - trailingDays < at <= asOf}, computed only when
 * some rule has a revenue minimum (in that rule's currency; an amount in another currency is refused, never
 * converted silently).
 *
 * <p><b>Validation</b> (all problems at once): {@code trailingDays} within [1, 3660]; at least one rule; ids
 * unique codes; a tier per rule; minimums not negative and at least one condition per rule; all revenue
 * minimums in one currency.
 *
 * <p><b>Shipped defaults</b> ({@link #defaults()}), trailing window 365 days: {@code first-purchase}
 * (FIRST_PURCHASE: 1 purchase), {@code repeat} (REPEAT: 2 purchases), {@code loyal} (LOYAL: 3 purchases, 2
 * product lines, 1 referral), {@code strategic-partner} (STRATEGIC_PARTNER: 3 purchases, 2 product lines, 1
 * joint project). Hosts add revenue minimums in their currency.
 *
 * <p>JSON: {@code {"trailingDays":365,"rules":[{...}, ...]}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param trailingDays the length of the trailing revenue window, in days
 * @param rules the tier rules
 */
public record ValuePyramid(int trailingDays, List<ValueTierRule> rules) {
  private static final ValueTier[] TIERS = ValueTier.values();

  /** Validates the pyramid, reporting every problem at once. */
  public ValuePyramid {
    rules = Data.list(rules);
    Problems problems = new Problems();
    if (trailingDays < 1 || trailingDays > 3660) {
      problems.add("trailingDays", "must be within [1, 3660]", trailingDays);
    }
    if (rules.isEmpty()) {
      problems.add("rules", "must not be empty");
    }
    Set<String> ids = new HashSet<>();
    CurrencyUnit currency = null;
    for (int i = 0; i < rules.size(); i++) {
      String path = "rules[" + i + "]";
      ValueTierRule r = rules.get(i);
      if (r == null) {
        problems.add(path, "must not be null");
        continue;
      }
      if (!Data.isCode(r.id())) {
        problems.add(path + ".id", Data.CODE_RULE, r.id());
      } else if (!ids.add(r.id())) {
        problems.add(path + ".id", "must be unique", r.id());
      }
      if (r.tier() == null) {
        problems.add(path + ".tier", "must be present");
      }
      checkMin(problems, path + ".minPurchases", r.minPurchases());
      checkMin(problems, path + ".minProductLines", r.minProductLines());
      checkMin(problems, path + ".minReferrals", r.minReferrals());
      checkMin(problems, path + ".minJointProjects", r.minJointProjects());
      Money revenue = r.minTrailingRevenue();
      if (revenue != null) {
        if (revenue.isNegative()) {
          problems.add(path + ".minTrailingRevenue", "must not be negative", revenue);
        }
        if (currency == null) {
          currency = revenue.getCurrencyUnit();
        } else if (!currency.equals(revenue.getCurrencyUnit())) {
          problems.add(path + ".minTrailingRevenue", "must be in " + currency + " like the other revenue minimums", revenue);
        }
      }
      if (r.minPurchases() <= 0 && r.minProductLines() <= 0 && r.minReferrals() <= 0 && r.minJointProjects() <= 0
          && (revenue == null || !revenue.isPositive()) && (r.minProbabilityAlive() == null || r.minProbabilityAlive().isZero())) {
        problems.add(path, "must have at least one positive minimum");
      }
    }
    problems.throwIfAny();
  }

  private static void checkMin(Problems problems, String path, int value) {
    if (value < 0) {
      problems.add(path, "must not be negative", value);
    }
  }

  /** The shipped default pyramid (see the class documentation). */
  public static ValuePyramid defaults() {
    return new ValuePyramid(365, List.of(
        ValueTierRule.of("first-purchase", ValueTier.FIRST_PURCHASE, 1, 0, 0, 0),
        ValueTierRule.of("repeat", ValueTier.REPEAT, 2, 0, 0, 0),
        ValueTierRule.of("loyal", ValueTier.LOYAL, 3, 2, 1, 0),
        ValueTierRule.of("strategic-partner", ValueTier.STRATEGIC_PARTNER, 3, 2, 0, 1)));
  }

  /** The currency of the revenue minimums, when some rule has one. */
  public Optional<CurrencyUnit> revenueCurrency() {
    for (ValueTierRule r : rules) {
      if (r.minTrailingRevenue() != null) {
        return Optional.of(r.minTrailingRevenue().getCurrencyUnit());
      }
    }
    return Optional.empty();
  }

  /**
   * The facts of a customer's {@code events} as of {@code asOf} (see the class documentation).
   *
   * @throws dev.salesops.core.validation.ValidationException when a counted amount is not in the rules' currency
   */
  public PurchaseFacts factsOf(List<CustomerEvent> events, Instant asOf) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(asOf, "asOf");
    CurrencyUnit currency = revenueCurrency().orElse(null);
    MoneySum revenue = currency == null ? null : MoneySum.of(currency);
    Instant windowStart = asOf.minus(Duration.ofDays(trailingDays));
    int purchases = 0;
    int referrals = 0;
    int projects = 0;
    ProductLine[] lines = new ProductLine[4];
    int lineCount = 0;
    for (int i = 0, n = events.size(); i < n; i++) {
      CustomerEvent e = events.get(i);
      if (e == null) {
        throw new NullPointerException("events[" + i + "]");
      }
      if (e.at().isAfter(asOf)) {
        continue;
      }
      switch (e.type()) {
        case REFERRAL -> referrals++;
        case JOINT_PROJECT -> projects++;
        default -> { }
      }
      if (e.type().isPurchase()) {
        purchases++;
        ProductLine line = e.productLineOrNull();
        if (line != null) {
          boolean seen = false;
          for (int k = 0; k < lineCount; k++) {
            if (lines[k].equals(line)) {
              seen = true;
              break;
            }
          }
          if (!seen) {
            if (lineCount == lines.length) {
              lines = java.util.Arrays.copyOf(lines, lineCount * 2);
            }
            lines[lineCount++] = line;
          }
        }
        Money amount = e.amountOrNull();
        if (revenue != null && amount != null && e.at().isAfter(windowStart)) {
          revenue.add(amount);
        }
      }
    }
    return new PurchaseFacts(purchases, lineCount, referrals, projects, revenue == null ? null : revenue.toMoney());
  }

  /** The tier of a customer from its {@code events} as of {@code asOf}: {@code assign(factsOf(events, asOf))}. */
  public TierAssignment assign(List<CustomerEvent> events, Instant asOf) {
    return assign(factsOf(events, asOf));
  }

  /** The tier for {@code facts} (see the class documentation). */
  public TierAssignment assign(PurchaseFacts facts) {
    Objects.requireNonNull(facts, "facts");
    ValueTier tier = null;
    String ruleId = null;
    for (int t = TIERS.length - 1; t >= 0 && tier == null; t--) {
      for (ValueTierRule r : rules) {
        if (r.tier() == TIERS[t] && r.isMetBy(facts)) {
          tier = TIERS[t];
          ruleId = r.id();
          break;
        }
      }
    }
    ValueTier next = null;
    ValueTierRule closest = null;
    List<String> missing = List.of();
    for (int t = tier == null ? 0 : tier.ordinal() + 1; t < TIERS.length && next == null; t++) {
      for (ValueTierRule r : rules) {
        if (r.tier() == TIERS[t]) {
          List<String> m = r.missing(facts);
          if (closest == null || m.size() < missing.size()) {
            closest = r;
            missing = m;
          }
          next = TIERS[t];
        }
      }
    }
    return new TierAssignment(tier, ruleId, next,
        closest == null ? null : closest.id(), missing, facts);
  }
}
