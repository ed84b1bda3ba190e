package dev.salesops.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.salesops.core.validation.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The writer's three layouts and its cut prefix, number literals, the small object's views, and the input exception's parts. */
class JsonWriterAndValuesTest {
  private static final JsonValue NESTED = JsonReader.read(
      "{\"a\":1,\"b\":[true,null,{\"c\":\"x\\u2028\\u0001\"}],\"d\":{},\"e\":[],\"f\":{\"g\":[1.50,-2e3]}}");

  @Test
  void layoutsAreExact() {
    assertThat(JsonWriter.compact(NESTED))
        .isEqualTo("{\"a\":1,\"b\":[true,null,{\"c\":\"x\\u2028\\u0001\"}],\"d\":{},\"e\":[],\"f\":{\"g\":[1.50,-2e3]}}");
    assertThat(JsonWriter.pretty(NESTED)).isEqualTo("{\n"
        + "  \"a\": 1,\n"
        + "  \"b\": [\n"
        + "    true,\n"
        + "    null,\n"
        + "    {\n"
        + "      \"c\": \"x\\u2028\\u0001\"\n"
        + "    }\n"
        + "  ],\n"
        + "  \"d\": {},\n"
        + "  \"e\": [],\n"
        + "  \"f\": {\n"
        + "    \"g\": [\n"
        + "      1.50,\n"
        + "      -2e3\n"
        + "    ]\n"
        + "  }\n"
        + "}");
    assertThat(JsonWriter.spaced(NESTED)).isEqualTo("{\n"
        + "  \"a\" : 1,\n"
        + "  \"b\" : [ true, null, {\n"
        + "    \"c\" : \"x\u2028\\u0001\"\n"
        + "  } ],\n"
        + "  \"d\" : { },\n"
        + "  \"e\" : [ ],\n"
        + "  \"f\" : {\n"
        + "    \"g\" : [ 1.50, -2e3 ]\n"
        + "  }\n"
        + "}");
    StringBuilder out = new StringBuilder();
    JsonWriter.writeCompact(NESTED, out);
    assertThat(out.toString()).isEqualTo(JsonWriter.compact(NESTED));
    StringBuilder q = new StringBuilder();
    JsonWriter.quote("\"\\\n\r\t\b\f\u001f\u2029 ", q);
    assertThat(q.toString()).isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\\u001f\\u2029 \"");
  }

  @Test
  void compactPrefixCutsAtExactlyItsLimit() {
    String whole = JsonWriter.compact(NESTED);
    assertThat(JsonWriter.compactPrefix(NESTED, whole.length())).isEqualTo(whole);
    assertThat(JsonWriter.compactPrefix(NESTED, whole.length() - 1)).isEqualTo(whole.substring(0, whole.length() - 4) + "...")
        .hasSize(whole.length() - 1);
    assertThat(JsonWriter.compactPrefix(NESTED, 10)).isEqualTo("{\"a\":1,...");
    assertThat(JsonWriter.compactPrefix(JsonString.of("abcdefgh"), 10)).isEqualTo("\"abcdefgh\"");
    assertThat(JsonWriter.compactPrefix(JsonString.of("abcdefghi"), 10)).isEqualTo("\"abcdef...");
    assertThat(JsonWriter.compactPrefix(JsonString.of("x".repeat(1000)), 6)).isEqualTo("\"xx...");
    JsonArray many = JsonArray.of(List.of(JsonNumber.of(1), JsonNumber.of(22), JsonNumber.of(333)));
    assertThat(JsonWriter.compactPrefix(many, 10)).isEqualTo("[1,22,333]");
    assertThat(JsonWriter.compactPrefix(many, 9)).isEqualTo("[1,22,...");
    assertThat(JsonWriter.compactPrefix(many, 4)).isEqualTo("[...");
    assertThatThrownBy(() -> JsonWriter.compactPrefix(many, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChars must be at least 4: 3");
  }

  @Test
  void numberLiteralsFollowTheGrammar() {
    for (String ok : new String[] {"0", "-0", "12", "-1.5", "1e3", "1E+3", "1.25e-7", "0.0", "9007199254740993"}) {
      assertThat(JsonNumber.isJsonNumber(ok)).as(ok).isTrue();
      assertThat(JsonNumber.of(ok).text()).isEqualTo(ok);
    }
    for (String bad : new String[] {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "1.e3", "1x", "\u0661", "1\u0661", "1.\u0661", "1e\u0661",
        "--1", "1e3.5"}) {
      assertThat(JsonNumber.isJsonNumber(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> JsonNumber.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(JsonNumber.of("12").isIntegral()).isTrue();
    assertThat(JsonNumber.of("-7").isIntegral()).isTrue();
    assertThat(JsonNumber.of("1.0").isIntegral()).isFalse();
    assertThat(JsonNumber.of("1e2").isIntegral()).isFalse();
    assertThat(JsonNumber.of("1E2").isIntegral()).isFalse();
    assertThat(JsonNumber.of(2.5).text()).isEqualTo("2.5");
    assertThatThrownBy(() -> JsonNumber.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonNumber.of(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JsonNumber.of(new BigDecimal("1.50")).text()).isEqualTo("1.50");
    new EqualsTester()
        .addEqualityGroup(JsonNumber.of(5), JsonNumber.of("5"), JsonReader.read("5"), JsonNumber.of(new BigDecimal("5")))
        .addEqualityGroup(JsonNumber.of("5.0"), JsonReader.read("5.0"))
        .addEqualityGroup(JsonNumber.of(6), JsonReader.read("6"))
        .addEqualityGroup(JsonNumber.of("5e0"))
        .testEquals();
    String forty = "1" + "0".repeat(39);
    assertThat(JsonNumber.of(forty).toString()).isEqualTo(forty);
    assertThat(JsonNumber.of(forty + "0").toString()).isEqualTo(forty + "...(41 chars)");
    assertThat(JsonNumber.of(1).isNumber()).isTrue();
    assertThat(JsonString.of("1").isNumber()).isFalse();
    assertThat(JsonNumber.of(1).typeName()).isEqualTo("number");
  }

  @Test
  void smallObjectsViewsAndBuilders() {
    JsonValue o = JsonReader.read("{\"x\":1,\"y\":null}");
    Map<String, JsonValue> m = ((JsonObject) o).members();
    assertThat(m.isEmpty()).isFalse();
    assertThat(m).hasSize(2);
    assertThat(m.keySet()).hasSize(2).contains("x").doesNotContain("z");
    assertThat(m.keySet().contains("y")).isTrue();
    assertThat(m.keySet().contains("q")).isFalse();
    List<String> names = new ArrayList<>(m.keySet());
    assertThat(names).containsExactly("x", "y");
    assertThat(m.entrySet()).hasSize(2);
    var it = m.entrySet().iterator();
    it.next();
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    var keys = m.keySet().iterator();
    keys.next();
    keys.next();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    assertThat(o.has("y")).isTrue();
    assertThat(o.has("z")).isFalse();
    assertThat(JsonNumber.of(1).has("x")).isFalse();
    assertThat(((JsonObject) JsonReader.read("{}")).members().isEmpty()).isTrue();
    JsonObject built = JsonObject.builder().put("a", JsonNumber.of(1)).putIfNotNull("b", null).putIfNotNull("c", JsonNull.INSTANCE)
        .put("d", 2L).put("e", true).build();
    assertThat(JsonWriter.compact(built)).isEqualTo("{\"a\":1,\"c\":null,\"d\":2,\"e\":true}");
    assertThat(built.typeName()).isEqualTo("object");
    assertThat(built.toString()).isEqualTo("JsonObject[a, c, d, e]");
    assertThat(built.hashCode()).isEqualTo(JsonReader.read(JsonWriter.compact(built)).hashCode());
    JsonArray a = JsonArray.builder().add(JsonNumber.of(1)).add(JsonNull.INSTANCE).build();
    assertThat(a.get(0)).isEqualTo(JsonNumber.of(1));
    assertThat(a.get(1)).isEqualTo(JsonNull.INSTANCE);
    assertThat(a.get(2)).isNull();
    assertThat(a.get(-1)).isNull();
    assertThat(a.toString()).isEqualTo("JsonArray[2 elements]");
    assertThat(a).isNotEqualTo(JsonArray.of(List.of(JsonNumber.of(1))));
    assertThat(JsonArray.of(List.of())).isSameAs(JsonArray.empty());
    assertThat(JsonArray.of(List.of(JsonNumber.of(1)))).isNotSameAs(JsonArray.empty());
  }

  @Test
  void inputExceptionsCarryTheirPartsAndAShortMessage() {
    JsonInputException e = JsonInputException.of("Opportunity", "$.amount", "must be a number", 3, 7);
    assertThat(e.typeName()).isEqualTo("Opportunity");
    assertThat(e.getMessage()).isEqualTo("Invalid Opportunity JSON at $.amount: must be a number (line 3, column 7)");
    assertThat(e.toString()).isEqualTo(JsonInputException.class.getName() + ": " + e.getMessage());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("amount");
    JsonInputException renamed = e.withTypeName("Deal");
    assertThat(renamed.getMessage()).isEqualTo("Invalid Deal JSON at $.amount: must be a number (line 3, column 7)");
    assertThat(renamed.getStackTrace()).isEqualTo(e.getStackTrace());
    assertThat(JsonInputException.of("T", "$", "r", 1, 0).getMessage()).isEqualTo("Invalid T JSON at $: r (line 1)");
    assertThat(JsonInputException.of("T", "$", "r", 1, 1).column()).isEqualTo(1);
    assertThat(JsonInputException.of("T", "$", "r", 0, 5)).satisfies(x -> {
      assertThat(x.line()).isEqualTo(-1);
      assertThat(x.column()).isEqualTo(-1);
      assertThat(x.getMessage()).isEqualTo("Invalid T JSON at $: r");
    });
    assertThat(JsonInputException.problemPath("$.a.b")).isEqualTo("a.b");
    assertThat(JsonInputException.problemPath("$.")).isEqualTo("$.");
    assertThat(JsonInputException.problemPath("$[0].a")).isEqualTo("[0].a");
    assertThat(JsonInputException.problemPath("$[\"\"]")).isEqualTo("$[\"\"]");
    assertThat(JsonInputException.problemPath("$")).isEqualTo("$");
    assertThat(JsonInputException.problemPath(" ")).isEqualTo("$");
    assertThat(JsonInputException.problemPath("a.b")).isEqualTo("a.b");
    String longRule = "r".repeat(2000);
    assertThat(JsonInputException.of("T", "$", longRule).getMessage()).hasSize(1024).endsWith("...");
    String fits = "r".repeat(1024 - "Invalid T JSON at $: ".length());
    assertThat(JsonInputException.of("T", "$", fits).getMessage()).hasSize(1024).endsWith("r");
  }
}
