package dev.salesops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.model.ProductLine;
import dev.salesops.core.testing.Property;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** For random event histories the derived timeline is consistent. */
class LifecycleTimelinePropertyTest {
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<ProductLine> LINES = List.of(ProductLine.STANDARD, ProductLine.PREMIUM, ProductLine.SERVICES, ProductLine.of("X"));

  /** A custom rule set besides the defaults: downgrades and re-acquisition declared backward. */
  static LifecycleRules custom() {
    return LifecycleRules.of(List.of(
        LifecycleRule.of("start", List.of(CustomerEventType.values()), List.of(), LifecycleStage.ACQUISITION, "first event").withFromStart(),
        LifecycleRule.of("buy", List.of(CustomerEventType.ORDER, CustomerEventType.UPSELL), List.of(LifecycleStage.ACQUISITION),
            LifecycleStage.CONVERSION, "bought"),
        LifecycleRule.of("many", List.of(CustomerEventType.values()), List.of(LifecycleStage.CONVERSION), LifecycleStage.RETENTION,
            "many purchases").withAtLeast(CustomerFact.PURCHASES, 3),
        LifecycleRule.of("downgrade", List.of(CustomerEventType.SUPPORT_CASE), List.of(LifecycleStage.RETENTION, LifecycleStage.GROWTH),
            LifecycleStage.SERVICE, "support-heavy").withAtLeast(CustomerFact.SUPPORT_CASES, 2).asBackward(),
        LifecycleRule.of("grow", List.of(CustomerEventType.REFERRAL), List.of(LifecycleStage.SERVICE), LifecycleStage.GROWTH, "referral"),
        LifecycleRule.of("lost", List.of(CustomerEventType.CANCELLATION), List.of(LifecycleStage.values()).subList(0, 5),
            LifecycleStage.CHURNED, "cancelled").asBackward(),
        LifecycleRule.of("back", List.of(CustomerEventType.CONTACT, CustomerEventType.ORDER), List.of(LifecycleStage.CHURNED),
            LifecycleStage.ACQUISITION, "re-acquired").asBackward()));
  }

  static List<CustomerEvent> randomHistory(Random r) {
    int n = r.nextInt(25);
    List<CustomerEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = EPOCH.plus(Duration.ofDays(r.nextInt(60))); // many ties
      CustomerEventType type = CustomerEventType.values()[r.nextInt(CustomerEventType.values().length)];
      CustomerEvent e = CustomerEvent.of(type, at);
      if ((type == CustomerEventType.ORDER || type == CustomerEventType.UPSELL) && r.nextBoolean()) {
        e = e.withProductLine(LINES.get(r.nextInt(LINES.size())));
      }
      events.add(e);
    }
    return events;
  }

  @Test
  void derivedTimelinesAreConsistent() {
    List<LifecycleRules> ruleSets = List.of(LifecycleRules.defaults(), custom());
    Property.forAll(20261127L, 400, r -> {
      List<CustomerEvent> events = randomHistory(r);
      for (LifecycleRules rules : ruleSets) {
        LifecycleTimeline timeline = rules.derive(events);
        checkInvariants(rules, events, timeline, r);
      }
    });
  }

  private static void checkInvariants(LifecycleRules rules, List<CustomerEvent> events, LifecycleTimeline timeline, Random r) {
    List<StageTransition> ts = timeline.transitions();
    Map<String, LifecycleRule> byId = new HashMap<>();
    rules.rules().forEach(rule -> byId.put(rule.id(), rule));
    for (int i = 0; i < ts.size(); i++) {
      StageTransition t = ts.get(i);
      // no gaps: each transition starts where the previous one ended; time never goes back
      assertThat(t.from()).isEqualTo(i == 0 ? Optional.empty() : Optional.of(ts.get(i - 1).to()));
      if (i > 0) {
        assertThat(t.at()).isAfterOrEqualTo(ts.get(i - 1).at());
      }
      assertThat(events).anyMatch(e -> e.at().equals(t.at()) && e.type() == t.trigger());
      // every move comes from a declared rule that allows it; backward only via rules declared backward
      LifecycleRule rule = byId.get(t.ruleId());
      assertThat(rule).as("rule %s", t.ruleId()).isNotNull();
      assertThat(rule.to()).isEqualTo(t.to());
      assertThat(rule.on()).contains(t.trigger());
      assertThat(t.from().map(rule.from()::contains).orElse(rule.fromStart())).isTrue();
      assertThat(t.backward()).isEqualTo(!LifecycleStage.isForwardMove(t.from().orElse(null), t.to()));
      if (t.backward()) {
        assertThat(rule.backward()).isTrue();
        assertThat(t.reason()).isEqualTo(rule.reason()).isNotBlank();
      }
    }
    // stage at T is the stage entered by the last transition at or before T
    for (int k = 0; k < 10; k++) {
      Instant probe = EPOCH.plus(Duration.ofHours(r.nextInt(62 * 24) - 24L));
      Optional<LifecycleStage> expected = Optional.empty();
      for (StageTransition t : ts) {
        if (!t.at().isAfter(probe)) {
          expected = Optional.of(t.to());
        }
      }
      assertThat(timeline.stageAt(probe)).isEqualTo(expected);
    }
    for (StageTransition t : ts) {
      assertThat(timeline.stageAt(t.at())).isEqualTo(timeline.transitionAt(t.at()).map(StageTransition::to));
    }
    // no gaps in time either: the time spent in all stages adds up to the whole span
    if (!ts.isEmpty()) {
      Instant asOf = EPOCH.plus(Duration.ofDays(90));
      Duration sum = Duration.ZERO;
      for (LifecycleStage s : LifecycleStage.values()) {
        sum = sum.plus(timeline.timeInStage(s, asOf));
      }
      assertThat(sum).isEqualTo(Duration.between(ts.get(0).at(), asOf));
    }
    // the derivation depends on time order, not on the order events are given in (when instants differ)
    List<CustomerEvent> distinct = new ArrayList<>();
    for (CustomerEvent e : events) {
      if (distinct.stream().noneMatch(d -> d.at().equals(e.at()))) {
        distinct.add(e);
      }
    }
    List<CustomerEvent> shuffled = new ArrayList<>(distinct);
    Collections.shuffle(shuffled, r);
    assertThat(rules.derive(shuffled)).isEqualTo(rules.derive(distinct));
  }
}
