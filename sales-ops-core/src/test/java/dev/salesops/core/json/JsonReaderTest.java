package dev.salesops.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salesops.core.testing.HostileJson;
import dev.salesops.core.testing.InputContract;
import dev.salesops.core.testing.Property;
import dev.salesops.core.validation.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

  private static JsonInputException refused(String json) {
    try {
      JsonReader.read(json);
    } catch (JsonInputException e) {
      assertThat(e.getMessage().length()).isLessThanOrEqualTo(1024);
      return e;
    }
    throw new AssertionError("accepted: " + (json.length() > 80 ? json.substring(0, 80) + "..." : json));
  }

  @Test
  void readsEveryKindOfValue() {
    JsonValue v = JsonReader.read(" {\"a\": [1, -2.50, 3e2, true, false, null, \"x\"], \"b\": {}, \"c\": []}\n");
    assertThat(v).isInstanceOf(JsonObject.class);
    JsonObject o = (JsonObject) v;
    assertThat(o.members().keySet()).containsExactly("a", "b", "c");
    JsonArray a = (JsonArray) o.get("a");
    assertThat(a.elements()).containsExactly(JsonNumber.of("1"), JsonNumber.of("-2.50"), JsonNumber.of("3e2"),
        JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE, JsonString.of("x"));
    assertThat(((JsonNumber) a.get(1)).decimal()).isEqualByComparingTo("-2.5");
    assertThat(((JsonNumber) a.get(1)).decimal().scale()).isEqualTo(2);
    assertThat(((JsonNumber) a.get(0)).isIntegral()).isTrue();
    assertThat(((JsonNumber) a.get(2)).isIntegral()).isFalse();
    assertThat(o.get("b")).isEqualTo(JsonObject.empty());
    assertThat(o.get("c")).isEqualTo(JsonArray.empty());
    assertThat(JsonReader.read("0")).isEqualTo(JsonNumber.of("0"));
    assertThat(JsonReader.read("\"\"")).isEqualTo(JsonString.of(""));
    assertThat(JsonReader.read("null")).isEqualTo(JsonNull.INSTANCE);
  }

  @Test
  void unescapesStrings() {
    assertThat(JsonReader.read("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\""))
        .isEqualTo(JsonString.of("a\"b\\c/d\b\f\n\r\t\u00e9\uD83D\uDE00"));
    assertThat(JsonReader.read("\"caf\u00e9 \uD83D\uDE00\"")).isEqualTo(JsonString.of("caf\u00e9 \uD83D\uDE00"));
    assertThat(JsonReader.read("{\"\\u0041\":1}")).isEqualTo(JsonObject.builder().put("A", 1).build());
  }

  @Test
  void readsUtf8BytesAndSkipsAByteOrderMark() {
    byte[] bytes = "{\"name\":\"Zo\u00eb \u65e5\u672c\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(JsonReader.read(bytes)).isEqualTo(JsonObject.builder().put("name", "Zo\u00eb \u65e5\u672c").build());
    byte[] bom = new byte[bytes.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, bom, 3, bytes.length);
    assertThat(JsonReader.read(bom)).isEqualTo(JsonReader.read(bytes));
    assertThat(JsonReader.read("\uFEFF[1]")).isEqualTo(JsonReader.read("[1]"));
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    for (byte[] bad : List.of(new byte[] {'"', (byte) 0xC3}, new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'},
        new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, new byte[] {(byte) 0xFF, (byte) 0xFE, '[', 0, ']', 0},
        new byte[] {'[', '\n', '"', (byte) 0x80, '"', ']'})) {
      assertThatThrownBy(() -> JsonReader.read(bad)).isInstanceOf(JsonInputException.class)
          .hasMessageContaining("must be UTF-8 text");
    }
    JsonInputException e = (JsonInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> JsonReader.read(new byte[] {'[', '\n', ' ', '"', (byte) 0x80, '"', ']'}));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void namesThePathLineAndColumnOfAnError() {
    JsonInputException e = refused("{\"id\": ");
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.rule()).isEqualTo("must be well-formed JSON: the document ends too early");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.getMessage()).isEqualTo("Invalid input JSON at $.id: must be well-formed JSON: the document ends too early (line 1, column 8)");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("id");
      assertThat(p.message()).isEqualTo("id must be well-formed JSON: the document ends too early (line 1, column 8)");
    });
    assertThat(e).isInstanceOf(ValidationException.class).isInstanceOf(IllegalArgumentException.class);

    e = refused("{\"states\": [\n  {\"id\": 1},\n  {\"id\": tru}\n]}");
    assertThat(e.jsonPath()).isEqualTo("$.states[1].id");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(10);
    assertThat(refused("{\"a.b\": [1, }").jsonPath()).isEqualTo("$[\"a.b\"][1]");
    assertThat(refused("{\"a\": 1} x").jsonPath()).isEqualTo("$");
    assertThat(e.withTypeName("WorkflowDefinition").getMessage()).startsWith("Invalid WorkflowDefinition JSON at $.states[1].id: ");
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThat(refused("").rule()).isEqualTo("must be a JSON document, not empty input");
    assertThat(refused("  \n").rule()).isEqualTo("must be a JSON document, not empty input");
    assertThat(refused("[1] [2]").rule()).isEqualTo("must hold one JSON value: trailing content");
    assertThat(refused("{} }").rule()).isEqualTo("must hold one JSON value: trailing content");
    for (String bad : List.of("{'a':1}", "{a:1}", "[1,]", "{\"a\":1,}", "[01]", "[+1]", "[.5]", "[1.]", "[1e]", "[1e+]",
        "[NaN]", "[Infinity]", "[-]", "[1.2.3]", "[1e5e5]", "[truex]", "[nul]", "[True]", "// c\n[]", "[1 2]",
        "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[\"\\x\"]", "[\"\\u12G4\"]", "\"a", "[", "{", "{\"a\"", "{\"a\":", "[1,",
        "\"\\", "\"\\u12", "]", "}", ",", ":", "[\u00a0]", "\"\t\"", "\"a\nb\"")) {
      JsonInputException e = refused(bad);
      assertThat(e.rule()).as(bad).startsWith("must be well-formed JSON");
    }
    assertThat(refused("[1").rule()).isEqualTo("must be well-formed JSON: the document ends too early");
    assertThat(refused("[JaneDoe]").getMessage()).doesNotContain("JaneDoe")
        .contains("an unexpected token (text must be quoted)");
  }

  @Test
  void refusesControlCharactersAndUnpairedSurrogates() {
    assertThat(refused("[\"a\u0000b\"]").rule()).isEqualTo("must be well-formed JSON: an unescaped control character in a string");
    assertThat(refused("[\"a\u001fb\"]").rule()).contains("control character");
    assertThat(refused("{\"a\u0000\":1}").rule()).contains("control character");
    // escaped NUL is text like any other
    assertThat(JsonReader.read("\"a\\u0000b\"")).isEqualTo(JsonString.of("a\u0000b"));
    for (String bad : List.of("\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"\\uD800x\"", "\"\uD800\"",
        "\"\uDC00\"", "\"x\uD800\"", "\"\\\\\uDC00\"", "\"\uDC00\uD800\"")) {
      assertThat(refused(bad).rule()).as(bad).isEqualTo("must be well-formed JSON: an unpaired surrogate in a string");
    }
  }

  @Test
  void refusesDuplicateNames() {
    JsonInputException e = refused("{\"numerator\":1,\"denominator\":2,\"denominator\":null}");
    assertThat(e.rule()).isEqualTo("must not repeat a key: duplicate field \"denominator\"");
    assertThat(e.jsonPath()).isEqualTo("$.denominator");
    assertThat(refused("[{\"a\":{\"b\":1,\"b\":1}}]").jsonPath()).isEqualTo("$[0].a.b");
    // the same name in different objects is fine; escapes count as the name they stand for
    assertThat(JsonReader.read("[{\"a\":1},{\"a\":2}]")).isInstanceOf(JsonArray.class);
    assertThat(refused("{\"a\":1,\"\\u0061\":2}").rule()).startsWith("must not repeat a key");
  }

  @Test
  void refusesNumbersOutsideTheDecimalBoundsWithoutExpandingThem() {
    for (String n : List.of("1e99999999", "1e999999999", "1e2147483647", "1e9999999999", "1e-999999999", "-1e101",
        "1e-101", "0.1e-100")) {
      JsonInputException e = refused("{\"probability\": " + n + "}");
      assertThat(e.jsonPath()).as(n).isEqualTo("$.probability");
      assertThat(e.rule()).as(n).startsWith("must have at most 100 significant digits");
      assertThat(e.getMessage().length()).isLessThan(300);
    }
    assertThat(refused("[1e-1000000]").rule()).endsWith(": 1E-1000000");
    // the extremes are read
    assertThat(((JsonNumber) JsonReader.read("1e100")).decimal()).isEqualByComparingTo(BigDecimal.TEN.pow(100));
    assertThat(((JsonNumber) JsonReader.read("1e-100")).decimal().scale()).isEqualTo(100);
    assertThat(((JsonNumber) JsonReader.read("0.0000e-96")).decimal().scale()).isEqualTo(100);
    assertThat(((JsonNumber) JsonReader.read("1" + "0".repeat(99))).decimal().precision()).isEqualTo(100);
    assertThat(refused("1" + "0".repeat(100)).rule()).contains("input bounds: a number longer than 100");
    // numbers built by hand are checked when converted, never expanded
    assertThatThrownBy(() -> JsonNumber.of("1e999999999").decimal()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> JsonNumber.of("1e99999999999").decimal()).isInstanceOf(ArithmeticException.class);
    assertThat(JsonNumber.of("1e999999999").withinBounds()).isFalse();
    assertThat(JsonNumber.of("12.5").withinBounds()).isTrue();
  }

  @Test
  void refusesWhatExceedsTheLimits() {
    assertThat(refused("[".repeat(65) + "]".repeat(65)).rule()).isEqualTo("exceeds the input bounds: nesting deeper than 64");
    assertThat(JsonReader.read("[".repeat(64) + "]".repeat(64))).isInstanceOf(JsonArray.class);
    assertThat(refused("[".repeat(1_000_000)).rule()).startsWith("exceeds the input bounds: nesting");
    assertThat(refused("{\"a\":".repeat(100_000)).rule()).startsWith("exceeds the input bounds: nesting");
    assertThat(refused("[\"" + "x".repeat(65_537) + "\"]").rule()).isEqualTo("exceeds the input bounds: a string longer than 65536 characters");
    assertThat(JsonReader.read("[\"" + "x".repeat(65_536) + "\"]")).isInstanceOf(JsonArray.class);
    assertThat(refused("[\"" + "\\n".repeat(65_537) + "\"]").rule()).contains("a string longer than 65536");
    assertThat(refused("{\"" + "k".repeat(257) + "\":1}").rule()).isEqualTo("exceeds the input bounds: a name longer than 256 characters");
    JsonLimits small = JsonLimits.DEFAULT.withMaxValues(4).withMaxDepth(2).withMaxDocumentLength(30).withMaxStringLength(4)
        .withMaxNameLength(2).withMaxNumberLength(3);
    assertThat(JsonReader.read("[1,[2],\"abcd\"]", small)).isInstanceOf(JsonArray.class);
    assertThatThrownBy(() -> JsonReader.read("[1,2,3,4,5]", small)).hasMessageContaining("more than 4 members and elements");
    assertThatThrownBy(() -> JsonReader.read("[[[]]]", small)).hasMessageContaining("nesting deeper than 2");
    assertThatThrownBy(() -> JsonReader.read("[" + " ".repeat(30) + "]", small)).hasMessageContaining("a document of 32 characters, more than 30");
    assertThatThrownBy(() -> JsonReader.read(new byte[31], small)).hasMessageContaining("a document of 31 bytes, more than 30");
    assertThatThrownBy(() -> JsonReader.read("[\"abcde\"]", small)).hasMessageContaining("a string longer than 4");
    assertThatThrownBy(() -> JsonReader.read("{\"abc\":1}", small)).hasMessageContaining("a name longer than 2");
    assertThatThrownBy(() -> JsonReader.read("[1234]", small)).hasMessageContaining("a number longer than 3");
    assertThatThrownBy(() -> JsonReader.read("[-1.5]", small)).hasMessageContaining("a number longer than 3");
    assertThatThrownBy(() -> new JsonLimits(1, 0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLimits.DEFAULT.withMaxDepth(1_001)).isInstanceOf(IllegalArgumentException.class);
    assertThat(JsonLimits.DEFAULT).isEqualTo(new JsonLimits(JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH, JsonLimits.DEFAULT_MAX_DEPTH,
        JsonLimits.DEFAULT_MAX_STRING_LENGTH, JsonLimits.DEFAULT_MAX_NAME_LENGTH, JsonLimits.DEFAULT_MAX_NUMBER_LENGTH, 1_000_000));
  }

  @Test
  void neverQuotesAStringValue() {
    String secret = "jane.doe@example.com";
    for (String bad : List.of("{\"email\": \"" + secret + "\u0001\"}", "{\"email\": \"" + secret + "\"", "[\"" + secret + "\" x]",
        "{\"email\":\"" + secret + "\",\"email\":\"" + secret + "\"}", "{\"n\":" + secret + "}")) {
      assertThat(refused(bad).getMessage()).as(bad).doesNotContain("jane").doesNotContain("example");
    }
  }

  @Test
  void hostileVariantsAreReadOrRefusedWithTheContract() {
    String valid = "{\"id\":\"p\",\"states\":[{\"id\":\"a\",\"probability\":0.5,\"tags\":[\"x\",\"y\"]},{\"id\":\"b\","
        + "\"won\":true,\"reason\":null}],\"note\":\"Jane Doe\"}";
    for (String json : HostileJson.variants(valid, 21L, 400)) {
      InputContract.check(() -> JsonReader.read(json), List.of(JsonInputException.class), Set.of("Jane Doe"));
      InputContract.check(() -> JsonReader.read(json.getBytes(StandardCharsets.UTF_8)), List.of(JsonInputException.class),
          Set.of("Jane Doe"));
    }
  }

  @Test
  void whatIsWrittenReadsBackEqual() {
    Property.forAll(2112L, 300, r -> {
      JsonValue v = randomValue(r, 0);
      assertThat(JsonReader.read(JsonWriter.compact(v))).isEqualTo(v);
      assertThat(JsonReader.read(JsonWriter.pretty(v))).isEqualTo(v);
      assertThat(JsonReader.read(JsonWriter.compact(v).getBytes(StandardCharsets.UTF_8))).isEqualTo(v);
      // and is written back byte for byte (numbers keep their literal, members their order)
      assertThat(JsonWriter.compact(JsonReader.read(JsonWriter.compact(v)))).isEqualTo(JsonWriter.compact(v));
    });
  }

  private static JsonValue randomValue(Random r, int depth) {
    int kind = depth >= 6 ? 2 + r.nextInt(4) : r.nextInt(6);
    switch (kind) {
      case 0: {
        JsonObject.Builder b = JsonObject.builder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          String name = randomString(r, 8);
          if (!b.has(name)) {
            b.put(name, randomValue(r, depth + 1));
          }
        }
        return b.build();
      }
      case 1: {
        List<JsonValue> list = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          list.add(randomValue(r, depth + 1));
        }
        return JsonArray.of(list);
      }
      case 2:
        return JsonString.of(randomString(r, 20));
      case 3:
        return randomNumber(r);
      case 4:
        return JsonBoolean.of(r.nextBoolean());
      default:
        return JsonNull.INSTANCE;
    }
  }

  private static JsonNumber randomNumber(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) {
      b.append('-');
    }
    if (r.nextInt(4) == 0) {
      b.append('0');
    } else {
      b.append(1 + r.nextInt(9));
      for (int i = r.nextInt(15); i > 0; i--) {
        b.append(r.nextInt(10));
      }
    }
    if (r.nextBoolean()) {
      b.append('.');
      for (int i = 1 + r.nextInt(10); i > 0; i--) {
        b.append(r.nextInt(10));
      }
    }
    if (r.nextInt(4) == 0) {
      b.append(r.nextBoolean() ? 'e' : 'E').append(r.nextBoolean() ? "" : r.nextBoolean() ? "+" : "-").append(r.nextInt(60));
    }
    return JsonNumber.of(b.toString());
  }

  private static String randomString(Random r, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      switch (r.nextInt(6)) {
        case 0 -> b.append((char) r.nextInt(0x20)); // control characters, escaped by the writer
        case 1 -> b.append("\"\\/".charAt(r.nextInt(3)));
        case 2 -> b.appendCodePoint(0x1F600 + r.nextInt(50)); // a surrogate pair
        case 3 -> b.append((char) (0xA0 + r.nextInt(0xD7FF - 0xA0))); // BMP, no surrogates
        case 4 -> b.append('\u2028');
        default -> b.append((char) ('a' + r.nextInt(26)));
      }
    }
    return b.toString();
  }
}
