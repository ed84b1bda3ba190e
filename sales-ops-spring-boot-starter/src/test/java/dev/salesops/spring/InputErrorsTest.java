package dev.salesops.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The problem details of the library's and Jackson's input errors: path, code and rule, never the value. */
class InputErrorsTest {
  record Deal(String id, int size) {}

  static final String PERSONAL = "jane.doe@example.com";

  @Test
  void aValidationExceptionListsEveryProblemWithPathCodeAndRuleButNoValue() {
    ValidationException e = new ValidationException(List.of(Problem.of("owner", "must be at most 128 characters", PERSONAL),
        Problem.of("amount", "must not be negative", "-1")));
    ProblemDetail pd = InputErrors.problem(e, Locale.ENGLISH);
    assertThat(pd.getStatus()).isEqualTo(400);
    assertThat(pd.getType()).isEqualTo(InputErrors.TYPE);
    assertThat(pd.getProperties()).containsEntry("path", "owner").containsEntry("problemCount", 2);
    assertThat(pd.getDetail()).isEqualTo("owner: must be at most 128 characters (and 1 more)");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> problems = (List<Map<String, String>>) pd.getProperties().get("problems");
    assertThat(problems).extracting(m -> m.get("path")).containsExactly("owner", "amount");
    assertThat(problems).extracting(m -> m.get("code")).containsOnly("text");
    assertThat(pd.toString()).doesNotContain(PERSONAL).doesNotContain("-1");
  }

  @Test
  void aValidationExceptionInsideAJacksonReadIsPlacedUnderTheValuesPath() {
    // Jackson 2 wraps what a constructor throws, with the path of the value
    ObjectMapper jackson2 = new ObjectMapper();
    Throwable t = catchThrowable(() -> jackson2.readValue("{\"deal\":{\"id\":\"x\",\"size\":1}}", Holder2.class));
    ProblemDetail pd = InputErrors.problem(t, Locale.ENGLISH);
    assertThat(pd.getProperties()).containsEntry("path", "$.deal.size").containsEntry("code", "text");
    assertThat(pd.getProperties().get("rule")).isEqualTo("must be even");
  }

  record Holder2(Checked deal) {}

  record Checked(String id, int size) {
    Checked {
      if (size % 2 != 0) {
        throw new ValidationException(Problem.of("size", "must be even", size));
      }
    }
  }

  @Test
  void jackson2FailuresKeepThePathAndTheKindNeverTheInput() {
    ObjectMapper mapper = Jackson2Support.harden(new ObjectMapper());
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\": JaneDoe}", Deal.class)), "json.syntax", "$", "JaneDoe");
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"a\",\"id\":\"b\"}", Deal.class)), "json.duplicate-key", "$",
        null);
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"a\",\"size\":2,\"" + PERSONAL + "\":1}", Deal.class)),
        "json.unknown-field", "$[\"\"]", PERSONAL);
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"a\",\"size\":\"JaneDoe\"}", Deal.class)),
        "json.invalid-value", "$.size", "JaneDoe");
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"" + "x".repeat(70_000) + "\"}", Deal.class)),
        "json.bounds", "$.id", "xxxx");
  }

  @Test
  void jackson3FailuresKeepThePathAndTheKindNeverTheInput() {
    // Jackson 3 ignores unknown properties by default: a host may turn that on
    JsonMapper mapper = Jackson3Support.boundedBuilder(List.of(Jackson3Support.features(),
        b -> b.enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))).build();
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\": JaneDoe}", Deal.class)), "json.syntax", "$", "JaneDoe");
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"a\",\"id\":\"b\"}", Deal.class)), "json.duplicate-key", "$",
        null);
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"a\",\"size\":2,\"" + PERSONAL + "\":1}", Deal.class)),
        "json.unknown-field", "$[\"\"]", PERSONAL);
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"a\",\"size\":\"JaneDoe\"}", Deal.class)),
        "json.invalid-value", "$.size", "JaneDoe");
    assertCode(catchThrowable(() -> mapper.readValue("{\"id\":\"" + "x".repeat(70_000) + "\"}", Deal.class)),
        "json.bounds", "$.id", "xxxx");
  }

  private static void assertCode(Throwable t, String code, String path, String notShown) {
    assertThat(t).isNotNull();
    ProblemDetail pd = InputErrors.problem(t, Locale.ENGLISH);
    assertThat(pd).as(String.valueOf(t)).isNotNull();
    assertThat(pd.getProperties()).as(t.toString()).containsEntry("code", code).containsEntry("path", path);
    if (notShown != null) {
      assertThat(pd.toString()).doesNotContain(notShown);
    }
  }

  @Test
  void otherExceptionsAreNotInputErrors() {
    assertThat(InputErrors.problem(new IllegalStateException("boom"), Locale.ENGLISH)).isNull();
  }

  @Test
  void pathsNameFieldsAndIndexesAndHideOddKeys() {
    assertThat(InputErrors.path(List.of())).isEqualTo("$");
    assertThat(InputErrors.path(List.of(new InputErrors.Step("deals", -1), new InputErrors.Step(null, 3),
        new InputErrors.Step("amount", -1)))).isEqualTo("$.deals[3].amount");
    assertThat(InputErrors.path(List.of(new InputErrors.Step("a b", -1)))).isEqualTo("$[\"\"]");
    assertThat(InputErrors.join("$.deal", "amount")).isEqualTo("$.deal.amount");
    assertThat(InputErrors.join("$.deals", "[2].id")).isEqualTo("$.deals[2].id");
    assertThat(InputErrors.join(null, "amount")).isEqualTo("amount");
  }
}
