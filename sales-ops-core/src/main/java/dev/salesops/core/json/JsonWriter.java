package dev.salesops.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes {@link JsonValue} trees as JSON text: {@linkplain #compact compact} (for storage: no white space) or
 * {@linkplain #pretty pretty} (two-space indent, {@code "name": value}, for people). Strings are escaped as
 * RFC 8259 requires ({@code "} {@code \} and control characters; {@code U+2028}/{@code U+2029} too, so the
 * text is safe inside JavaScript); other characters are written as they are (UTF-8 is the caller's encoding).
 * Numbers are written as their literal text.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {}

  /** Compact JSON text of {@code value}. */
  public static String compact(JsonValue value) {
    java.util.Objects.requireNonNull(value, "value");
    StringBuilder sb = new StringBuilder();
    write(value, sb, -1, 0, Integer.MAX_VALUE);
    return sb.toString();
  }

  /** Indented JSON text of {@code value} (two spaces per level, {@code \n} line ends, no trailing newline). */
  public static String pretty(JsonValue value) {
    java.util.Objects.requireNonNull(value, "value");
    StringBuilder sb = new StringBuilder();
    write(value, sb, 2, 0, Integer.MAX_VALUE);
    return sb.toString();
  }

  /**
   * Compact JSON text of {@code value} cut to at most {@code maxChars} characters (the cut text ends with
   * {@code ...}): for messages. Stops writing once past the limit, so a huge value costs no more than a small one.
   */
  public static String compactPrefix(JsonValue value, int maxChars) {
    java.util.Objects.requireNonNull(value, "value");
    if (maxChars < 4) {
      throw new IllegalArgumentException("maxChars must be at least 4: " + maxChars);
    }
    StringBuilder sb = new StringBuilder();
    write(value, sb, -1, 0, maxChars);
    return sb.length() <= maxChars ? sb.toString() : sb.substring(0, maxChars - 3) + "...";
  }

  /**
   * JSON text of {@code value} in the spaced layout that sales-ops has always stored definitions and snapshots
   * in (that of Jackson's default pretty printer, so that files written before read and compare the same):
   * objects one member per line, indented two spaces per level, {@code "name" : value}; arrays on the line of
   * their parent, {@code [ 1, 2 ]}, an object in an array opening on the same line (<code>[ &#123;</code>); empty
   * containers <code>&#123; &#125;</code> and {@code [ ]}; {@code \n} line ends, no trailing newline. Strings escape only
   * {@code "}, {@code \} and control characters ({@code \n}, {@code \t}, ... or {@code \u001F} in upper case).
   */
  public static String spaced(JsonValue value) {
    java.util.Objects.requireNonNull(value, "value");
    StringBuilder sb = new StringBuilder();
    spaced(value, sb, 0);
    return sb.toString();
  }

  private static void spaced(JsonValue value, StringBuilder sb, int level) {
    if (value instanceof JsonObject o) {
      if (o.size() == 0) {
        sb.append("{ }");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        newline(sb, 2, level + 1);
        quoteSpaced(e.getKey(), sb);
        sb.append(" : ");
        spaced(e.getValue(), sb, level + 1);
      }
      newline(sb, 2, level);
      sb.append('}');
    } else if (value instanceof JsonArray a) {
      if (a.size() == 0) {
        sb.append("[ ]");
        return;
      }
      sb.append("[ ");
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        spaced(a.get(i), sb, level);
      }
      sb.append(" ]");
    } else if (value instanceof JsonString s) {
      quoteSpaced(s.value(), sb);
    } else {
      write(value, sb, -1, 0, Integer.MAX_VALUE);
    }
  }

  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

  private static void quoteSpaced(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(HEX_UPPER[c >> 4]).append(HEX_UPPER[c & 15]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Writes compact JSON text of {@code value} to {@code out}. */
  public static void writeCompact(JsonValue value, Appendable out) {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(out, "out");
    try {
      out.append(compact(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonValue value, StringBuilder sb, int indent, int level, int limit) {
    if (sb.length() > limit) {
      return;
    }
    if (value instanceof JsonObject o) {
      if (o.size() == 0) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      Iterator<Map.Entry<String, JsonValue>> it = o.members().entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonValue> e = it.next();
        newline(sb, indent, level + 1);
        quote(e.getKey(), sb);
        sb.append(indent < 0 ? ":" : ": ");
        write(e.getValue(), sb, indent, level + 1, limit);
        if (sb.length() > limit) {
          return;
        }
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      newline(sb, indent, level);
      sb.append('}');
    } else if (value instanceof JsonArray a) {
      if (a.size() == 0) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(sb, indent, level + 1);
        write(a.get(i), sb, indent, level + 1, limit);
        if (sb.length() > limit) {
          return;
        }
      }
      newline(sb, indent, level);
      sb.append(']');
    } else if (value instanceof JsonString s) {
      if (limit != Integer.MAX_VALUE && s.value().length() > limit) {
        quote(s.value().substring(0, limit), sb);
      } else {
        quote(s.value(), sb);
      }
    } else if (value instanceof JsonNumber n) {
      sb.append(n.text());
    } else if (value instanceof JsonBoolean b) {
      sb.append(b.value() ? "true" : "false");
    } else {
      sb.append("null");
    }
  }

  private static void newline(StringBuilder sb, int indent, int level) {
    if (indent < 0) {
      return;
    }
    sb.append('\n');
    for (int i = 0; i < indent * level; i++) {
      sb.append(' ');
    }
  }

  /** Appends {@code s} as a quoted, escaped JSON string. */
  public static void quote(String s, StringBuilder sb) {
    java.util.Objects.requireNonNull(s, "s");
    java.util.Objects.requireNonNull(sb, "sb");
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
