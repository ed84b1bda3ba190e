package dev.salesops.core.internal.json;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonReader;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.json.JsonWriter;
import dev.salesops.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a JSON tree field by field for a definition loader, recording every problem with its JSON path in a
 * {@link Problems} collector, so that a document with several mistakes is refused once with all of them
 * ({@link Problems#throwIfAny()}).
 *
 * <p><b>Paths.</b> A path is {@code ""} or {@code "$"} for the document itself, otherwise
 * {@code field ( "." field | "[" index "]" )*}, e.g. {@code tiers[1].rate}, {@code ratingMultipliers.S}:
 * {@link #join(String, String) join(path, field)} is {@code field} at the document and {@code path + "." + field}
 * below it; {@link #join(String, int) join(path, index)} is {@code "[" + index + "]"} at the document and
 * {@code path + "[" + index + "]"} below it (the forms {@link dev.salesops.core.validation.Problem#under} joins).
 * A problem about the document itself is reported at {@code $}.
 *
 * <p><b>Getters.</b> Each getter {@code x(parent, path, field, required)} reads {@code parent.get(field)}; an
 * absent field or JSON {@code null} gives {@code null}, and is reported {@code "<path.field> is required"} when
 * {@code required}. A value of the wrong kind is reported ({@code "must be a string: 12"}) and gives
 * {@code null}. So {@code null} means "absent or already reported": a loader builds its value only when every
 * part it needs is non-null, then calls {@code problems().throwIfAny()}. Offending values are quoted
 * {@link #shorten shortened} to 40 characters, never whole documents.
 *
 * <p><b>Decimals</b> ({@link #decimal(JsonValue, String)}) accept a JSON number or a string holding a decimal
 * ({@code "0.05"}, {@code "1E+3"}; surrounding white space ignored) of 1 to {@value #MAX_DECIMAL_CHARS}
 * characters whose scale (decimal places, or minus the exponent) is within &plusmn;{@value #MAX_DECIMAL_SCALE};
 * with {@link #withPercentages(String, String)} also a percentage string {@code "40%"} = 0.40 (the scale bound
 * applies to the digits as written). Strings and JSON numbers keep their literal scale ({@code 0.50} stays 0.50,
 * {@code 1e3} is {@code 1E+3}).
 *
 * <p><b>Documents</b> are read by {@link #read(String)} ({@link JsonReader} within its default bounds), whose
 * {@link JsonInputException} is rethrown as a plain {@link ValidationException} with the same one problem (the
 * loaders' messages read {@code "id must be well-formed JSON: ... (line 1, column 8)"}).
 *
 * <p><b>Not thread-safe</b>: one instance (and one {@link Problems}) per document read.
 *
 * <pre>{@code
 * JsonFields f = new JsonFields(new Problems()).withPercentages("0.05", "5%");
 * if (!f.object(root, "$", Set.of("name", "rate"))) f.problems().throwIfAny();
 * String name = f.text(root, "$", "name", true);
 * BigDecimal rate = f.decimal(root, "$", "rate", true);
 * f.problems().throwIfAny();
 * }</pre>
 */
public final class JsonFields {
  /** The longest decimal literal accepted, in characters (after stripping white space). */
  public static final int MAX_DECIMAL_CHARS = 40;
  /** The largest decimal scale accepted, in both directions. */
  public static final int MAX_DECIMAL_SCALE = 30;
  private static final int SHORT = 40;

  private final Problems problems;
  private final String decimalExample;
  private final String percentExample;

  /** Reads into {@code problems}; decimals without percentages. */
  public JsonFields(Problems problems) {
    this(Objects.requireNonNull(problems, "problems"), "1.5", null);
  }

  private JsonFields(Problems problems, String decimalExample, String percentExample) {
    this.problems = problems;
    this.decimalExample = decimalExample;
    this.percentExample = percentExample;
  }

  /**
   * Reads a JSON document ({@link JsonReader#read(CharSequence)}: its bounds, duplicate keys refused, decimals
   * within {@link dev.salesops.core.validation.DecimalBounds}).
   *
   * @throws ValidationException with the one problem of the reader's {@link JsonInputException} (path, rule,
   *     line and column)
   */
  public static JsonValue read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return JsonReader.read(json);
    } catch (JsonInputException e) {
      throw new ValidationException(e.problems());
    }
  }

  /** As {@link #read(String)}, from UTF-8 bytes of a stream (read to its end, not closed). */
  public static JsonValue read(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, dev.salesops.core.json.JsonLimits.DEFAULT.maxDocumentLength() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return JsonReader.read(bytes);
    } catch (JsonInputException e) {
      throw new ValidationException(e.problems());
    }
  }

  /**
   * The path of member {@code name} under {@code parent} ({@code ""} or {@code "$"} for the document): {@code a.b}
   * for ordinary names; a name that is empty, or holds characters that would make the path ambiguous, is
   * written quoted and shortened, {@code a[""]} ({@code $[""]} at the document), so that every key, however odd,
   * has a non-blank path.
   */
  public static String child(String parent, String name) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(name, "name");
    boolean root = parent.isEmpty() || parent.equals("$");
    if (plain(name)) {
      return root ? name : parent + "." + name;
    }
    return (root ? "$" : parent) + "[\"" + shorten(name.replace("\"", "'")) + "\"]";
  }

  private static boolean plain(String name) {
    if (name.isEmpty() || name.length() > 64) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A value as messages show it: compact JSON of at most 40 characters ({@code "high"} with its quotes,
   * {@code 12}, {@code [1,2]}); a number with a fraction or an exponent as its {@link BigDecimal#toString()}
   * ({@code 2.50} shows {@code 2.50}, {@code 1e3} shows {@code 1E+3}). Costs no more for a huge value.
   */
  public static String show(JsonValue value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof JsonNumber n && !n.isIntegral()) {
      return shorten(n.decimal().toString());
    }
    return shorten(JsonWriter.compactPrefix(value, SHORT + 1));
  }

  /** Whether {@code node} has a member {@code name} that is not JSON {@code null}. */
  public static boolean hasValue(JsonValue node, String name) {
    JsonValue v = Objects.requireNonNull(node, "node").get(Objects.requireNonNull(name, "name"));
    return v != null && !v.isNull();
  }

  /**
   * The {@code int} of a JSON integer literal within {@code int} range ({@code 12}, {@code -3}), or null for
   * anything else ({@code 12.0}, {@code 1e1}, a string, a number out of range).
   */
  public static Integer intValue(JsonValue value) {
    if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.text().length() > 11) {
      return null;
    }
    long l = Long.parseLong(n.text());
    return l == (int) l ? Integer.valueOf((int) l) : null;
  }

  /** The decimal of a JSON number (its literal scale: {@code 0.50} has scale 2), or null for any other value. */
  public static BigDecimal decimalValue(JsonValue value) {
    return value instanceof JsonNumber n ? n.decimal() : null;
  }

  /**
   * The value as plain Java: {@link String}, {@link Boolean}, {@code null}, a whole number as {@link Integer},
   * {@link Long} or {@link BigInteger} (the smallest that holds it), another number as a {@link BigDecimal} (its
   * literal scale), an array as a {@link List}, an object as a {@link LinkedHashMap} in document order.
   */
  public static Object plainValue(JsonValue value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof JsonNumber n) {
      if (n.isIntegral()) {
        BigInteger i = n.decimal().toBigIntegerExact();
        if (i.bitLength() < 32) {
          return i.intValue();
        }
        return i.bitLength() < 64 ? (Object) i.longValue() : i;
      }
      return n.decimal();
    }
    if (value.isString()) {
      return value.stringValue();
    }
    if (value instanceof dev.salesops.core.json.JsonBoolean b) {
      return b.value();
    }
    if (value.isNull()) {
      return null;
    }
    if (value instanceof dev.salesops.core.json.JsonArray a) {
      List<Object> out = new ArrayList<>(a.size());
      for (JsonValue e : a.elements()) {
        out.add(plainValue(e));
      }
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : ((JsonObject) value).members().entrySet()) {
      out.put(e.getKey(), plainValue(e.getValue()));
    }
    return out;
  }

  /**
   * A reader into the same {@link Problems} whose decimals also accept percentage strings ({@code "40%"} =
   * 0.40); the examples appear in its messages, e.g. {@code must be a number or a string such as "0.4" or "40%"}.
   */
  public JsonFields withPercentages(String decimalExample, String percentExample) {
    Objects.requireNonNull(decimalExample, "decimalExample");
    Objects.requireNonNull(percentExample, "percentExample");
    return new JsonFields(problems, decimalExample, percentExample);
  }

  /** The collector problems are recorded in. */
  public Problems problems() {
    return problems;
  }

  /** {@code field} at the document ({@code path} {@code ""} or {@code "$"}), else {@code path + "." + field}. */
  public static String join(String path, String field) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(field, "field");
    if (field.isBlank()) {
      // a blank key from the input still gets a non-blank path: a[""]
      return child(path, field);
    }
    return isRoot(path) ? field : path + "." + field;
  }

  /** {@code "[index]"} at the document ({@code path} {@code ""} or {@code "$"}), else {@code path + "[index]"}. */
  public static String join(String path, int index) {
    Objects.requireNonNull(path, "path");
    return (isRoot(path) ? "" : path) + "[" + index + "]";
  }

  /** {@code s} itself when at most 40 characters long, else its first 37 characters and {@code "..."}. */
  public static String shorten(String s) {
    Objects.requireNonNull(s, "s");
    return s.length() <= SHORT ? s : s.substring(0, SHORT - 3) + "...";
  }

  /** The JSON kind of a node in lower case: {@code object}, {@code array}, {@code string}, {@code number}, ... */
  public static String nodeType(JsonValue node) {
    return Objects.requireNonNull(node, "node").typeName();
  }

  /**
   * Whether {@code node} is a JSON object; if not, reports {@code "<path> must be a JSON object: <kind>"}
   * ({@code missing} for a null node). For an object, reports each field not in {@code allowed} as
   * {@code "<path.field> is not a known field (known: [<allowed, sorted>])"} and still returns true.
   */
  public boolean object(JsonValue node, String path, Set<String> allowed) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(allowed, "allowed");
    if (node == null || !node.isObject()) {
      problems.add(isRoot(path) ? "$" : path, "must be a JSON object", node == null ? "missing" : nodeType(node));
      return false;
    }
    for (String f : ((JsonObject) node).members().keySet()) {
      if (!allowed.contains(f)) {
        problems.add(join(path, f), "is not a known field (known: " + new TreeSet<>(allowed) + ")");
      }
    }
    return true;
  }

  /** The JSON array at {@code field}, or null; a non-array is reported {@code "must be a JSON array"}. */
  public JsonValue array(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = present(parent, path, field, required);
    if (n != null && !n.isArray()) {
      problems.add(join(path, field), "must be a JSON array", show(n));
      return null;
    }
    return n;
  }

  /** The string at {@code field} as written (not stripped), or null; a non-string is reported {@code "must be a string"}. */
  public String text(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = present(parent, path, field, required);
    if (n != null && !n.isString()) {
      problems.add(join(path, field), "must be a string", show(n));
      return null;
    }
    return n == null ? null : n.stringValue();
  }

  /**
   * The constant of {@code type} named exactly by the string at {@code field}, or null; another string is
   * reported {@code "must be one of [A, B]: \"X\""}.
   */
  public <E extends Enum<E>> E enumValue(JsonValue parent, String path, String field, Class<E> type, boolean required) {
    Objects.requireNonNull(type, "type");
    String s = text(parent, path, field, required);
    if (s == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(s)) {
        return c;
      }
      names.add(c.name());
    }
    problems.add(join(path, field), "must be one of " + names, "\"" + shorten(s) + "\"");
    return null;
  }

  /** The decimal at {@code field} (see the class comment), or null. */
  public BigDecimal decimal(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = present(parent, path, field, required);
    return n == null ? null : decimal(n, join(path, field));
  }

  /**
   * The decimal {@code node} holds (see the class comment), or null with one of these problems at {@code path}:
   * {@code must be a number or a string such as "0.4" or "40%"} (another kind of node),
   * {@code must be a decimal of 1 to 40 characters}, {@code must have at most 30 decimal places and an exponent
   * of at most 30}, {@code must be a decimal number or a percentage such as "40%"} (without percentages:
   * {@code must be a decimal number such as "1.5"}).
   */
  public BigDecimal decimal(JsonValue node, String path) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(path, "path");
    String text;
    if (node instanceof JsonNumber num) {
      text = num.decimal().toString();
    } else if (node.isString()) {
      text = node.stringValue().strip();
    } else {
      String examples = percentExample == null ? "\"" + decimalExample + "\"" : "\"" + decimalExample + "\" or \"" + percentExample + "\"";
      problems.add(path, "must be a number or a string such as " + examples, show(node));
      return null;
    }
    if (text.isEmpty() || text.length() > MAX_DECIMAL_CHARS) {
      problems.add(path, "must be a decimal of 1 to " + MAX_DECIMAL_CHARS + " characters", shorten(text));
      return null;
    }
    boolean percent = percentExample != null && text.endsWith("%");
    String digits = percent ? text.substring(0, text.length() - 1).strip() : text;
    BigDecimal d;
    try {
      d = new BigDecimal(digits);
    } catch (NumberFormatException e) {
      problems.add(path, percentExample == null ? "must be a decimal number such as \"" + decimalExample + "\""
          : "must be a decimal number or a percentage such as \"" + percentExample + "\"", shorten(text));
      return null;
    }
    if (d.scale() > MAX_DECIMAL_SCALE || d.scale() < -MAX_DECIMAL_SCALE) {
      problems.add(path, "must have at most " + MAX_DECIMAL_SCALE + " decimal places and an exponent of at most " + MAX_DECIMAL_SCALE,
          shorten(text));
      return null;
    }
    return percent ? d.movePointLeft(2) : d;
  }

  /**
   * The JSON integer at {@code field} within {@code int} range, or null; anything else (a string, {@code 1.5},
   * {@code 1e10}) is reported {@code "must be a whole number within [-2147483648, 2147483647]"}.
   */
  public Integer integer(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = present(parent, path, field, required);
    if (n == null) {
      return null;
    }
    if (intValue(n) == null) {
      problems.add(join(path, field), "must be a whole number within [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]",
          show(n));
      return null;
    }
    return intValue(n);
  }

  /** The JSON {@code true} or {@code false} at {@code field}, or null; anything else is reported {@code "must be true or false"}. */
  public Boolean bool(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = present(parent, path, field, required);
    if (n == null) {
      return null;
    }
    if (!n.isBoolean()) {
      problems.add(join(path, field), "must be true or false", show(n));
      return null;
    }
    return ((dev.salesops.core.json.JsonBoolean) n).value();
  }

  /**
   * The JSON array of strings at {@code field} as an unmodifiable list, or null; each non-string element is
   * reported at {@code path.field[i]} as {@code "must be a string"} (and the result is then null).
   */
  public List<String> textList(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = array(parent, path, field, required);
    if (n == null) {
      return null;
    }
    String p = join(path, field);
    List<String> out = new ArrayList<>(n.size());
    boolean ok = true;
    for (int i = 0; i < n.size(); i++) {
      JsonValue e = n.get(i);
      if (e.isString()) {
        out.add(e.stringValue());
      } else {
        problems.add(join(p, i), "must be a string", show(e));
        ok = false;
      }
    }
    return ok ? Collections.unmodifiableList(out) : null;
  }

  /**
   * The JSON object of string values at {@code field} as an unmodifiable map in document order, or null; a
   * non-object is reported {@code "must be a JSON object"}, each non-string value at {@code path.field.key} as
   * {@code "must be a string"} (and the result is then null).
   */
  public Map<String, String> textMap(JsonValue parent, String path, String field, boolean required) {
    JsonValue n = present(parent, path, field, required);
    if (n == null) {
      return null;
    }
    String p = join(path, field);
    if (!n.isObject()) {
      problems.add(p, "must be a JSON object", nodeType(n));
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonValue> e : ((JsonObject) n).members().entrySet()) {
      if (e.getValue().isString()) {
        out.put(e.getKey(), e.getValue().stringValue());
      } else {
        problems.add(join(p, e.getKey()), "must be a string", show(e.getValue()));
        ok = false;
      }
    }
    return ok ? Collections.unmodifiableMap(out) : null;
  }

  /** The non-null node at {@code field}, or null (reported when required). */
  private JsonValue present(JsonValue parent, String path, String field, boolean required) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(field, "field");
    JsonValue n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(join(path, field), "is required");
      }
      return null;
    }
    return n;
  }

  private static boolean isRoot(String path) {
    return path.isEmpty() || path.equals("$");
  }
}
