package dev.salesops.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's tuning of {@link JsonReader} changed how it reads, not what it reads. Seeded properties (the seed is
 * printed on failure):
 *
 * <ul>
 *   <li>random documents (every kind of value, escapes, surrogate pairs, numbers of every shape, small and large
 *       objects, random white space) read back as the tree they were generated from, member order included;
 *   <li>on those documents and on broken variants of them (cut, a character inserted or removed, a duplicate
 *       name, deep nesting, huge exponents, tight {@link JsonLimits}), text and UTF-8 bytes, the tuned reader
 *       and the reader as it was before ({@link ReferenceJsonReader}) agree: equal trees with equal number
 *       literals, or the same {@link JsonInputException} (message, path, rule, line, column);
 *   <li>the reader's one-pass decimal-bounds check refuses exactly the literals {@link JsonNumber#withinBounds}
 *       refuses.
 * </ul>
 */
class JsonReaderEquivalenceTest {
  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-$. ";
  private static final String[] COMMON_NAMES = {"id", "zz", "a", "to", "at", "actor", "history", "", "x y", "état"};

  @Test
  void randomDocumentsReadAsTheTreeTheyWereWrittenFrom() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String doc = null;
    try {
      for (int n = 0; n < 300; n++) {
        JsonValue expected = value(r, 0);
        doc = render(expected, r);
        assertSameTree(JsonReader.read(doc), expected, "$");
        assertSameTree(JsonReader.read(doc.getBytes(StandardCharsets.UTF_8)), expected, "$");
      }
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("seed " + seed + ", document of " + (doc == null ? 0 : doc.length()) + " chars: "
          + shortDoc(doc), e);
    }
  }

  @Test
  void theTunedReaderAgreesWithTheReaderBeforeOnValidAndBrokenDocuments() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String doc = null;
    int refused = 0;
    try {
      for (int n = 0; n < 1_500; n++) {
        doc = render(value(r, 0), r);
        int mutations = n % 4 == 0 ? 0 : 1 + r.nextInt(3);
        for (int m = 0; m < mutations; m++) {
          doc = mutate(doc, r);
        }
        JsonLimits limits = r.nextInt(4) == 0 ? tight(r) : JsonLimits.DEFAULT;
        refused += agree(doc, limits) ? 0 : 1;
      }
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + shortDoc(doc), e);
    }
    // both paths were exercised
    assertThat(refused).isBetween(150, 1_450);
  }

  @Test
  void numberBoundsAreDecidedAsWithinBoundsDecidesThem() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String literal = null;
    try {
      for (int n = 0; n < 5_000; n++) {
        literal = number(r, true);
        boolean accepted;
        try {
          JsonValue v = JsonReader.read(literal, JsonLimits.DEFAULT.withMaxNumberLength(1_000));
          accepted = true;
          assertThat(((JsonNumber) v).text()).isEqualTo(literal);
          assertThat(((JsonNumber) v).isIntegral()).isEqualTo(literal.matches("-?[0-9]+"));
          assertThat(((JsonNumber) v).decimal()).isEqualTo(new java.math.BigDecimal(literal));
        } catch (JsonInputException e) {
          accepted = false;
          assertThat(e.rule()).startsWith(dev.salesops.core.validation.DecimalBounds.rule());
        }
        assertThat(accepted).isEqualTo(JsonNumber.withinBounds(literal));
      }
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("seed " + seed + ", literal " + literal, e);
    }
  }

  @Test
  void smallIntegersAreSharedAndKeepTheirText() {
    JsonValue v = JsonReader.read("[-129,-128,-1,0,-0,7,1023,1024,9999,12.0,1e2]");
    List<String> texts = new ArrayList<>();
    for (JsonValue e : v.elements()) {
      texts.add(((JsonNumber) e).text());
    }
    assertThat(texts).containsExactly("-129", "-128", "-1", "0", "-0", "7", "1023", "1024", "9999", "12.0", "1e2");
    assertThat(v.get(1)).isSameAs(JsonReader.read("-128"));
    assertThat(v.get(4)).isNotSameAs(JsonReader.read("0")).isNotEqualTo(JsonReader.read("0"));
    assertThat(((JsonNumber) v.get(6)).decimal()).isEqualByComparingTo("1023");
    assertThat(((JsonNumber) v.get(9)).isIntegral()).isFalse();
    assertThat(((JsonNumber) v.get(5)).isIntegral()).isTrue();
  }

  @Test
  void objectsSmallAndLargeBehaveAsUnmodifiableOrderedMaps() {
    for (int size : new int[] {1, 8, 9, 40}) {
      StringBuilder b = new StringBuilder("{");
      for (int i = size - 1; i >= 0; i--) {
        b.append(i == size - 1 ? "" : ",").append("\"k").append(i).append("\":").append(i);
      }
      JsonObject o = (JsonObject) JsonReader.read(b.append('}').toString());
      assertThat(o.size()).isEqualTo(size);
      assertThat(o.members().keySet()).first().isEqualTo("k" + (size - 1));
      assertThat(o.get("k0")).isEqualTo(JsonNumber.of(0));
      assertThat(o.has("k" + size)).isFalse();
      assertThat(o.get("missing")).isNull();
      Map<String, JsonValue> m = o.members();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.put("x", JsonNull.INSTANCE))
          .isInstanceOf(UnsupportedOperationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.entrySet().iterator().remove())
          .isInstanceOf(RuntimeException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
      JsonObject.Builder builder = JsonObject.builder();
      for (int i = 0; i < size; i++) {
        builder.put("k" + i, JsonNumber.of(i));
      }
      JsonObject same = builder.build();
      assertThat(o).isEqualTo(same).hasSameHashCodeAs(same);
      assertThat(same).isEqualTo(o);
      assertThat(JsonReader.read(o.toJson())).isEqualTo(o);
    }
    List<JsonValue> elements = JsonReader.read("[1,2,3]").elements();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> elements.add(JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(elements).isEqualTo(List.of(JsonNumber.of(1), JsonNumber.of(2), JsonNumber.of(3)));
  }

  // ------------------------------------------------------------------------------------------------- oracle

  /** True if both accepted (equal trees), false if both refused alike; fails otherwise. Text and bytes. */
  private static boolean agree(String doc, JsonLimits limits) {
    boolean text = agreeOn(() -> JsonReader.read(doc, limits), () -> ReferenceJsonReader.read(doc, limits));
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    agreeOn(() -> JsonReader.read(bytes, limits), () -> ReferenceJsonReader.read(bytes, limits));
    return text;
  }

  private static boolean agreeOn(java.util.function.Supplier<JsonValue> tuned, java.util.function.Supplier<JsonValue> before) {
    JsonValue a = null;
    JsonValue b = null;
    JsonInputException ea = null;
    JsonInputException eb = null;
    try {
      a = tuned.get();
    } catch (JsonInputException e) {
      ea = e;
    }
    try {
      b = before.get();
    } catch (JsonInputException e) {
      eb = e;
    }
    if (eb != null) {
      if (ea == null) {
        fail("the tuned reader accepted what the reader before refused: " + eb.getMessage());
      }
      assertThat(ea.getMessage()).isEqualTo(eb.getMessage());
      assertThat(ea.jsonPath()).isEqualTo(eb.jsonPath());
      assertThat(ea.rule()).isEqualTo(eb.rule());
      assertThat(ea.line()).isEqualTo(eb.line());
      assertThat(ea.column()).isEqualTo(eb.column());
      assertThat(ea.problems()).isEqualTo(eb.problems());
      return false;
    }
    if (ea != null) {
      fail("the tuned reader refused what the reader before accepted: " + ea.getMessage());
    }
    assertSameTree(a, b, "$");
    return true;
  }

  /** Equal kinds, number literals, strings, member names in the same order, recursively (plain checks: fast). */
  private static void assertSameTree(JsonValue actual, JsonValue expected, String path) {
    if (!actual.typeName().equals(expected.typeName())) {
      fail(path + ": a " + actual.typeName() + " instead of a " + expected.typeName());
    }
    if (expected instanceof JsonNumber n) {
      JsonNumber a = (JsonNumber) actual;
      if (!a.text().equals(n.text()) || a.isIntegral() != n.isIntegral()) {
        fail(path + ": the number " + a.text() + " instead of " + n.text());
      }
    } else if (expected instanceof JsonObject o) {
      if (!new ArrayList<>(actual.members().keySet()).equals(new ArrayList<>(o.members().keySet()))) {
        fail(path + ": the members " + actual.members().keySet() + " instead of " + o.members().keySet());
      }
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!actual.has(e.getKey())) {
          fail(path + ": no member " + e.getKey());
        }
        assertSameTree(actual.get(e.getKey()), e.getValue(), path + "." + e.getKey());
      }
    } else if (expected instanceof JsonArray a) {
      if (actual.size() != a.size()) {
        fail(path + ": " + actual.size() + " elements instead of " + a.size());
      }
      for (int i = 0; i < a.size(); i++) {
        assertSameTree(actual.get(i), a.get(i), path + "[" + i + "]");
      }
    }
    if (!actual.equals(expected) || !expected.equals(actual) || actual.hashCode() != expected.hashCode()) {
      fail(path + ": not equal (or not the same hash) as the expected value");
    }
  }

  // ---------------------------------------------------------------------------------------------- generators

  private static JsonValue value(Random r, int depth) {
    int kind = r.nextInt(depth > 4 ? 5 : 8);
    switch (kind) {
      case 0:
        return JsonNull.INSTANCE;
      case 1:
        return JsonBoolean.of(r.nextBoolean());
      case 2: {
        String literal = number(r, false);
        return JsonNumber.of(JsonNumber.withinBounds(literal) ? literal : "1");
      }
      case 3:
      case 4:
        return JsonString.of(string(r, r.nextInt(8) == 0 ? 80 : 12));
      case 5: {
        int n = depth < 2 && r.nextInt(5) == 0 ? r.nextInt(40) : r.nextInt(depth < 3 ? 12 : 4);
        List<JsonValue> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          out.add(value(r, depth + 1));
        }
        return JsonArray.of(out);
      }
      default: {
        int n = depth < 2 && r.nextInt(5) == 0 ? r.nextInt(30) : r.nextInt(depth < 3 ? 11 : 4);
        JsonObject.Builder b = JsonObject.builder();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
          String name = r.nextInt(3) == 0 ? COMMON_NAMES[r.nextInt(COMMON_NAMES.length)]
              : r.nextInt(6) == 0 ? string(r, 50) : name(r);
          if (used.add(name)) {
            b.put(name, value(r, depth + 1));
          }
        }
        return b.build();
      }
    }
  }

  private static String name(Random r) {
    int n = r.nextInt(8) == 0 ? 28 + r.nextInt(10) : 1 + r.nextInt(6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
    }
    return b.toString();
  }

  /** A number literal of any shape: small and large integers, leading-zero fractions, huge and tiny exponents. */
  static String number(Random r, boolean wide) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(4) == 0) {
      b.append('-');
    }
    int shape = r.nextInt(6);
    if (shape == 0) {
      b.append(r.nextInt(1_100)); // the shared range and just past it
    } else if (shape == 1 || r.nextInt(3) == 0) {
      b.append('0');
    } else {
      int digits = 1 + r.nextInt(wide && r.nextBoolean() ? 130 : 12);
      b.append((char) ('1' + r.nextInt(9)));
      for (int i = 1; i < digits; i++) {
        b.append(r.nextInt(3) == 0 ? '0' : (char) ('0' + r.nextInt(10)));
      }
    }
    if (shape != 0 && r.nextBoolean()) {
      b.append('.');
      int zeros = r.nextInt(4) == 0 ? r.nextInt(wide ? 120 : 20) : 0;
      b.append("0".repeat(zeros));
      int digits = r.nextInt(3) == 0 && zeros > 0 ? 0 : 1 + r.nextInt(wide && r.nextBoolean() ? 110 : 8);
      for (int i = 0; i < digits; i++) {
        b.append((char) ('0' + r.nextInt(10)));
      }
    }
    if (shape != 0 && r.nextInt(3) == 0) {
      b.append(r.nextBoolean() ? 'e' : 'E');
      int sign = r.nextInt(3);
      b.append(sign == 0 ? "" : sign == 1 ? "+" : "-");
      int digits = 1 + r.nextInt(r.nextInt(4) == 0 ? 12 : 3);
      for (int i = 0; i < digits; i++) {
        b.append((char) ('0' + r.nextInt(10)));
      }
    }
    return b.toString();
  }

  private static String string(Random r, int max) {
    int n = r.nextInt(max + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(20);
      if (k < 10) {
        b.append((char) ('a' + r.nextInt(26)));
      } else if (k == 10) {
        b.append("\"\\/".charAt(r.nextInt(3)));
      } else if (k == 11) {
        b.append((char) r.nextInt(0x20));
      } else if (k == 12) {
        String wide = "é中\u2028\u007F\u0080ÿ€";
        b.append(wide.charAt(r.nextInt(wide.length())));
      } else if (k == 13) {
        b.appendCodePoint(0x1F600 + r.nextInt(50)); // a surrogate pair
      } else {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** JSON text of {@code v}, written independently of {@link JsonWriter}: random white space and escapes. */
  private static String render(JsonValue v, Random r) {
    StringBuilder b = new StringBuilder();
    space(b, r);
    render(v, r, b);
    space(b, r);
    return b.toString();
  }

  private static void render(JsonValue v, Random r, StringBuilder b) {
    if (v instanceof JsonObject o) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        space(b, r);
        quote(e.getKey(), r, b);
        space(b, r);
        b.append(':');
        space(b, r);
        render(e.getValue(), r, b);
        space(b, r);
      }
      b.append('}');
    } else if (v instanceof JsonArray a) {
      b.append('[');
      for (int i = 0; i < a.size(); i++) {
        b.append(i == 0 ? "" : ",");
        space(b, r);
        render(a.get(i), r, b);
        space(b, r);
      }
      b.append(']');
    } else if (v instanceof JsonString s) {
      quote(s.value(), r, b);
    } else if (v instanceof JsonNumber n) {
      b.append(n.text());
    } else {
      b.append(v instanceof JsonBoolean bool ? String.valueOf(bool.value()) : "null");
    }
  }

  private static void quote(String s, Random r, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unicode = r.nextInt(12) == 0;
      if (Character.isHighSurrogate(c)) {
        // a pair is escaped whole or not at all (an escaped half beside a raw half is refused, rightly)
        char low = s.charAt(++i);
        b.append(unicode ? String.format("\\u%04x\\u%04x", (int) c, (int) low) : "" + c + low);
      } else if (c == '"' || c == '\\') {
        b.append(unicode ? String.format("\\u%04x", (int) c) : "\\" + c);
      } else if (c < 0x20) {
        String shortForm = switch (c) {
          case '\n' -> "\\n";
          case '\t' -> "\\t";
          case '\r' -> "\\r";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          default -> null;
        };
        b.append(shortForm != null && !unicode ? shortForm : String.format("\\u%04X", (int) c));
      } else if (c == '/' && r.nextBoolean()) {
        b.append("\\/");
      } else if (unicode) {
        b.append(String.format(r.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  private static void space(StringBuilder b, Random r) {
    if (r.nextInt(3) == 0) {
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.append(" \t\n\r".charAt(r.nextInt(4)));
      }
    }
  }

  /** One text-level break: cut, insert, delete, duplicate a name, nest deeply, a huge number, a lone surrogate. */
  private static String mutate(String doc, Random r) {
    int at = doc.isEmpty() ? 0 : r.nextInt(doc.length());
    switch (r.nextInt(9)) {
      case 0:
        return doc.substring(0, at);
      case 1: {
        String hostile = "{}[],:\"\\-.eE+0 x\u0000\u001f\uD800\uDC00tfn/u";
        return doc.substring(0, at) + hostile.charAt(r.nextInt(hostile.length())) + doc.substring(at);
      }
      case 2:
        return doc.isEmpty() ? doc : doc.substring(0, at) + doc.substring(at + 1);
      case 3: {
        int brace = doc.indexOf('{', at);
        if (brace < 0) {
          brace = doc.indexOf('{');
        }
        if (brace < 0) {
          return doc;
        }
        String name = COMMON_NAMES[r.nextInt(COMMON_NAMES.length)];
        return doc.substring(0, brace + 1) + "\"" + name + "\":1,\"" + name + "\":2," + doc.substring(brace + 1);
      }
      case 4: {
        int depth = 50 + r.nextInt(30);
        return "[".repeat(depth) + doc + "]".repeat(depth);
      }
      case 5:
        return doc.substring(0, at) + number(r, true) + doc.substring(at);
      case 6:
        return "[" + doc + "," + doc + "]";
      case 7:
        return doc.substring(0, at) + "\"" + "y".repeat(r.nextInt(70)) + doc.substring(at);
      default:
        return doc.substring(0, at) + "\\u" + Integer.toHexString(r.nextInt(0x10000)) + doc.substring(at);
    }
  }

  /** Limits small enough that random documents meet every one of them. */
  private static JsonLimits tight(Random r) {
    return new JsonLimits(20 + r.nextInt(2_000), 1 + r.nextInt(8), 1 + r.nextInt(60), 1 + r.nextInt(45),
        1 + r.nextInt(25), 1 + r.nextInt(80));
  }

  /** The start of {@code doc} for a failure message, control characters escaped. */
  private static String shortDoc(String doc) {
    if (doc == null) {
      return "";
    }
    String start = doc.length() <= 300 ? doc : doc.substring(0, 300) + "...";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      b.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }
}
