package dev.salesops.json;

import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonNull;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;

/**
 * TEMPORARY (until json-core's {@code JsonReader} is merged): turns JSON text that the library itself just wrote
 * ({@code WorkflowJson.write}) into a tree. Only for that trusted text: it has no input bounds and reports
 * malformed text with an {@link IllegalStateException}. Not API.
 */
final class TrustedJson {
  private final String s;
  private int i;

  private TrustedJson(String s) {
    this.s = s;
  }

  static JsonValue parse(String text) {
    TrustedJson p = new TrustedJson(text);
    JsonValue v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw new IllegalStateException("trailing text at " + p.i);
    }
    return v;
  }

  private void ws() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r' || s.charAt(i) == '\t')) {
      i++;
    }
  }

  private void expect(char c) {
    ws();
    if (i >= s.length() || s.charAt(i) != c) {
      throw new IllegalStateException("expected " + c + " at " + i);
    }
    i++;
  }

  private JsonValue value() {
    ws();
    if (i >= s.length()) {
      throw new IllegalStateException("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{': {
        i++;
        JsonObject.Builder b = JsonObject.builder();
        ws();
        if (s.charAt(i) == '}') {
          i++;
          return b.build();
        }
        while (true) {
          ws();
          String name = string();
          expect(':');
          b.put(name, value());
          ws();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect('}');
            return b.build();
          }
        }
      }
      case '[': {
        i++;
        JsonArray.Builder b = JsonArray.builder();
        ws();
        if (s.charAt(i) == ']') {
          i++;
          return b.build();
        }
        while (true) {
          b.add(value());
          ws();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect(']');
            return b.build();
          }
        }
      }
      case '"':
        return JsonString.of(string());
      case 't':
        i += 4;
        return JsonBoolean.TRUE;
      case 'f':
        i += 5;
        return JsonBoolean.FALSE;
      case 'n':
        i += 4;
        return JsonNull.INSTANCE;
      default: {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        return JsonNumber.of(s.substring(start, i));
      }
    }
  }

  private String string() {
    if (s.charAt(i) != '"') {
      throw new IllegalStateException("expected a string at " + i);
    }
    i++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
  }
}
