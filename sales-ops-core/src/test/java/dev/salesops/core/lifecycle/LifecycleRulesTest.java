package dev.salesops.core.lifecycle;

import static dev.salesops.core.lifecycle.LifecycleStage.ACQUISITION;
import static dev.salesops.core.lifecycle.LifecycleStage.CHURNED;
import static dev.salesops.core.lifecycle.LifecycleStage.CONVERSION;
import static dev.salesops.core.lifecycle.LifecycleStage.GROWTH;
import static dev.salesops.core.lifecycle.LifecycleStage.RETENTION;
import static dev.salesops.core.lifecycle.LifecycleStage.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.salesops.core.model.ProductLine;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {
  private static final Money USD_100 = Money.of(CurrencyUnit.USD, 100);
  private final LifecycleRules rules = LifecycleRules.defaults();

  static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  static List<CustomerEvent> fullHistory() {
    return List.of(
        CustomerEvent.contact(day("2025-01-01")),
        CustomerEvent.order(day("2025-02-01"), ProductLine.STANDARD, USD_100),
        CustomerEvent.of(CustomerEventType.SUPPORT_CASE, day("2025-03-01")),
        CustomerEvent.order(day("2025-04-01"), ProductLine.PREMIUM, USD_100),
        CustomerEvent.renewal(day("2026-01-01"), USD_100),
        CustomerEvent.of(CustomerEventType.CANCELLATION, day("2026-06-01")),
        CustomerEvent.order(day("2026-09-01"), ProductLine.STANDARD, USD_100));
  }

  @Test
  void derivesTheFullTimelineWithRulesAndReasons() {
    LifecycleTimeline timeline = rules.derive(fullHistory());
    assertThat(timeline.transitions()).extracting(StageTransition::to)
        .containsExactly(ACQUISITION, CONVERSION, SERVICE, GROWTH, RETENTION, CHURNED, CONVERSION);
    assertThat(timeline.transitions()).extracting(StageTransition::ruleId)
        .containsExactly("acquired", "first-purchase", "service-support", "growth-second-line", "retention-renewal", "churn", "win-back");
    assertThat(timeline.backwardMoves()).extracting(StageTransition::reason).containsExactly("cancelled", "won back: purchase after churn");
    assertThat(timeline.backwardMoves().get(0).from()).contains(RETENTION);
    assertThat(timeline.current()).contains(CONVERSION);
    assertThat(timeline.transitions().get(3).trigger()).isEqualTo(CustomerEventType.ORDER);
  }

  @Test
  void stageAtIsTheLastTransitionAtOrBefore() {
    LifecycleTimeline timeline = rules.derive(fullHistory());
    assertThat(timeline.stageAt(day("2024-12-31"))).isEmpty();
    assertThat(timeline.stageAt(day("2025-01-01"))).contains(ACQUISITION);
    assertThat(timeline.stageAt(day("2025-02-01").minusNanos(1))).contains(ACQUISITION);
    assertThat(timeline.stageAt(day("2025-02-01"))).contains(CONVERSION);
    assertThat(timeline.stageAt(day("2026-07-01"))).contains(CHURNED);
    assertThat(rules.stageAt(fullHistory(), day("2025-05-01"))).contains(GROWTH);
    assertThat(timeline.stageOn(java.time.LocalDate.parse("2025-01-31"), java.time.ZoneOffset.UTC)).contains(ACQUISITION);
    assertThat(timeline.stageOn(java.time.LocalDate.parse("2025-02-01"), java.time.ZoneOffset.UTC)).contains(CONVERSION);
    // midnight UTC on Feb 1 is still Jan 31 in New York
    assertThat(timeline.stageOn(java.time.LocalDate.parse("2025-01-31"), java.time.ZoneId.of("America/New_York"))).contains(CONVERSION);
  }

  @Test
  void timeInStageAddsEverySpell() {
    LifecycleTimeline timeline = rules.derive(fullHistory());
    Instant asOf = day("2026-10-01");
    // CONVERSION: Feb 1 -> Mar 1 2025 (28 days) and Sep 1 -> Oct 1 2026 (30 days)
    assertThat(timeline.timeInStage(CONVERSION, asOf)).isEqualTo(Duration.ofDays(58));
    assertThat(timeline.timeInStage(CONVERSION, day("2025-02-15"))).isEqualTo(Duration.ofDays(14));
    assertThat(timeline.timeInStage(ACQUISITION, day("2024-01-01"))).isEqualTo(Duration.ZERO);
    assertThat(timeline.timeInCurrentStage(asOf)).contains(Duration.ofDays(30));
    assertThat(timeline.entries(CONVERSION)).containsExactly(day("2025-02-01"), day("2026-09-01"));
    assertThat(timeline.spells()).hasSize(7);
    assertThat(timeline.spells().get(6).end()).isEmpty();
  }

  @Test
  void aFirstOrderAcquiresAndConvertsAtTheSameInstant() {
    LifecycleTimeline timeline = rules.derive(List.of(CustomerEvent.order(day("2025-03-03"), ProductLine.STANDARD, USD_100)));
    assertThat(timeline.transitions()).extracting(StageTransition::to).containsExactly(ACQUISITION, CONVERSION);
    assertThat(timeline.stageAt(day("2025-03-03"))).contains(CONVERSION);
  }

  @Test
  void unsortedEventsAreTakenInTimeOrder() {
    List<CustomerEvent> shuffled = new ArrayList<>(fullHistory());
    Collections.reverse(shuffled);
    assertThat(rules.derive(shuffled)).isEqualTo(rules.derive(fullHistory()));
  }

  @Test
  void noEventsNoStage() {
    assertThat(rules.derive(List.of())).isEqualTo(LifecycleTimeline.empty());
    assertThat(rules.derive(List.of(CustomerEvent.of(CustomerEventType.CANCELLATION, day("2025-01-01")))).isEmpty()).isTrue();
  }

  @Test
  void everyRuleProblemIsReportedAtOnce() {
    List<LifecycleRule> bad = List.of(
        LifecycleRule.of(" go", List.of(CustomerEventType.ORDER), List.of(GROWTH), SERVICE, "downgrade"),
        new LifecycleRule("x", List.of(), List.of(), false, Map.of(CustomerFact.ORDERS, 0), CONVERSION, true, " "),
        LifecycleRule.of("x", List.of(CustomerEventType.ORDER), List.of(CONVERSION), CONVERSION, "self"));
    assertThatThrownBy(() -> LifecycleRules.of(bad))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::message).containsExactly(
            "rules[0].id " + "must be a code of 1 to 64 characters without control characters or surrounding whitespace:  go",
            "rules[0].backward must be true: the rule moves backward: GROWTH->SERVICE",
            "rules[1].on must name at least one event type",
            "rules[1].from must name at least one stage, or fromStart must be true",
            "rules[1].atLeast.ORDERS must be at least 1: 0",
            "rules[1].reason must be 1 to 200 characters without control characters:  ",
            "rules[2].id must be unique: x",
            "rules[2].from[0] must not be the target stage (no move to itself): CONVERSION",
            "rules must include a rule with fromStart true (else no customer ever gets a stage)"));
  }

  @Test
  void aRuleDeclaredBackwardMustMoveBackward() {
    assertThatThrownBy(() -> LifecycleRules.of(List.of(
        LifecycleRule.of("a", List.of(CustomerEventType.CONTACT), List.of(), ACQUISITION, "start").withFromStart(),
        LifecycleRule.of("b", List.of(CustomerEventType.ORDER), List.of(ACQUISITION), CONVERSION, "buy").asBackward())))
        .hasMessage("rules[1].backward must be false: every move of the rule is forward: ACQUISITION->CONVERSION");
  }


  @Test
  void eventsRefuseMisplacedDetails() {
    assertThatThrownBy(() -> CustomerEvent.contact(day("2025-01-01")).withProductLine(ProductLine.STANDARD))
        .hasMessage("customerEvent.productLine is only allowed on ORDER and UPSELL events: CONTACT");
    assertThatThrownBy(() -> CustomerEvent.contact(day("2025-01-01")).withAmount(USD_100))
        .hasMessage("customerEvent.amount is only allowed on ORDER, UPSELL and RENEWAL events: CONTACT");
    assertThatThrownBy(() -> CustomerEvent.renewal(day("2025-01-01"), Money.of(CurrencyUnit.USD, -1)))
        .hasMessageStartingWith("customerEvent.amount must not be negative");
    assertThat(CustomerEvent.order(day("2025-01-01"), ProductLine.STANDARD, USD_100).productLine()).contains(ProductLine.STANDARD);
  }

  @Test
  void timelineOfRecordedTransitionsChecksTheInvariants() {
    StageTransition first = new StageTransition(null, ACQUISITION, day("2025-01-02"), CustomerEventType.CONTACT, "r", false, "x");
    StageTransition gap = new StageTransition(SERVICE, GROWTH, day("2025-01-03"), CustomerEventType.ORDER, "r", false, "x");
    StageTransition early = new StageTransition(ACQUISITION, CONVERSION, day("2025-01-01"), CustomerEventType.ORDER, "r", false, "x");
    assertThatThrownBy(() -> LifecycleTimeline.of(List.of(first, gap)))
        .hasMessage("transitions[1].from must be ACQUISITION (the previous stage): SERVICE");
    assertThatThrownBy(() -> LifecycleTimeline.of(List.of(first, early)))
        .hasMessage("transitions[1].at must not be before 2025-01-02T00:00:00Z: 2025-01-01T00:00:00Z");
    assertThatThrownBy(() -> new StageTransition(GROWTH, CHURNED, day("2025-01-01"), CustomerEventType.CANCELLATION, "r", false, "x"))
        .hasMessage("backward must be true for the move GROWTH->CHURNED");
  }

  @Test
  void nullsAreRefusedNamingTheParameter() {
    NullPointerTester tester = new NullPointerTester().setDefault(java.time.ZoneId.class, java.time.ZoneOffset.UTC)
        .setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2025, 1)).setDefault(LifecycleTimeline.class, LifecycleTimeline.empty())
        .setDefault(java.time.LocalDate.class, java.time.LocalDate.of(2025, 1, 1));
    tester.testAllPublicInstanceMethods(rules);
    tester.testAllPublicInstanceMethods(rules.derive(fullHistory()));
    tester.testAllPublicStaticMethods(Cohorts.class);
  }
}
