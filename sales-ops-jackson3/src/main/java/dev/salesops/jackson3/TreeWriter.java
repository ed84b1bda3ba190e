package dev.salesops.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonGeneratorBase;
import dev.salesops.core.json.JsonArray;
import dev.salesops.core.json.JsonBoolean;
import dev.salesops.core.json.JsonNumber;
import dev.salesops.core.json.JsonObject;
import dev.salesops.core.json.JsonString;
import dev.salesops.core.json.JsonValue;
import dev.salesops.core.json.JsonWriter;
import java.util.Map;

/**
 * Writes a {@link JsonValue} token by token into a Jackson generator: numbers as their literal text
 * ({@code writeNumber(String)}), so every stack writes the same bytes; strings and names holding a control
 * character or U+2028/U+2029, which Jackson and {@link JsonWriter} escape differently, are written with
 * {@link JsonWriter}'s escapes when the generator writes JSON text.
 */
final class TreeWriter {
  private TreeWriter() {}

  static void write(JsonValue value, JsonGenerator gen) {
    if (value instanceof JsonObject o) {
      gen.writeStartObject();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        String name = e.getKey();
        if (ownEscapes(name) && gen instanceof JsonGeneratorBase) {
          gen.writeName(new QuotedName(name));
        } else {
          gen.writeName(name);
        }
        write(e.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (value instanceof JsonArray a) {
      gen.writeStartArray();
      for (JsonValue v : a.elements()) {
        write(v, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof JsonString s) {
      String text = s.value();
      if (ownEscapes(text) && gen instanceof JsonGeneratorBase) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        JsonWriter.quote(text, sb);
        gen.writeRawValue(sb.toString());
      } else {
        gen.writeString(text);
      }
    } else if (value instanceof JsonNumber n) {
      gen.writeNumber(n.text());
    } else if (value instanceof JsonBoolean b) {
      gen.writeBoolean(b.value());
    } else {
      gen.writeNull();
    }
  }

  /** Whether Jackson's escaping of {@code s} may differ from {@link JsonWriter#quote}'s. */
  static boolean ownEscapes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\b' && c != '\f') || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
