package dev.salesops.core.lifecycle;

import static dev.salesops.core.lifecycle.LifecycleRulesTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.model.Probability;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ValuePyramidTest {
  private final ValuePyramid pyramid = ValuePyramid.defaults();

  private static PurchaseFacts facts(int purchases, int lines, int referrals, int projects) {
    return new PurchaseFacts(purchases, lines, referrals, projects, null);
  }

  @Test
  void placesByTheHighestMetRuleAndSaysWhatIsMissing() {
    TierAssignment none = pyramid.assign(facts(0, 0, 0, 0));
    assertThat(none.tier()).isEmpty();
    assertThat(none.nextTier()).contains(ValueTier.FIRST_PURCHASE);
    assertThat(none.missingForNext()).containsExactly("purchases: 0 of 1");

    TierAssignment repeat = pyramid.assign(facts(3, 1, 0, 0));
    assertThat(repeat.tier()).contains(ValueTier.REPEAT);
    assertThat(repeat.ruleId()).contains("repeat");
    assertThat(repeat.nextTier()).contains(ValueTier.LOYAL);
    assertThat(repeat.nextRuleId()).contains("loyal");
    assertThat(repeat.missingForNext()).containsExactly("productLines: 1 of 2", "referrals: 0 of 1");

    // a strategic partner need not have referred anyone: the higher tier does not require the lower rules
    TierAssignment partner = pyramid.assign(facts(5, 2, 0, 1));
    assertThat(partner.tier()).contains(ValueTier.STRATEGIC_PARTNER);
    assertThat(partner.nextTier()).isEmpty();
    assertThat(partner.missingForNext()).isEmpty();
  }

  @Test
  void factsComeFromEventsUpToTheInstantWithATrailingRevenueWindow() {
    Money min = Money.of(CurrencyUnit.EUR, 1000);
    ValuePyramid withRevenue = new ValuePyramid(30, List.of(
        ValueTierRule.of("first", ValueTier.FIRST_PURCHASE, 1, 0, 0, 0),
        ValueTierRule.of("big", ValueTier.LOYAL, 1, 0, 0, 0).withMinTrailingRevenue(min)));
    List<CustomerEvent> events = List.of(
        CustomerEvent.order(day("2025-01-01"), ProductLine.STANDARD, Money.of(CurrencyUnit.EUR, 900)),
        CustomerEvent.upsell(day("2025-02-10"), ProductLine.PREMIUM, Money.of(CurrencyUnit.EUR, 600)),
        CustomerEvent.of(CustomerEventType.REFERRAL, day("2025-02-11")),
        CustomerEvent.renewal(day("2025-02-20"), Money.of(CurrencyUnit.EUR, 500)));
    PurchaseFacts f = withRevenue.factsOf(events, day("2025-02-15"));
    assertThat(f).isEqualTo(new PurchaseFacts(2, 2, 1, 0, Money.of(CurrencyUnit.EUR, 600)));
    TierAssignment a = withRevenue.assign(events, day("2025-02-15"));
    assertThat(a.tier()).contains(ValueTier.FIRST_PURCHASE);
    assertThat(a.missingForNext()).containsExactly("trailingRevenue: EUR 600.00 of EUR 1000.00");
    assertThat(withRevenue.assign(events, day("2025-02-20")).tier()).contains(ValueTier.LOYAL);
    // amounts are never converted silently
    List<CustomerEvent> dollars = List.of(CustomerEvent.renewal(day("2025-02-01"), Money.of(CurrencyUnit.USD, 5)));
    assertThatThrownBy(() -> withRevenue.factsOf(dollars, day("2025-02-15"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be in EUR");
  }

  @Test
  void tierIsMonotoneInTheFacts() {
    Property.forAll(99L, 500, r -> {
      int[] v = {r.nextInt(6), r.nextInt(4), r.nextInt(3), r.nextInt(3)};
      PurchaseFacts before = facts(v[0], v[1], v[2], v[3]);
      v[r.nextInt(4)] += 1 + r.nextInt(3);
      PurchaseFacts after = facts(v[0], v[1], v[2], v[3]);
      int tierBefore = pyramid.assign(before).tier().map(Enum::ordinal).orElse(-1);
      int tierAfter = pyramid.assign(after).tier().map(Enum::ordinal).orElse(-1);
      assertThat(tierAfter).isGreaterThanOrEqualTo(tierBefore);
      // more events up to a later instant never lower the tier either
    });
  }

  @Test
  void addingEventsNeverLowersTheTier() {
    Property.forAll(5L, 200, r -> {
      List<CustomerEvent> events = new ArrayList<>(LifecycleTimelinePropertyTest.randomHistory(r));
      int before = pyramid.assign(events, day("2024-06-01")).tier().map(Enum::ordinal).orElse(-1);
      events.addAll(LifecycleTimelinePropertyTest.randomHistory(r));
      int after = pyramid.assign(events, day("2024-06-01")).tier().map(Enum::ordinal).orElse(-1);
      assertThat(after).isGreaterThanOrEqualTo(before);
    });
  }

  @Test
  void everyRuleProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> new ValuePyramid(0, List.of(
        ValueTierRule.of("a", ValueTier.REPEAT, 0, 0, 0, 0),
        ValueTierRule.of("a", null, -1, 0, 0, 0),
        ValueTierRule.of("c", ValueTier.LOYAL, 1, 0, 0, 0).withMinTrailingRevenue(Money.of(CurrencyUnit.USD, 1)),
        ValueTierRule.of("d", ValueTier.LOYAL, 1, 0, 0, 0).withMinTrailingRevenue(Money.of(CurrencyUnit.EUR, 1)))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "trailingDays must be within [1, 3660]: 0",
            "rules[0] must have at least one positive minimum",
            "rules[1].id must be unique: a",
            "rules[1].tier must be present",
            "rules[1].minPurchases must not be negative: -1",
            "rules[1] must have at least one positive minimum",
            "rules[3].minTrailingRevenue must be in USD like the other revenue minimums: EUR 1.00"));
  }


  /**
   * The probability of being alive is an input: the host computes it (e.g. the BG/NBD P(alive) of sales-ops-metrics'
   * clv package, which core does not depend on) and passes it with the facts.
   */
  @Test
  void aRuleMayAskForAMinimumProbabilityOfBeingAlive() throws Exception {
    ValuePyramid p = new ValuePyramid(365, List.of(
        ValueTierRule.of("repeat", ValueTier.REPEAT, 2, 0, 0, 0),
        ValueTierRule.of("loyal-active", ValueTier.LOYAL, 3, 0, 0, 0).withMinProbabilityAlive(Probability.of(new java.math.BigDecimal("0.5")))));
    PurchaseFacts f = facts(4, 1, 0, 0);
    TierAssignment unknown = p.assign(f);
    assertThat(unknown.tier()).contains(ValueTier.REPEAT);
    assertThat(unknown.missingForNext()).containsExactly("probabilityAlive: unknown of 50%");
    TierAssignment fading = p.assign(f.withProbabilityAlive(Probability.of(new java.math.BigDecimal("0.3"))));
    assertThat(fading.tier()).contains(ValueTier.REPEAT);
    assertThat(fading.missingForNext()).containsExactly("probabilityAlive: 30% of 50%");
    TierAssignment active = p.assign(f.withProbabilityAlive(Probability.of(new java.math.BigDecimal("0.7266"))));
    assertThat(active.tier()).contains(ValueTier.LOYAL);
    assertThat(active.facts().probabilityAlive()).contains(Probability.of(new java.math.BigDecimal("0.7266")));
    // a rule whose only condition is the probability is a rule
    assertThat(new ValuePyramid(30, List.of(ValueTierRule.of("alive", ValueTier.REPEAT, 0, 0, 0, 0)
        .withMinProbabilityAlive(Probability.of(new java.math.BigDecimal("0.9"))))).rules()).hasSize(1);
  }
}
