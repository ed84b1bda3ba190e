package dev.salesops.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonValue;
import dev.salesops.json.contract.Samples.Sample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON contract every stack keeps: for every model sample, the bytes of the plain codecs
 * ({@code SalesOpsCodecs.write}/{@code writePretty}), the same value after a round trip, and hostile input refused
 * with the stack's documented exception carrying the library's {@link JsonInputException} (path and rule, no input
 * text), within the library's bounds. One subclass per stack; each compares with the plain codecs, so all stacks
 * give the same bytes.
 */
abstract class JsonContract {
  /** A marker standing for personal data: never in a message. */
  static final String PERSONAL = "JaneDoe";
  /** Generous: a refusal within the bounds takes milliseconds; this only flags a runaway (checked after it ends). */
  static final Duration BOUND = Duration.ofSeconds(5);

  abstract JsonStack stack();

  static Stream<Sample> samples() {
    return Samples.all().stream();
  }

  /** The samples of the types that are read back (written-only types are left out of the reading laws). */
  static Stream<Sample> readableSamples() {
    return Samples.readable().stream();
  }

  /** The first sample of each type: hostile input is refused by the type's codec, not by the sample. */
  static Stream<Sample> firstOfEachType() {
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    return readableSamples().filter(s -> seen.add(s.type()));
  }

  /** The first sample of each type whose JSON is an object (the member-level hostile inputs need one). */
  static Stream<Sample> objectSamples() {
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    return readableSamples().filter(s -> JsonStack.CODECS.encode(s.value()) instanceof JsonObject o && o.size() > 0)
        .filter(s -> seen.add(s.type()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writesTheCodecBytes(Sample s) throws Exception {
    assertThat(stack().write(s.value())).isEqualTo(JsonStack.CODECS.write(s.value()));
    String pretty = stack().writePretty(s.value());
    if (pretty != null) {
      assertThat(pretty).isEqualTo(JsonStack.CODECS.writePretty(s.value()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writesTheCodecBytesInsideHostStructures(Sample s) throws Exception {
    Map<String, Object> host = new java.util.LinkedHashMap<>();
    host.put("first", s.value());
    host.put("list", List.of(s.value(), s.value()));
    String one = JsonStack.CODECS.write(s.value());
    assertThat(stack().write(host)).isEqualTo("{\"first\":" + one + ",\"list\":[" + one + "," + one + "]}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readableSamples")
  void roundTrips(Sample s) throws Exception {
    String json = stack().write(s.value());
    Object back = stack().read(json, s.type());
    assertThat(back).isEqualTo(s.value());
    assertThat(stack().write(back)).isEqualTo(json);
    Map<String, ?> map = stack().readMap("{\"a\":" + json + ",\"b\":null}", s.type());
    if (map != null) {
      assertThat(map.get("a")).isEqualTo(s.value());
      assertThat(map).containsEntry("b", null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firstOfEachType")
  void refusesWrongRootTypesAndNull(Sample s) {
    JsonValue json = JsonStack.CODECS.encode(s.value());
    List<String> wrong = new ArrayList<>(List.of("null", "[[[]]]", "{\"unknownMember\":[]}"));
    if (json instanceof JsonObject) {
      wrong.addAll(List.of("true", "\"" + PERSONAL + "\"", "12"));
    }
    for (String doc : wrong) {
      JsonInputException e = refused(doc, s.type());
      assertThat(e.jsonPath()).as(doc).startsWith("$");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectSamples")
  void refusesDuplicateNames(Sample s) {
    Member m = Member.first(s);
    String doc = "{\"" + m.name + "\":" + m.valueJson + "," + m.json.substring(1);
    assertThat(refused(doc, s.type()).jsonPath()).startsWith("$");
    Member last = Member.last(s);
    String tail = last.json.substring(0, last.json.length() - 1) + ",\"" + last.name + "\":" + last.valueJson + "}";
    assertThat(refused(tail, s.type()).jsonPath()).startsWith("$");
    // inside a host structure: the path starts at the host document's root
    assertThat(refusedInMap("{\"outer\":" + doc + "}", s.type()).jsonPath()).startsWith("$");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectSamples")
  void refusesOutOfBoundsValuesWithTheirPath(Sample s) {
    Member m = Member.first(s);
    String deep = "[".repeat(200) + "]".repeat(200);
    String longString = "\"" + PERSONAL + "x".repeat(70_000) + "\"";
    String longNumber = "1" + "0".repeat(150);
    for (String hostile : List.of(deep, longString, longNumber, "1e999999999", "1e-999999999", "1e2147483648",
        "[" + PERSONAL + "]", "[true]", "{\"x\":{}}")) {
      if (hostile.equals("{\"x\":{}}") && m.valueJson.startsWith("{")) {
        continue; // a map-valued member (e.g. frequency tables' stages) may well hold an entry "x" with no counts
      }
      String doc = m.with(hostile);
      JsonInputException e = refused(doc, s.type());
      assertThat(e.jsonPath()).as(hostile.length() > 40 ? hostile.substring(0, 40) : hostile).startsWith("$");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectSamples")
  void refusesMalformedTextWithoutQuotingIt(Sample s) {
    Member m = Member.first(s);
    for (String doc : List.of(m.with(PERSONAL), m.with("\"" + PERSONAL), m.json.substring(0, m.json.length() - 1),
        m.with("01"), m.with("+1"), m.with("NaN"))) {
      refused(doc, s.type());
    }
  }

  @Test
  void refusesDeepNestingOfAHostStructureWithinTheBounds() {
    String deep = "{\"outer\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    assertTimeout(BOUND, () -> {
      Throwable t = failure(() -> stack().readMap(deep, HostDeal.class));
      assertThat(t).isNotNull();
    });
  }

  /** Reads {@code doc} as {@code type}, which must fail as documented, within the bound; the library's exception. */
  JsonInputException refused(String doc, Class<?> type) {
    return assertTimeout(BOUND, () -> check(failure(() -> stack().read(doc, type)), doc));
  }

  JsonInputException refusedInMap(String doc, Class<?> type) {
    return assertTimeout(BOUND, () -> {
      Throwable t = failure(() -> stack().readMap(doc, type));
      return t == null && stack().readMap("{}", type) == null ? null : check(t, doc);
    });
  }

  private JsonInputException check(Throwable t, String doc) {
    String brief = doc.length() > 60 ? doc.substring(0, 60) + "..." : doc;
    assertThat(t).as("refusal of %s", brief).isInstanceOf(stack().refusal());
    JsonInputException e = cause(t);
    assertThat(e).as("library exception under %s", t).isNotNull();
    assertThat(t.getMessage()).doesNotContain(PERSONAL).hasSizeLessThanOrEqualTo(1024 + 64);
    assertThat(e.getMessage()).doesNotContain(PERSONAL).contains(e.jsonPath());
    return e;
  }

  static JsonInputException cause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof JsonInputException j) {
        return j;
      }
    }
    return null;
  }

  interface Action {
    Object run() throws Exception;
  }

  static Throwable failure(Action a) {
    try {
      a.run();
      return null;
    } catch (Exception | StackOverflowError e) {
      return e;
    }
  }

  /** The first or last member of a sample's JSON, to put hostile values in its place. */
  record Member(String json, String name, String valueJson, int start, int end) {
    static Member first(Sample s) {
      JsonObject o = (JsonObject) JsonStack.CODECS.encode(s.value());
      String name = o.members().keySet().iterator().next();
      return of(o, name);
    }

    static Member last(Sample s) {
      JsonObject o = (JsonObject) JsonStack.CODECS.encode(s.value());
      String name = null;
      for (String n : o.members().keySet()) {
        name = n;
      }
      return of(o, name);
    }

    private static Member of(JsonObject o, String name) {
      String json = o.toJson();
      String value = o.get(name).toJson();
      JsonObject.Builder before = JsonObject.builder();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (e.getKey().equals(name)) {
          break;
        }
        before.put(e.getKey(), e.getValue());
      }
      String prefix = before.build().toJson();
      int nameStart = prefix.equals("{}") ? 1 : prefix.length();
      int start = nameStart + dev.salesops.core.json.JsonString.of(name).toJson().length() + 1;
      return new Member(json, name, value, start, start + value.length());
    }

    /** The document with this member's value replaced by {@code hostile}. */
    String with(String hostile) {
      return json.substring(0, start) + hostile + json.substring(end);
    }
  }
}
