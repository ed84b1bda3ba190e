package dev.salesops.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reading JSON trees field by field, collecting every problem with its JSON path. Not API; not thread-safe. */
final class JsonFields {
  private static final int MAX_NUMBER_CHARS = 40;

  final Problems problems = new Problems();

  /** Reports every field of {@code node} not in {@code allowed}; false when {@code node} is not an object. */
  boolean object(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(path.isEmpty() ? "$" : path, "must be a JSON object", node == null ? "missing" : node.getNodeType().name().toLowerCase(Locale.ROOT));
      return false;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.add(join(path, f), "is not a known field (known: " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
    return true;
  }

  String text(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(join(path, field), "is required");
      }
      return null;
    }
    if (!n.isTextual()) {
      problems.add(join(path, field), "must be a string", shorten(n.toString()));
      return null;
    }
    return n.textValue();
  }

  /** A decimal from a JSON number, a decimal string, or a percentage string such as {@code "40%"} (= 0.40). */
  BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(join(path, field), "is required");
      }
      return null;
    }
    return decimal(n, join(path, field));
  }

  BigDecimal decimal(JsonNode n, String path) {
    String text;
    if (n.isNumber()) {
      text = n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.decimalValue().toString();
    } else if (n.isTextual()) {
      text = n.textValue().strip();
    } else {
      problems.add(path, "must be a number or a string such as \"0.4\" or \"40%\"", shorten(n.toString()));
      return null;
    }
    if (text.isEmpty() || text.length() > MAX_NUMBER_CHARS) {
      problems.add(path, "must be a decimal of 1 to " + MAX_NUMBER_CHARS + " characters", shorten(text));
      return null;
    }
    boolean percent = text.endsWith("%");
    String digits = percent ? text.substring(0, text.length() - 1).strip() : text;
    try {
      BigDecimal d = new BigDecimal(digits);
      if (d.scale() > 30 || d.scale() < -30) {
        problems.add(path, "must have a reasonable scale", shorten(text));
        return null;
      }
      return percent ? d.movePointLeft(2) : d;
    } catch (NumberFormatException e) {
      problems.add(path, "must be a decimal number or a percentage such as \"40%\"", shorten(text));
      return null;
    }
  }

  <E extends Enum<E>> E enumValue(JsonNode parent, String path, String field, Class<E> type, boolean required) {
    String s = text(parent, path, field, required);
    return s == null ? null : enumValue(s, join(path, field), type);
  }

  <E extends Enum<E>> E enumValue(String s, String path, Class<E> type) {
    try {
      return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name());
      }
      problems.add(path, "must be one of " + names, "\"" + shorten(s) + "\"");
      return null;
    }
  }

  /** The array at {@code field}, or null (reported when required or not an array). */
  JsonNode array(JsonNode parent, String path, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        problems.add(join(path, field), "is required");
      }
      return null;
    }
    if (!n.isArray()) {
      problems.add(join(path, field), "must be a JSON array", shorten(n.toString()));
      return null;
    }
    return n;
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
