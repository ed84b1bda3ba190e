package dev.salesops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Property: {@link LifecycleRules#derive} (bit masks and counters) gives exactly the transitions of the rules read
 * plainly — per event in time order (stable for ties), update the facts, then fire the first rule in declared order
 * that was not yet fired for this event, listens to its type, applies from the current stage (or from the start) and
 * whose every minimum is met; a forward move may chain into further rules for the same event, a backward one stops.
 */
class LifecycleRulesReferenceTest {
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final CustomerEventType[] TYPES = CustomerEventType.values();
  private static final CustomerFact[] FACTS = CustomerFact.values();
  private static final ProductLine[] LINES = {ProductLine.STANDARD, ProductLine.PREMIUM, ProductLine.SERVICES};
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void deriveEqualsThePlainReadingOfTheRules() {
    int[] checked = new int[2];
    Property.forAll(4242L, 400, random -> {
      List<LifecycleRule> rules = randomRules(random);
      LifecycleRules compiled;
      try {
        compiled = LifecycleRules.of(rules);
      } catch (ValidationException invalid) {
        return;
      }
      checked[0]++;
      for (int k = 0; k < 5; k++) {
        List<CustomerEvent> events = randomEvents(random);
        List<StageTransition> expected = reference(rules, events);
        assertThat(compiled.derive(events).transitions()).as("rules %s, events %s", rules, events).isEqualTo(expected);
        checked[1] += expected.size();
      }
    });
    assertThat(checked[0]).as("valid rule sets").isGreaterThan(150);
    assertThat(checked[1]).as("transitions compared").isGreaterThan(1_000);
  }

  @Test
  void theDefaultRulesEqualThePlainReadingToo() {
    LifecycleRules defaults = LifecycleRules.defaults();
    List<LifecycleRule> rules = defaults.rules();
    Property.forAll(4343L, 300, random -> {
      List<CustomerEvent> events = randomEvents(random);
      assertThat(defaults.derive(events).transitions()).isEqualTo(reference(rules, events));
    });
  }

  @Test
  void rulesAreEqualByTheirRuleList() {
    LifecycleRules d = LifecycleRules.defaults();
    LifecycleRule one = LifecycleRule.of("first", List.of(CustomerEventType.CONTACT), List.of(), LifecycleStage.ACQUISITION, "contact")
        .withFromStart();
    new EqualsTester()
        .addEqualityGroup(d, LifecycleRules.defaults(), LifecycleRules.of(d.rules()))
        .addEqualityGroup(LifecycleRules.of(List.of(one)), LifecycleRules.of(List.of(one)))
        .testEquals();
    assertThat(LifecycleRules.of(List.of(one)).toString()).isEqualTo("LifecycleRules[first]");
  }

  static List<StageTransition> reference(List<LifecycleRule> rules, List<CustomerEvent> events) {
    List<CustomerEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(CustomerEvent::at));
    Map<CustomerFact, Integer> counts = new EnumMap<>(CustomerFact.class);
    Set<ProductLine> lines = new HashSet<>();
    LifecycleStage stage = null;
    List<StageTransition> out = new ArrayList<>();
    for (CustomerEvent e : ordered) {
      CustomerEventType type = e.type();
      if (e.productLineOrNull() != null) {
        lines.add(e.productLineOrNull());
      }
      CustomerFact fact = switch (type) {
        case ORDER -> CustomerFact.ORDERS;
        case UPSELL -> CustomerFact.UPSELLS;
        case SUPPORT_CASE -> CustomerFact.SUPPORT_CASES;
        case RENEWAL -> CustomerFact.RENEWALS;
        case CANCELLATION -> CustomerFact.CANCELLATIONS;
        case REFERRAL -> CustomerFact.REFERRALS;
        case JOINT_PROJECT -> CustomerFact.JOINT_PROJECTS;
        case CONTACT -> null;
      };
      if (fact != null) {
        counts.merge(fact, 1, Integer::sum);
      }
      if (type == CustomerEventType.ORDER || type == CustomerEventType.UPSELL || type == CustomerEventType.RENEWAL) {
        counts.merge(CustomerFact.PURCHASES, 1, Integer::sum);
      }
      counts.put(CustomerFact.PRODUCT_LINES, lines.size());
      Set<Integer> fired = new HashSet<>();
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int r = 0; r < rules.size(); r++) {
          LifecycleRule rule = rules.get(r);
          boolean applies = !fired.contains(r) && rule.on().contains(type)
              && (stage == null ? rule.fromStart() : rule.from().contains(stage))
              && rule.atLeast().entrySet().stream().allMatch(m -> counts.getOrDefault(m.getKey(), 0) >= m.getValue());
          if (applies) {
            fired.add(r);
            boolean forward = LifecycleStage.isForwardMove(stage, rule.to());
            out.add(new StageTransition(stage, rule.to(), e.at(), type, rule.id(), !forward, rule.reason()));
            stage = rule.to();
            moved = forward;
            break;
          }
        }
      }
    }
    return out;
  }

  private static List<LifecycleRule> randomRules(Random random) {
    int n = 1 + random.nextInt(8);
    List<LifecycleRule> rules = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LifecycleStage to = STAGES[random.nextInt(STAGES.length)];
      List<CustomerEventType> on = new ArrayList<>();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        CustomerEventType t = TYPES[random.nextInt(TYPES.length)];
        if (!on.contains(t)) {
          on.add(t);
        }
      }
      List<LifecycleStage> from = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        LifecycleStage s = STAGES[random.nextInt(STAGES.length)];
        if (s != to && !from.contains(s)) {
          from.add(s);
        }
      }
      boolean fromStart = (from.isEmpty() || random.nextInt(3) == 0) && to != LifecycleStage.CHURNED;
      boolean backward = from.stream().anyMatch(s -> !LifecycleStage.isForwardMove(s, to));
      Map<CustomerFact, Integer> atLeast = new EnumMap<>(CustomerFact.class);
      for (int k = random.nextInt(3); k > 0; k--) {
        atLeast.put(FACTS[random.nextInt(FACTS.length)], 1 + random.nextInt(3));
      }
      rules.add(new LifecycleRule("r" + i, on, from, fromStart, atLeast, to, backward, "reason " + i));
    }
    return rules;
  }

  private static List<CustomerEvent> randomEvents(Random random) {
    int n = random.nextInt(30);
    List<CustomerEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = T0.plusSeconds(random.nextInt(20) * 3600L);
      CustomerEventType type = TYPES[random.nextInt(TYPES.length)];
      ProductLine line = LINES[random.nextInt(LINES.length)];
      events.add(switch (type) {
        case ORDER -> random.nextBoolean() ? CustomerEvent.order(at, line, Money.parse("USD 10")) : CustomerEvent.of(type, at);
        case UPSELL -> random.nextBoolean() ? CustomerEvent.upsell(at, line, Money.parse("USD 10")) : CustomerEvent.of(type, at);
        default -> CustomerEvent.of(type, at);
      });
    }
    return events;
  }
}
