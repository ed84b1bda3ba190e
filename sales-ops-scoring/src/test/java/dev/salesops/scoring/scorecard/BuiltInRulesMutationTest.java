package dev.salesops.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in operators at their edges, with their exact details and descriptions (PIT issue 13). */
class BuiltInRulesMutationTest {
  static final Instant T = Instant.parse("2026-05-01T00:00:00Z");

  static ScoringRule rule(String criterion) {
    Scorecard card = ScorecardLoader.standard().parse("{\"name\": \"n\", \"criteria\": [{\"id\": \"c\", \"points\": 1, " + criterion + "}]}");
    return card.criteria().get(0).rule();
  }

  static ScoringRule attr(String name, String opAndValues) {
    return rule("\"group\": \"FIT\", \"field\": \"attributes." + name + "\", " + opAndValues);
  }

  static ScoringSubject with(String key, String value) {
    return ScoringSubject.builder().attribute(key, value).build();
  }

  static RuleMatch eval(ScoringRule r, ScoringSubject s) {
    RuleMatch m = r.evaluate(s, T);
    assertThat(r.matches(s, T)).as("matches() agrees with evaluate() for %s", m).isEqualTo(m.matched());
    return m;
  }

  @Test
  void existsDescribesItself() {
    ScoringRule r = attr("k", "\"op\": \"exists\"");
    assertThat(r).hasToString("attributes.k exists");
    assertThat(eval(r, with("k", "v"))).isEqualTo(RuleMatch.yes("attributes.k = v matches exists"));
    assertThat(eval(r, ScoringSubject.builder().build())).isEqualTo(RuleMatch.no("attributes.k is not set (exists)"));
  }

  @Test
  void inByTextDateAndNumber() {
    ScoringRule numbers = attr("k", "\"op\": \"in\", \"values\": [\"b\", 2, 3.50]");
    assertThat(numbers).hasToString("attributes.k in [b, 2, 3.50]");
    assertThat(eval(numbers, with("k", "b")).matched()).isTrue();
    assertThat(eval(numbers, with("k", "3.5")).matched()).isTrue();
    assertThat(eval(numbers, with("k", "2.0")).matched()).isTrue();
    assertThat(eval(numbers, with("k", "4")).matched()).isFalse();
    assertThat(eval(numbers, with("k", "c")).matched()).isFalse();
    ScoringRule texts = attr("k", "\"op\": \"in\", \"values\": [\"2\"]");
    assertThat(eval(texts, with("k", "2.0")).matched()).isFalse();
    ScoringRule one = attr("k", "\"op\": \"equals\", \"value\": 7");
    assertThat(one).hasToString("attributes.k equals 7");
    assertThat(eval(one, with("k", "7")).detail()).isEqualTo("attributes.k = 7 matches equals 7");
    assertThat(eval(one, with("k", " 7.00 ")).matched()).isTrue();
    ScoringRule date = rule("\"group\": \"FIT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"in\", \"values\": [\"2026-06-15\", \"2026-07-01\"]");
    assertThat(date).hasToString("opportunity.expectedCloseDate in [2026-06-15, 2026-07-01]");
    ScoringSubject subject = ScorecardTest.subject();
    assertThat(eval(date, subject).matched()).isTrue();
    ScoringRule otherDate = rule("\"group\": \"FIT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"in\", \"values\": [\"2026-06-16\"]");
    assertThat(eval(otherDate, subject).matched()).isFalse();
    ScoringRule amount = rule("\"group\": \"FIT\", \"field\": \"opportunity.amount\", \"op\": \"equals\", \"value\": 80000");
    assertThat(eval(amount, subject).matched()).isTrue();
  }

  @Test
  void numbersOfAtMostHundredCharacters() {
    ScoringRule r = attr("k", "\"op\": \"range\", \"min\": 1");
    assertThat(eval(r, with("k", "0".repeat(99) + "1")).matched()).isTrue();
    assertThat(eval(r, with("k", "0".repeat(100) + "1")).matched()).isFalse();
    assertThat(eval(r, with("k", "one")).matched()).isFalse();
  }

  @Test
  void rangeEdgesAndText() {
    ScoringRule r = attr("k", "\"op\": \"range\", \"min\": 10, \"max\": 20");
    assertThat(r).hasToString("attributes.k range [10, 20)");
    assertThat(eval(r, with("k", "10")).matched()).isTrue();
    assertThat(eval(r, with("k", "9.99")).matched()).isFalse();
    assertThat(eval(r, with("k", "20")).matched()).isFalse();
    assertThat(eval(r, with("k", "19.99")).matched()).isTrue();
    assertThat(attr("k", "\"op\": \"range\", \"max\": 1")).hasToString("attributes.k range [-inf, 1)");
    assertThat(attr("k", "\"op\": \"range\", \"min\": 1")).hasToString("attributes.k range [1, +inf)");
  }

  @Test
  void containsIgnoresCase() {
    ScoringRule r = attr("k", "\"op\": \"contains\", \"value\": \"RiVaL\"");
    assertThat(r).hasToString("attributes.k contains \"rival\" (ignoring case)");
    assertThat(eval(r, with("k", "the RIVAL co")).matched()).isTrue();
    assertThat(eval(r, with("k", "friend")).detail()).isEqualTo("attributes.k = friend does not match contains \"rival\" (ignoring case)");
    assertThat(eval(r, with("k", "friend")).matched()).isFalse();
  }

  @Test
  void beforeAndAfterDates() {
    ScoringRule before = attr("d", "\"op\": \"before\", \"offsetDays\": -3");
    assertThat(before).hasToString("attributes.d before scoring date -3 days");
    assertThat(attr("d", "\"op\": \"after\", \"offsetDays\": 0")).hasToString("attributes.d after scoring date +0 days");
    assertThat(attr("d", "\"op\": \"after\", \"offsetDays\": 2")).hasToString("attributes.d after scoring date +2 days");
    ScoringRule fixed = attr("d", "\"op\": \"after\", \"date\": \"2026-01-31\"");
    assertThat(fixed).hasToString("attributes.d after 2026-01-31");
    assertThat(eval(before, with("d", "2026-04-27"))).isEqualTo(RuleMatch.yes(Instant.parse("2026-04-27T00:00:00Z"),
        "attributes.d = 2026-04-27 matches before scoring date -3 days (2026-04-28)"));
    assertThat(eval(before, with("d", "2026-04-28")))
        .isEqualTo(RuleMatch.no("attributes.d = 2026-04-28 does not match before scoring date -3 days"));
    assertThat(eval(before, with("d", "not a date")).matched()).isFalse();
    assertThat(eval(before, with("d", " 2026-04-01 ")).matched()).isTrue();
    assertThat(eval(fixed, with("d", "2026-02-01")).matched()).isTrue();
    assertThat(eval(fixed, with("d", "2026-01-31")).matched()).isFalse();
    ScoringRule closeDate = rule("\"group\": \"FIT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"after\", \"date\": \"2026-06-14\"");
    assertThat(eval(closeDate, ScorecardTest.subject()).matched()).isTrue();
  }

  /** An event exactly at the scoring instant counts; one exactly withinDays old does not. */
  @Test
  void eventCountWindowEdges() {
    ScoringRule r = rule("\"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"withinDays\": 2, \"minCount\": 2");
    assertThat(r).hasToString("eventCount demo >= 2 within 2 days");
    Instant edge = T.minus(Duration.ofDays(2));
    ScoringSubject atEdges = ScoringSubject.builder().event(EngagementEvent.of("demo", T)).event(EngagementEvent.of("demo", edge.plusMillis(1)))
        .event(EngagementEvent.of("demo", edge)).event(EngagementEvent.of("demo", T.plusMillis(1))).event(EngagementEvent.of("mail", T)).build();
    assertThat(eval(r, atEdges)).isEqualTo(RuleMatch.yes(T, "2 \"demo\" event(s) in the last 2 days, at least 2 needed; latest " + T));
    ScoringSubject one = ScoringSubject.builder().event(EngagementEvent.of("demo", edge)).event(EngagementEvent.of("demo", T.minusSeconds(60)))
        .event(EngagementEvent.of("demo", T.plusMillis(1))).build();
    assertThat(eval(r, one)).isEqualTo(RuleMatch.no("1 \"demo\" event(s) in the last 2 days, at least 2 needed"));
    ScoringRule allTime = rule("\"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"withinDays\": 0, \"minCount\": 3");
    assertThat(allTime).hasToString("eventCount demo >= 3");
    ScoringSubject three = ScoringSubject.builder().event(EngagementEvent.of("demo", Instant.EPOCH)).event(EngagementEvent.of("demo", edge))
        .event(EngagementEvent.of("demo", T)).build();
    assertThat(eval(allTime, three)).isEqualTo(RuleMatch.yes(T, "3 \"demo\" event(s) up to the scoring instant, at least 3 needed; latest " + T));
    assertThat(eval(allTime, one)).isEqualTo(RuleMatch.no("2 \"demo\" event(s) up to the scoring instant, at least 3 needed"));
  }

  /** The fast total of an event count without decay: the minimum count is reached exactly, or missed by one. */
  @Test
  void eventCountFastPath() {
    Scorecard card = ScorecardLoader.standard().parse("{\"name\": \"n\", \"criteria\": [{\"id\": \"c\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\","
        + " \"event\": \"demo\", \"minCount\": 2, \"points\": 5}]}");
    ScoringSubject two = ScoringSubject.builder().event(EngagementEvent.of("mail", T)).event(EngagementEvent.of("demo", T))
        .event(EngagementEvent.of("demo", T.minusSeconds(5))).build();
    ScoringSubject oneAndFuture = ScoringSubject.builder().event(EngagementEvent.of("demo", T)).event(EngagementEvent.of("demo", T.plusSeconds(5))).build();
    assertThat(card.total(two, T)).isEqualTo(5);
    assertThat(card.total(oneAndFuture, T)).isZero();
    assertThat(card.total(ScoringSubject.builder().build(), T)).isZero();
  }

  @Test
  void attributesPrefixAloneIsNoField() {
    assertThat(problems("\"group\": \"FIT\", \"field\": \"attributes.\", \"op\": \"exists\""))
        .singleElement().asString().startsWith("criteria[0].field is not a documented field (known: [opportunity.stage, opportunity.amount,");
    assertThat(rule("\"group\": \"FIT\", \"field\": \"attributes.x\", \"op\": \"exists\"")).hasToString("attributes.x exists");
  }

  static List<String> problems(String criterion) {
    try {
      rule(criterion);
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
    throw new AssertionError("accepted: " + criterion);
  }
}
