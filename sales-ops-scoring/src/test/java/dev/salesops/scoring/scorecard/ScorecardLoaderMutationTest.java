package dev.salesops.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScorecardLoader}'s rules for groups, grades, whole numbers, decay, ids and operators, at their edges. */
class ScorecardLoaderMutationTest {
  static final String EXISTS = "{\"id\": \"x\", \"group\": \"FIT\", \"field\": \"account.industry\", \"op\": \"exists\", \"points\": 1}";

  static String card(String extraTop, String criterion) {
    return "{\"name\": \"n\"" + extraTop + ", \"criteria\": [" + criterion + "]}";
  }

  static Scorecard ok(String json) {
    return ScorecardLoader.standard().parse(json);
  }

  static List<String> problems(String json) {
    try {
      ScorecardLoader.standard().parse(json);
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void groupsCapsAndWeights() {
    assertThat(ok(card(", \"groups\": {\"FIT\": {\"cap\": 0, \"weight\": 0}}, \"totalCap\": 0", EXISTS))).isNotNull();
    assertThat(problems(card(", \"groups\": {\"FIT\": {\"cap\": -0.5}}", EXISTS))).containsExactly("groups.FIT.cap must not be negative: -0.5");
    assertThat(problems(card(", \"groups\": {\"FIT\": {\"weight\": -1}}", EXISTS))).containsExactly("groups.FIT.weight must not be negative: -1");
    assertThat(problems(card(", \"groups\": {\"FIT\": 3}", EXISTS))).containsExactly("groups.FIT must be an object: 3");
    assertThat(problems(card(", \"groups\": []", EXISTS))).containsExactly("groups must be an object: []");
    assertThat(problems(card(", \"totalCap\": \"1\"", EXISTS))).containsExactly("totalCap must be a number: \"1\"");
  }

  @Test
  void gradesNeedMinBelowMaxAndShortNames() {
    assertThat(ok(card(", \"grades\": [{\"grade\": \"ABCDEFGHIJKLMNOP\", \"min\": 0}, {\"grade\": \"Z\", \"max\": 0}]", EXISTS))).isNotNull();
    assertThat(problems(card(", \"grades\": [{\"grade\": \"ABCDEFGHIJKLMNOPQ\", \"min\": 0}, {\"grade\": \"Z\", \"max\": 0}]", EXISTS)))
        .contains("grades[0].grade must be at most 16 characters: ABCDEFGHIJKLMNOPQ");
    assertThat(problems(card(", \"grades\": [{\"grade\": \"A\", \"min\": 5, \"max\": 5}]", EXISTS))).contains("grades[0] must have min < max: [5.0, 5.0)");
    assertThat(problems(card(", \"grades\": {}", EXISTS))).contains("grades must be a list: {}");
    assertThat(problems(card(", \"grades\": [1]", EXISTS))).contains("grades[0] must be an object: 1");
  }

  @Test
  void eventCountWholeNumbers() {
    String base = "{\"id\": \"e\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"points\": 1";
    assertThat(ok(card("", base + ", \"withinDays\": 0, \"minCount\": 1}"))).isNotNull();
    assertThat(ok(card("", base + ", \"withinDays\": 2.0, \"minCount\": 10E-1}"))).isNotNull();
    assertThat(ok(card("", base + ", \"withinDays\": 2147483647}"))).isNotNull();
    assertThat(problems(card("", base + ", \"withinDays\": 2147483648}"))).containsExactly("criteria[0].withinDays must be a whole number: 2147483648");
    assertThat(problems(card("", base + ", \"withinDays\": -1}"))).containsExactly("criteria[0].withinDays must be at least 0: -1");
    assertThat(problems(card("", base + ", \"minCount\": 0}"))).containsExactly("criteria[0].minCount must be at least 1: 0");
    assertThat(problems(card("", base + ", \"minCount\": 1.5}"))).containsExactly("criteria[0].minCount must be a whole number: 1.5");
    assertThat(problems(card("", base + ", \"field\": \"account.industry\"}")))
        .containsExactly("criteria[0].field is not used by eventCount (events are typed by \"event\"): \"account.industry\"");
  }

  @Test
  void decayRules() {
    String base = "{\"id\": \"e\", \"group\": \"ENGAGEMENT\", \"op\": \"eventCount\", \"event\": \"demo\", \"points\": 1, \"decay\": ";
    assertThat(ok(card("", base + "{\"linearPerDay\": 0.001}}"))).isNotNull();
    assertThat(problems(card("", base + "{\"halfLifeDays\": 0}}"))).containsExactly("criteria[0].decay.halfLifeDays must be positive: 0.0");
    assertThat(problems(card("", base + "{}}"))).containsExactly("criteria[0].decay must have exactly one of halfLifeDays, linearPerDay: {}");
    assertThat(problems(card("", base + "{\"halfLifeDays\": 1, \"linearPerDay\": 1}}"))).hasSize(1)
        .allMatch(m -> m.startsWith("criteria[0].decay must have exactly one of halfLifeDays, linearPerDay"));
    assertThat(problems(card("", base + "1}"))).containsExactly("criteria[0].decay must be an object: 1");
  }

  @Test
  void idsAndOperators() {
    String id64 = "a" + "b".repeat(63);
    assertThat(ok(card("", EXISTS.replace("\"x\"", "\"" + id64 + "\"")))).isNotNull();
    assertThat(problems(card("", EXISTS.replace("\"x\"", "\"" + id64 + "c\"")))).hasSize(1)
        .allMatch(m -> m.startsWith("criteria[0].id must be lower-case letters, digits and underscores"));
    assertThat(problems(card("", EXISTS.replace("\"x\"", "\"1x\"")))).hasSize(1);
    assertThat(problems(card("", EXISTS.replace("\"op\": \"exists\"", "\"op\": \"exists\", \"params\": {}"))))
        .containsExactly("criteria[0].params is only for custom types: {}");
    assertThat(problems(card("", EXISTS.replace("\"op\": \"exists\"", "\"op\": \"exists\", \"type\": \"t\""))))
        .containsExactly("criteria[0] must have either op or type, not both: exists / t");
    assertThat(problems(card("", EXISTS + ", " + EXISTS))).containsExactly("criteria[1].id must be unique: x");
    assertThat(problems("{\"name\": \"n\"}")).containsExactly("criteria is required and must be a list: missing");
    assertThat(problems("[]")).containsExactly("json must be an object: ARRAY");
  }

  @Test
  void rangeAndDateOperators() {
    String range = "{\"id\": \"r\", \"group\": \"FIT\", \"field\": \"opportunity.amount\", \"op\": \"range\", \"points\": 1";
    assertThat(ok(card("", range + ", \"min\": 1, \"max\": 1.01}"))).isNotNull();
    assertThat(problems(card("", range + ", \"min\": 1, \"max\": 1}"))).containsExactly("criteria[0] range needs min < max: [1, 1)");
    assertThat(problems(card("", range + "}"))).containsExactly("criteria[0] range needs min and/or max");
    assertThat(problems(card("", range + ", \"min\": \"1\"}"))).containsExactly("criteria[0].min must be a number: \"1\"");
    String before = "{\"id\": \"b\", \"group\": \"FIT\", \"field\": \"opportunity.expectedCloseDate\", \"op\": \"before\", \"points\": 1";
    assertThat(ok(card("", before + ", \"offsetDays\": -36500}"))).isNotNull();
    assertThat(problems(card("", before + ", \"offsetDays\": -36501}"))).containsExactly("criteria[0].offsetDays must be at least -36500: -36501");
    assertThat(problems(card("", before + "}"))).containsExactly("criteria[0] before needs exactly one of date, offsetDays");
    assertThat(problems(card("", before + ", \"date\": \"2026-13-01\"}"))).containsExactly("criteria[0].date must be an ISO date (yyyy-MM-dd): 2026-13-01");
    assertThat(ok(card("", before + ", \"date\": \"2026-12-01\"}"))).isNotNull();
  }
}
