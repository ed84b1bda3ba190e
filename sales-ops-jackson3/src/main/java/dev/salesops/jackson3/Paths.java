package dev.salesops.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.JsonToken;

/** JSON paths ({@code $}, {@code $.deal.amount}, {@code $.lines[2]}) as the library's messages write them. */
final class Paths {
  private static final int SHORT = 32;

  private Paths() {}

  /** The path of the value at the parser's current token (a value, or the start of an object or array). */
  static String of(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    JsonToken t = p.currentToken();
    if (ctx != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      ctx = ctx.getParent();
    }
    return valueIn(ctx);
  }

  /** The path of the current value of {@code ctx}. */
  private static String valueIn(TokenStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "$";
    }
    String container = valueIn(ctx.getParent());
    if (ctx.inArray()) {
      return index(container, Math.max(ctx.getCurrentIndex(), 0));
    }
    String name = ctx.currentName();
    return name == null ? container : child(container, name);
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** {@code parent.name}, or {@code parent["na…"]} (quoted, shortened) for a name that is not plain. */
  static String child(String parent, String name) {
    if (plain(name)) {
      return parent + "." + name;
    }
    String n = name.length() <= SHORT ? name : name.substring(0, SHORT) + "...";
    StringBuilder sb = new StringBuilder(parent).append("[\"");
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      sb.append(c < 0x20 || c == '"' || c == '\\' ? '?' : c);
    }
    return sb.append("\"]").toString();
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
}
