package dev.salesops.json;

import dev.salesops.core.json.JsonInputException;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.ValidationException;

/** Building the {@link JsonInputException}s of the codecs: path and rule, never the input's values. Not API. */
final class Fail {
  private Fail() {}

  static RuntimeException of(String type, String path, String rule) {
    return unchecked(JsonInputException.of(type, path, rule));
  }

  /**
   * TEMPORARY (until json-core's unchecked JsonInputException is merged): throws {@code e} without declaring it.
   * Call sites read {@code throw Fail.of(...)}.
   */
  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException unchecked(Throwable e) throws E {
    throw (E) e;
  }

  /** The value at {@code path} has the wrong JSON type. */
  static RuntimeException type(String type, String path, String expected, JsonValue got) {
    return of(type, path, "must be " + expected + ", not " + article(got.typeName()));
  }

  private static String article(String jsonType) {
    return switch (jsonType) {
      case "object", "array" -> "an " + jsonType;
      case "null" -> "null";
      default -> "a " + jsonType;
    };
  }

  /**
   * A value refused by the model's own validation: the rule of its first problem (path and rule only, never the
   * offending value, which may be personal data).
   */
  static RuntimeException invalid(String type, String path, ValidationException e) {
    if (e.problems().isEmpty()) {
      return of(type, path, "is not a valid " + type);
    }
    Problem p = e.problems().get(0);
    String more = e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more problems)" : "";
    return of(type, path, p.path() + " " + p.rule() + more);
  }

  /** The JSON path of member {@code name} under {@code parent}. */
  static String member(String parent, String name) {
    if (plain(name)) {
      return parent + "." + name;
    }
    String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
    StringBuilder sb = new StringBuilder(parent).append("[\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      sb.append(c == '"' || c == '\\' || Character.isISOControl(c) ? '_' : c);
    }
    return sb.append("\"]").toString();
  }

  /** The JSON path of element {@code index} under {@code parent}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private static boolean plain(String name) {
    if (name.isEmpty() || name.length() > 64) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  /** A member name as messages may show it: schema words only, shortened. */
  static String name(String name) {
    String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    return sb.append('"').toString();
  }
}
