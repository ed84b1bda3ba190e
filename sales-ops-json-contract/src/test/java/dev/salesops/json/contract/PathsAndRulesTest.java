package dev.salesops.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salesops.core.json.JsonInputException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact paths and rules of refusals, through each Jackson stack, at the root and inside a host structure. */
class PathsAndRulesTest {
  private static final String DEAL = "{\"id\":\"d\",\"amount\":1.5,\"closeDate\":\"2026-12-07\",\"tags\":[\"a\"]}";

  static Stream<JsonStack> stacks() {
    return Stream.of(Jackson2Stacks.library(), Jackson2Stacks.host(), Jackson3Stacks.library(), Jackson3Stacks.host());
  }

  private static JsonInputException refusal(JsonStack stack, String doc, boolean inMap) {
    Throwable t = JsonContract.failure(() -> inMap ? stack.readMap(doc, HostDeal.class) : stack.read(doc, HostDeal.class));
    assertThat(t).isInstanceOf(stack.refusal());
    JsonInputException e = JsonContract.cause(t);
    assertThat(e).isNotNull();
    assertThat(t.getMessage()).startsWith(e.getMessage());
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void duplicateNameIsNamedByItsPath(JsonStack stack) {
    String dup = DEAL.replace("{\"id\":\"d\",", "{\"id\":\"d\",\"id\":\"e\",");
    JsonInputException e = refusal(stack, dup, false);
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.rule()).startsWith("duplicate member name");
    JsonInputException nested = refusal(stack, "{\"x\":" + DEAL + ",\"outer\":" + dup + "}", true);
    assertThat(nested.jsonPath()).isEqualTo("$.outer.id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void boundsAreTheLibrarysWhateverTheMapperAllows(JsonStack stack) {
    String deep = DEAL.replace("[\"a\"]", "[".repeat(100) + "]".repeat(100));
    JsonInputException e = refusal(stack, deep, false);
    assertThat(e.jsonPath()).startsWith("$.tags");
    assertThat(e.rule()).contains("input bounds");

    String longString = DEAL.replace("\"d\"", "\"" + "x".repeat(65_537) + "\"");
    e = refusal(stack, longString, false);
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.rule()).contains("input bounds").doesNotContain("xxxx");

    String longNumber = DEAL.replace("1.5", "1" + "0".repeat(101));
    e = refusal(stack, "{\"a\":" + longNumber + "}", true);
    assertThat(e.jsonPath()).isEqualTo("$.a.amount");
    assertThat(e.rule()).contains("input bounds");

    String longName = DEAL.replace("{\"id\"", "{\"" + "n".repeat(300) + "\":1,\"id\"");
    e = refusal(stack, longName, false);
    assertThat(e.rule()).contains("input bounds");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void malformedTextIsRefusedWithoutItsTokens(JsonStack stack) {
    JsonInputException e = refusal(stack, DEAL.replace("\"d\"", "JaneDoe"), false);
    assertThat(e.jsonPath()).startsWith("$");
    assertThat(e.getMessage()).doesNotContain("JaneDoe").contains("line 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void aDocumentOfOnlyNullIsRefusedButANullMemberIsNull(JsonStack stack) throws Exception {
    JsonInputException e = refusal(stack, "null", false);
    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(stack.readMap("{\"a\":null}", HostDeal.class)).containsEntry("a", null);
  }
}
