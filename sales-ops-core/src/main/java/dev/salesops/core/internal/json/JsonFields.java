package dev.salesops.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * <p><b>Decimals</b> ({@link #decimal(JsonNode, String)}) accept a JSON number or a string holding a decimal
 * ({@code "0.05"}, {@code "1E+3"}; surrounding white space ignored) of 1 to {@value #MAX_DECIMAL_CHARS}
 * characters whose scale (decimal places, or minus the exponent) is within &plusmn;{@value #MAX_DECIMAL_SCALE};
 * with {@link #withPercentages(String, String)} also a percentage string {@code "40%"} = 0.40 (the scale bound
 * applies to the digits as written). A string keeps its literal scale ({@code "0.50"} stays 0.50); a JSON
 * number keeps it when the tree was read with {@code USE_BIG_DECIMAL_FOR_FLOATS} and without
 * {@code STRIP_TRAILING_BIGDECIMAL_ZEROES}, e.g. {@code SalesOpsJson.mapper().reader().without(
 * JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(json)}.
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
      return dev.salesops.core.json.JsonTrees.child(path, field);
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
  public static String nodeType(JsonNode node) {
    return Objects.requireNonNull(node, "node").getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code node} is a JSON object; if not, reports {@code "<path> must be a JSON object: <kind>"}
   * ({@code missing} for a null node). For an object, reports each field not in {@code allowed} as
   * {@code "<path.field> is not a known field (known: [<allowed, sorted>])"} and still returns true.
   */
  public boolean object(JsonNode node, String path, Set<String> allowed) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(allowed, "allowed");
    if (node == null || !node.isObject()) {
      problems.add(isRoot(path) ? "$" : path, "must be a JSON object", node == null ? "missing" : nodeType(node));
      return false;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.add(join(path, f), "is not a known field (known: " + new TreeSet<>(allowed) + ")");
      }
    }
    return true;
  }

  /** The JSON array at {@code field}, or null; a non-array is reported {@code "must be a JSON array"}. */
  public JsonNode array(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = present(parent, path, field, required);
    if (n != null && !n.isArray()) {
      problems.add(join(path, field), "must be a JSON array", shorten(n.toString()));
      return null;
    }
    return n;
  }

  /** The string at {@code field} as written (not stripped), or null; a non-string is reported {@code "must be a string"}. */
  public String text(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = present(parent, path, field, required);
    if (n != null && !n.isTextual()) {
      problems.add(join(path, field), "must be a string", shorten(n.toString()));
      return null;
    }
    return n == null ? null : n.textValue();
  }

  /**
   * The constant of {@code type} named exactly by the string at {@code field}, or null; another string is
   * reported {@code "must be one of [A, B]: \"X\""}.
   */
  public <E extends Enum<E>> E enumValue(JsonNode parent, String path, String field, Class<E> type, boolean required) {
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
  public BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = present(parent, path, field, required);
    return n == null ? null : decimal(n, join(path, field));
  }

  /**
   * The decimal {@code node} holds (see the class comment), or null with one of these problems at {@code path}:
   * {@code must be a number or a string such as "0.4" or "40%"} (another kind of node),
   * {@code must be a decimal of 1 to 40 characters}, {@code must have at most 30 decimal places and an exponent
   * of at most 30}, {@code must be a decimal number or a percentage such as "40%"} (without percentages:
   * {@code must be a decimal number such as "1.5"}).
   */
  public BigDecimal decimal(JsonNode node, String path) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(path, "path");
    String text;
    if (node.isNumber()) {
      text = node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.decimalValue().toString();
    } else if (node.isTextual()) {
      text = node.textValue().strip();
    } else {
      String examples = percentExample == null ? "\"" + decimalExample + "\"" : "\"" + decimalExample + "\" or \"" + percentExample + "\"";
      problems.add(path, "must be a number or a string such as " + examples, shorten(node.toString()));
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
  public Integer integer(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = present(parent, path, field, required);
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      problems.add(join(path, field), "must be a whole number within [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]",
          shorten(n.toString()));
      return null;
    }
    return n.intValue();
  }

  /** The JSON {@code true} or {@code false} at {@code field}, or null; anything else is reported {@code "must be true or false"}. */
  public Boolean bool(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = present(parent, path, field, required);
    if (n == null) {
      return null;
    }
    if (!n.isBoolean()) {
      problems.add(join(path, field), "must be true or false", shorten(n.toString()));
      return null;
    }
    return n.booleanValue();
  }

  /**
   * The JSON array of strings at {@code field} as an unmodifiable list, or null; each non-string element is
   * reported at {@code path.field[i]} as {@code "must be a string"} (and the result is then null).
   */
  public List<String> textList(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = array(parent, path, field, required);
    if (n == null) {
      return null;
    }
    String p = join(path, field);
    List<String> out = new ArrayList<>(n.size());
    boolean ok = true;
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (e.isTextual()) {
        out.add(e.textValue());
      } else {
        problems.add(join(p, i), "must be a string", shorten(e.toString()));
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
  public Map<String, String> textMap(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = present(parent, path, field, required);
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
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (e.getValue().isTextual()) {
        out.put(e.getKey(), e.getValue().textValue());
      } else {
        problems.add(join(p, e.getKey()), "must be a string", shorten(e.getValue().toString()));
        ok = false;
      }
    }
    return ok ? Collections.unmodifiableMap(out) : null;
  }

  /** The non-null node at {@code field}, or null (reported when required). */
  private JsonNode present(JsonNode parent, String path, String field, boolean required) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(field, "field");
    JsonNode n = parent.get(field);
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
