package dev.salesops.examples.integration;

import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.lifecycle.PurchaseFacts;
import dev.salesops.core.lifecycle.TierAssignment;
import dev.salesops.core.lifecycle.ValuePyramid;
import dev.salesops.core.lifecycle.ValueTier;
import dev.salesops.core.lifecycle.ValueTierRule;
import dev.salesops.core.model.Probability;
import dev.salesops.metrics.clv.BgNbd;
import dev.salesops.metrics.clv.CustomerSummary;
import dev.salesops.metrics.clv.PurchaseSummaries;
import dev.salesops.scoring.health.HealthAssessment;
import dev.salesops.scoring.health.HealthModel;
import dev.salesops.scoring.scorecard.ScoringSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * Integration example — where metrics meets scoring and core: the host turns each customer's lifecycle purchase
 * events into BG/NBD summaries ({@link PurchaseSummaries}), scores P(alive) with its fitted model ({@link BgNbd}), and
 * passes that probability as an <em>input</em> to scoring's {@link HealthModel} and core's {@link ValuePyramid}. Neither
 * scoring nor core depends on metrics; this class (the host's side) wires them.
 */
public final class CustomerValueExample {
  private CustomerValueExample() {}

  /** One customer's result: its summary, P(alive), health and value tier. */
  public record Result(CustomerSummary summary, Probability probabilityAlive, HealthAssessment health, TierAssignment tier) {}

  /** The value pyramid of the example: LOYAL needs three purchases and a probability of being alive of at least 50 %. */
  public static ValuePyramid pyramid() {
    return new ValuePyramid(365, List.of(ValueTierRule.of("first", ValueTier.FIRST_PURCHASE, 1, 0, 0, 0),
        ValueTierRule.of("repeat", ValueTier.REPEAT, 2, 0, 0, 0),
        ValueTierRule.of("loyal", ValueTier.LOYAL, 3, 0, 0, 0).withMinProbabilityAlive(Probability.of(new BigDecimal("0.5")))));
  }

  /** Runs the wiring for the customers' events at {@code asOf}, with a fitted model and a health subject per customer. */
  public static Map<String, Result> run(Map<String, List<CustomerEvent>> events, Instant asOf, BgNbd model, Map<String, ScoringSubject> health) {
    PurchaseSummaries<String> summaries = PurchaseSummaries.weekly(asOf, ZoneOffset.UTC, CurrencyUnit.USD);
    events.forEach((customer, list) -> list.forEach(e -> summaries.add(customer, e)));
    ValuePyramid pyramid = pyramid();
    HealthModel healthModel = HealthModel.standard();
    java.util.TreeMap<String, Result> out = new java.util.TreeMap<>();
    summaries.finish().forEach((customer, summary) -> {
      Probability alive = model.probabilityAlive(summary);
      HealthAssessment h = healthModel.assess(health.get(customer), asOf, List.of(), alive);
      PurchaseFacts facts = pyramid.factsOf(events.get(customer), asOf).withProbabilityAlive(alive);
      out.put(customer, new Result(summary, alive, h, pyramid.assign(facts)));
    });
    return out;
  }
}
