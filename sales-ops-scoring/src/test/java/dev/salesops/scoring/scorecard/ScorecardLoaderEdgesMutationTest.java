package dev.salesops.scoring.scorecard;

import static dev.salesops.scoring.scorecard.ScorecardLoaderMutationTest.EXISTS;
import static dev.salesops.scoring.scorecard.ScorecardLoaderMutationTest.card;
import static dev.salesops.scoring.scorecard.ScorecardLoaderMutationTest.ok;
import static dev.salesops.scoring.scorecard.ScorecardLoaderMutationTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ScorecardLoader}: the exact problem list for values refused on the way (no follow-up problem from a
 * substituted value), unknown keys in nested objects, and the operators' value checks (PIT issue 13).
 */
class ScorecardLoaderEdgesMutationTest {

  @Test
  void aRefusedBoundLeavesNoFollowUpProblem() {
    assertThat(problems(card(", \"grades\": [{\"grade\": \"A\", \"min\": \"x\", \"max\": -5}]", EXISTS)))
        .containsExactly("grades[0].min must be a number: \"x\"");
    // the JSON reader already refuses numbers beyond 100 digits of scale, so every number read is a finite double
    assertThat(problems(card(", \"grades\": [{\"grade\": \"A\", \"min\": 1e400, \"max\": -5}]", EXISTS))).singleElement().asString()
        .startsWith("grades[0].min must have at most 100 significant digits");
    assertThat(problems(card(", \"grades\": [{\"grade\": \"  \", \"min\": 0}]", EXISTS)))
        .containsExactly("grades[0].grade must not be blank: \"  \"");
  }

  @Test
  void unknownKeysInGroupsGradesAndDecay() {
    assertThat(problems(card(", \"groups\": {\"FIT\": {\"cap\": 1, \"colour\": 2}}", EXISTS))).hasSize(1)
        .allMatch(m -> m.startsWith("groups.FIT.colour "));
    assertThat(problems(card(", \"grades\": [{\"grade\": \"A\", \"colour\": 2}]", EXISTS))).hasSize(1)
        .allMatch(m -> m.startsWith("grades[0].colour "));
    assertThat(problems(card("", "{\"id\": \"e\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"points\": 1,"
        + " \"decay\": {\"halfLifeDays\": 1, \"colour\": 2}}"))).hasSize(1).allMatch(m -> m.startsWith("criteria[0].decay.colour "));
  }

  @Test
  void offsetDaysAtIntegerMinimum() {
    String before = "{\"id\": \"b\", \"group\": \"FIT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"before\", \"points\": 1";
    assertThat(problems(card("", before + ", \"offsetDays\": -2147483648}")))
        .containsExactly("criteria[0].offsetDays must be at least -36500: -2147483648");
    assertThat(problems(card("", before + ", \"offsetDays\": -2147483649}")))
        .containsExactly("criteria[0].offsetDays must be a whole number: -2147483649");
  }

  @Test
  void descriptionIsKeptOrEmpty() {
    assertThat(ok(card("", EXISTS.replace("\"points\": 1", "\"points\": 1, \"description\": \"why\""))).criteria().get(0).description())
        .isEqualTo("why");
    assertThat(ok(card("", EXISTS)).criteria().get(0).description()).isEmpty();
  }

  @Test
  void equalsAndInNeedValues() {
    String base = "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"account.segment\", \"points\": 1, ";
    assertThat(problems(card("", base + "\"op\": \"equals\"}")))
        .containsExactly("criteria[0].value is required and must be a string, number or boolean: missing");
    assertThat(problems(card("", base + "\"op\": \"equals\", \"value\": [1]}")))
        .containsExactly("criteria[0].value is required and must be a string, number or boolean: [1]");
    assertThat(problems(card("", base + "\"op\": \"equals\", \"value\": null}")))
        .containsExactly("criteria[0].value is required and must be a string, number or boolean: null");
    assertThat(problems(card("", base + "\"op\": \"in\"}")))
        .containsExactly("criteria[0].values is required and must be a non-empty list: missing");
    assertThat(problems(card("", base + "\"op\": \"in\", \"values\": \"a\"}")))
        .containsExactly("criteria[0].values is required and must be a non-empty list: \"a\"");
    assertThat(problems(card("", base + "\"op\": \"in\", \"values\": []}")))
        .containsExactly("criteria[0].values is required and must be a non-empty list: []");
    assertThat(problems(card("", base + "\"op\": \"in\", \"values\": [\"a\", {}]}")))
        .containsExactly("criteria[0].values[1] must be a string, number or boolean: {}");
  }

  @Test
  void valuesMustFitTheFieldKind() {
    String text = "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"account.segment\", \"points\": 1, ";
    assertThat(problems(card("", text + "\"op\": \"in\", \"values\": [\"a\", 2]}")))
        .containsExactly("criteria[0].values[1] must be text for field account.segment: 2");
    String date = "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"opportunity.expectedCloseDate\", \"points\": 1, ";
    assertThat(problems(card("", date + "\"op\": \"equals\", \"value\": 2}")))
        .containsExactly("criteria[0].value must be an ISO date for field opportunity.expectedCloseDate: 2");
    assertThat(problems(card("", date + "\"op\": \"equals\", \"value\": \"soon\"}")))
        .containsExactly("criteria[0].value must be an ISO date (yyyy-MM-dd) for field opportunity.expectedCloseDate: \"soon\"");
    String number = "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"opportunity.amount\", \"points\": 1, ";
    assertThat(problems(card("", number + "\"op\": \"in\", \"values\": [\"12\", \"twelve\"]}")))
        .containsExactly("criteria[0].values[1] must be a number for field opportunity.amount: \"twelve\"");
    assertThat(ok(card("", number + "\"op\": \"in\", \"values\": [\"12\", 13]}"))).isNotNull();
    Scorecard bool = ok(card("", "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"lead.hasContactPoint\", \"points\": 1, \"op\": \"in\", \"values\": [true, false]}"));
    assertThat(bool.criteria().get(0).rule()).hasToString("lead.hasContactPoint in [false, true]");
    assertThat(ok(card("", "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"lead.hasContactPoint\", \"points\": 1, \"op\": \"equals\", \"value\": true}"))
        .criteria().get(0).rule()).hasToString("lead.hasContactPoint equals true");
    assertThat(ok(card("", "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"attributes.n\", \"points\": 1, \"op\": \"equals\", \"value\": 2}"))).isNotNull();
  }

  @Test
  void operatorsNeedTheirFieldKind() {
    assertThat(problems(card("", "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"opportunity.amount\", \"points\": 1, \"op\": \"contains\", \"value\": \"a\"}")))
        .containsExactly("criteria[0].op contains needs a text field or an attribute, not opportunity.amount: contains");
    assertThat(problems(card("", "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"account.segment\", \"points\": 1, \"op\": \"after\", \"offsetDays\": 1}")))
        .containsExactly("criteria[0].op after needs a date field or an attribute, not account.segment: after");
    assertThat(ok(card("", "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"account.segment\", \"points\": 1, \"op\": \"contains\", \"value\": \"a\"}")))
        .isNotNull();
  }

  @Test
  void loaderNamesItsCustomTypes() {
    assertThat(ScorecardLoader.standard()).hasToString("ScorecardLoader[]");
  }
}
